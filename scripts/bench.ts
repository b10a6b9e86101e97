// npm run bench: the site's speed and weight, printed as figures (nothing here passes or fails).
//   1. weight of the home, an agreement and a press-release page in each language: HTML, CSS,
//      JavaScript and fonts, raw and compressed;
//   2. their JavaScript against a bare Next.js static export of the same version (one heading);
//   3. Lighthouse scores, mobile and desktop, median of BENCH_RUNS runs (default 3);
//   4. build time of the site, and of copies with 100 and 1,000 extra releases per language.
// BENCH_SKIP=lighthouse,scale leaves parts out.
import {execFileSync, spawn} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = process.cwd();
// Scratch builds live inside the project (in .bench/, ignored by git), so that Turbopack resolves
// node_modules by walking up to the project's own, as it will not follow a symlink out of its root.
const scratch = path.join(root, '.bench');
const scratchDir = (name: string) => {
  const dir = path.join(scratch, name);
  fs.rmSync(dir, {recursive: true, force: true});
  fs.mkdirSync(dir, {recursive: true});
  return dir;
};
const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const runs = Number(process.env.BENCH_RUNS ?? 3);
const locales = ['fi', 'sv', 'en'];
const samples = [
  ['home', '/'],
  ['agreement', '/agreements/tampere/'],
  ['press release', '/press-releases/2021-02-09-state-signs-ecosystem-agreements-with-16-city-regions/']
] as const;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gzip = (b: Buffer) => zlib.gzipSync(b, {level: 9}).length;
const brotli = (b: Buffer) => zlib.brotliCompressSync(b).length;

function timed(command: string, args: string[], cwd: string, env: Record<string, string> = {}): number {
  const start = process.hrtime.bigint();
  execFileSync(command, args, {cwd, stdio: 'ignore', env: {...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env}});
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function countPages(out: string): number {
  let n = 0;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, {withFileTypes: true})) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else if (e.name === 'index.html') n += 1;
    }
  };
  walk(out);
  return n;
}

/** The files a page loads: its HTML, stylesheets, scripts and the fonts it preloads or its CSS names. */
function pageWeight(out: string, page: string) {
  const file = path.join(out, page, 'index.html');
  const html = fs.readFileSync(file);
  const text = html.toString('utf8');
  const asset = (ref: string) => fs.readFileSync(path.join(out, ref.split('?')[0] ?? ref));
  const css = [...new Set([...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1] ?? ''))];
  const js = [...new Set([...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? ''))];
  const fonts = new Set([...text.matchAll(/<link[^>]+href="([^"]+\.woff2)"/g)].map((m) => m[1] ?? ''));
  for (const sheet of css) {
    for (const m of asset(sheet).toString('utf8').matchAll(/url\(([^)]+\.woff2)\)/g)) {
      const ref = (m[1] ?? '').replace(/['"]/g, '');
      fonts.add(ref.startsWith('/') ? ref : path.posix.join(path.posix.dirname(sheet), ref));
    }
  }
  const sum = (refs: Iterable<string>, f: (b: Buffer) => number) => [...refs].reduce((n, r) => n + f(asset(r)), 0);
  const inlineJs = Buffer.from([...text.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join(''));
  return {
    html: {raw: html.length, gzip: gzip(html), brotli: brotli(html)},
    css: {raw: sum(css, (b) => b.length), gzip: sum(css, gzip), brotli: sum(css, brotli)},
    js: {raw: sum(js, (b) => b.length), gzip: sum(js, gzip), brotli: sum(js, brotli), inline: inlineJs.length},
    // Fonts are already compressed (woff2): only their size counts.
    fonts: {raw: sum(fonts, (b) => b.length), gzip: sum(fonts, (b) => b.length), brotli: sum(fonts, (b) => b.length)}
  };
}

function bareFramework(): {js: number; jsGzip: number} {
  const dir = scratchDir('bare-next');
  fs.mkdirSync(path.join(dir, 'app'));
  fs.writeFileSync(path.join(dir, 'package.json'), '{"private": true}\n');
  fs.writeFileSync(path.join(dir, 'next.config.ts'), "export default {output: 'export', trailingSlash: true, images: {unoptimized: true}};\n");
  fs.writeFileSync(path.join(dir, 'app', 'layout.tsx'), 'export default function L({children}: {children: React.ReactNode}) { return <html lang="en"><body>{children}</body></html>; }\n');
  fs.writeFileSync(path.join(dir, 'app', 'page.tsx'), 'export default function P() { return <h1>Hello</h1>; }\n');
  execFileSync(path.join(root, 'node_modules', '.bin', 'next'), ['build'], {cwd: dir, stdio: 'ignore', env: {...process.env, NEXT_TELEMETRY_DISABLED: '1'}});
  const w = pageWeight(path.join(dir, 'out'), '/');
  return {js: w.js.raw, jsGzip: w.js.gzip};
}

async function lighthouse(url: string, preset: 'mobile' | 'desktop') {
  const args = ['-y', 'lighthouse@12.8.2', url, '--output=json', '--quiet', '--only-categories=performance,accessibility,best-practices,seo',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
    ...(preset === 'desktop' ? ['--preset=desktop'] : [])];
  const outcome = await new Promise<string>((resolve, reject) => {
    const child = spawn('npx', args, {env: {...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium'}});
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`lighthouse exited ${code}`))));
  });
  const report = JSON.parse(outcome);
  const score = (c: string) => Math.round((report.categories[c]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: report.audits['largest-contentful-paint'].numericValue as number,
    cls: report.audits['cumulative-layout-shift'].numericValue as number,
    tbt: report.audits['total-blocking-time'].numericValue as number
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function copyWithReleases(extra: number): string {
  const dir = scratchDir(`releases-${extra}`);
  for (const entry of fs.readdirSync(root)) {
    if (['node_modules', '.next', 'out', '.git', '.bench', 'test-results', 'package-lock.json'].includes(entry)) continue;
    fs.cpSync(path.join(root, entry), path.join(dir, entry), {recursive: true});
  }
  // Inside the project, so Turbopack follows it; files such as the fonts are found through it.
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  const source = path.join(dir, 'content', 'press-releases', '2020-05-20-agreements-to-be-concluded-with-18-cities');
  for (let i = 0; i < extra; i += 1) {
    const day = new Date(Date.UTC(2019, 0, 1) - i * 86_400_000).toISOString().slice(0, 10);
    const target = path.join(dir, 'content', 'press-releases', `${day}-bench-release-${i}`);
    fs.mkdirSync(target);
    for (const l of locales) {
      const text = fs.readFileSync(path.join(source, `${l}.md`), 'utf8').replace(/^published: .*$/m, `published: "${day}"`);
      fs.writeFileSync(path.join(target, `${l}.md`), text);
    }
  }
  return dir;
}

async function main() {
  console.log('Building the site...');
  const buildSeconds = timed('npm', ['run', 'build'], root);
  const out = path.join(root, 'out');
  const pages = countPages(out);

  console.log('\n1. Page weight (compressed with gzip -9 / brotli; fonts are woff2)');
  console.log('page                     | HTML raw/gz      | CSS raw/gz       | JS raw/gz          | fonts     | total gz');
  const weights: {name: string; js: number; total: number}[] = [];
  for (const l of locales) {
    for (const [name, p] of samples) {
      const w = pageWeight(out, `/${l}${p}`);
      const total = w.html.gzip + w.css.gzip + w.js.gzip + w.fonts.raw;
      weights.push({name: `${l} ${name}`, js: w.js.gzip, total});
      console.log(
        `${`${l} ${name}`.padEnd(24)} | ${kb(w.html.raw).padStart(8)}/${kb(w.html.gzip).padStart(7)} | ${kb(w.css.raw).padStart(8)}/${kb(w.css.gzip).padStart(7)} | ${kb(w.js.raw).padStart(9)}/${kb(w.js.gzip).padStart(8)} | ${kb(w.fonts.raw).padStart(9)} | ${kb(total)}`
      );
    }
  }

  console.log('\n2. JavaScript against a bare Next.js static export (same version, one heading)');
  const bare = bareFramework();
  console.log(`bare framework: ${kb(bare.js)} raw, ${kb(bare.jsGzip)} gzip`);
  for (const w of weights) console.log(`${w.name.padEnd(24)} ${kb(w.js).padStart(9)} gzip = ${(w.js / bare.jsGzip).toFixed(2)} × bare`);

  if (!skip.has('lighthouse')) {
    console.log(`\n3. Lighthouse 12.8.2 (median of ${runs} runs; LCP and TBT in ms)`);
    const server = spawn('node', ['scripts/serve.mjs'], {env: {...process.env, PORT: '3300'}, stdio: 'ignore'});
    await new Promise((r) => setTimeout(r, 1000));
    try {
      const presets = (process.env.BENCH_PRESETS ?? 'mobile,desktop').split(',') as ('mobile' | 'desktop')[];
      for (const preset of presets) {
        for (const l of locales) {
          for (const [name, p] of samples) {
            const results: Awaited<ReturnType<typeof lighthouse>>[] = [];
            for (let i = 0; i < runs; i += 1) {
              // A run whose browser fails to start is tried once more, then left out of the median.
              const attempt = () => lighthouse(`http://localhost:3300/${l}${p}`, preset);
              const result = await attempt().catch(attempt).catch(() => undefined);
              if (result) results.push(result);
            }
            if (results.length === 0) {
              console.log(`${preset.padEnd(8)} ${`${l} ${name}`.padEnd(24)} no run completed`);
              continue;
            }
            const m = (k: keyof (typeof results)[number]) => median(results.map((r) => r[k]));
            console.log(
              `${preset.padEnd(8)} ${`${l} ${name}`.padEnd(24)} performance ${m('performance')}, accessibility ${m('accessibility')}, best practices ${m('bestPractices')}, SEO ${m('seo')}; LCP ${Math.round(m('lcp'))}, CLS ${m('cls').toFixed(3)}, TBT ${Math.round(m('tbt'))}`
            );
          }
        }
      }
    } finally {
      server.kill();
    }
  }

  console.log('\n4. Build time (npm run build: content check, export, redirects, search index, hosting rules)');
  console.log(`site as it is: ${buildSeconds.toFixed(1)} s for ${pages} pages = ${((buildSeconds / pages) * 1000).toFixed(0)} ms per page`);
  if (!skip.has('scale')) {
    for (const extra of [100, 1000]) {
      const dir = copyWithReleases(extra);
      const seconds = timed('npm', ['run', 'build'], dir);
      const n = countPages(path.join(dir, 'out'));
      console.log(`with ${extra} extra releases per language: ${seconds.toFixed(1)} s for ${n} pages = ${((seconds / n) * 1000).toFixed(0)} ms per page`);
      fs.rmSync(dir, {recursive: true, force: true});
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
