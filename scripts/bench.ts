// npm run bench: the site's speed and weight, printed as figures (nothing here passes or fails).
// It builds the site both ways in one run, HTML first (as shipped) and with the framework runtime
// kept (KEEP_FRAMEWORK_RUNTIME=1, the export as Next.js writes it), serves both the same way, and
// prints side by side:
//   1. build time (median of BENCH_BUILDS builds of each, interleaved) and the size of out/;
//   2. per page type, loaded cold in Chromium: KB downloaded (every response as sent, gzip),
//      of it script and fonts, requests, framework scripts and payload requests;
//   3. Lighthouse 12.8.2 mobile, median of BENCH_RUNS runs: performance, LCP, TBT, CLS and the
//      other three categories, for every page type in every language of the HTML-first build, and
//      in BENCH_COMPARE_LOCALES (default fi) of the other; then desktop, HTML first, in those;
//   4. the islands' sizes;
//   5. the press room with 100 and 1,000 generated releases (the scale test's fixture): build time
//      and the heaviest page's weight;
//   6. search: the tuned query set (tests/search-queries.ts) and the blind ones
//      (tests/search-queries-blind*.json, written by readers who had not seen the engine), the
//      share whose page comes among the first three and the median number of results, per
//      language; what the search page downloads for a query; and, with 1,000 and 10,000 generated
//      releases, what a query downloads (meta part, index parts, shown pages, island, engine) and,
//      at 1,000 in Chromium with the CPU slowed four times, its long tasks.
// BENCH_SKIP=lighthouse,scale,search-scale leaves parts out; BENCH_ONLY=search runs 6 and 7 alone on out/; BENCH_LOCALES=fi measures one language only. Lighthouse runs `npx -y lighthouse@12.8.2` with
// Debian's Chromium (CHROME_PATH), so it needs the npm registry.
import {execFileSync, spawn} from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import {chromium} from '@playwright/test';
import compression from 'compression';
import handler from 'serve-handler';
import {locales, pageTypes} from '../tests/e2e/samples';
import {searchQueries} from '../tests/search-queries';
import type {Locale} from '../lib/i18n/routing';
import {searchData} from '../lib/search/documents';
import {neededShards, SiteSearch, type SearchMeta, type Shard} from '../lib/search/engine';
import {shardFile} from '../lib/search/files';
import {fullSearch} from '../lib/search/index-build';
import {filesUnder} from './lib/files';
import {addReleases, copyProject, scaleNow, testOrigin} from './lib/scale-fixture';

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
const builds = Number(process.env.BENCH_BUILDS ?? 3);
const benchLocales = process.env.BENCH_LOCALES ? process.env.BENCH_LOCALES.split(',') : [...locales];
const compareLocales = (process.env.BENCH_COMPARE_LOCALES ?? 'fi').split(',');
const chromePath = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromeFlags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The pages measured: every page type, the language chooser, and search with a query (no weight target). */
const samples = [{type: 'language chooser', path: '/', bare: true}, ...pageTypes.map((p) => ({...p, bare: false})), {type: 'search', path: '/search/?q=Tampere', bare: false}];
const pageUrl = (locale: string, sample: (typeof samples)[number]) => (sample.bare ? sample.path : `/${locale}${sample.path}`);

const kb = (n: number) => (n / 1024).toFixed(1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const ratio = (a: number, b: number) => (b === 0 ? '–' : `${(a / b).toFixed(2)}×`);
const pad = (s: string | number, n: number) => String(s).padStart(n);

function timed(command: string, args: string[], cwd: string, env: Record<string, string> = {}): number {
  const start = process.hrtime.bigint();
  // Builds for the public need an address; the bench builds for the reserved test domain.
  execFileSync(command, args, {cwd, stdio: 'ignore', env: {...process.env, NEXT_TELEMETRY_DISABLED: '1', SITE_ORIGIN: testOrigin, ...env}});
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function folderSize(dir: string) {
  const files = filesUnder(dir);
  return {files: files.length, bytes: files.reduce((n, f) => n + fs.statSync(f).size, 0), pages: files.filter((f) => f.endsWith('index.html') && !f.startsWith(path.join(dir, 'admin') + path.sep)).length};
}

/** Both builds are served alike: compressed, without the security headers (the kept runtime's inline scripts would need hashes). */
function serve(dir: string, port: number): Promise<http.Server> {
  const compress = compression();
  const server = http.createServer((request, response) =>
    // compression's types assume Express; it works on Node's own request and response.
    compress(request as never, response as never, () => handler(request, response, {public: dir, trailingSlash: true, cleanUrls: true, directoryListing: false}))
  );
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

type Weight = {bytes: number; script: number; fonts: number; requests: number; framework: number; payloads: number};

/** Everything one page loads, cold, until the network is quiet (the framework's link prefetches included). */
async function weigh(browser: import('@playwright/test').Browser, url: string): Promise<Weight> {
  const context = await browser.newContext({viewport: {width: 412, height: 823}});
  const page = await context.newPage();
  const responses: Promise<Weight>[] = [];
  page.on('requestfinished', (request) => {
    responses.push(
      (async () => {
        const sizes = await request.sizes();
        const body = sizes.responseBodySize;
        const pathname = new URL(request.url()).pathname;
        return {
          bytes: body + sizes.responseHeadersSize,
          script: request.resourceType() === 'script' ? body : 0,
          fonts: request.resourceType() === 'font' ? body : 0,
          requests: 1,
          framework: pathname.startsWith('/_next/') && pathname.endsWith('.js') ? 1 : 0,
          payloads: pathname.endsWith('.txt') ? 1 : 0
        };
      })()
    );
  });
  await page.goto(url, {waitUntil: 'networkidle'});
  await page.waitForTimeout(500);
  const all = await Promise.all(responses);
  await context.close();
  return all.reduce(
    (sum, w) => ({
      bytes: sum.bytes + w.bytes,
      script: sum.script + w.script,
      fonts: sum.fonts + w.fonts,
      requests: sum.requests + w.requests,
      framework: sum.framework + w.framework,
      payloads: sum.payloads + w.payloads
    }),
    {bytes: 0, script: 0, fonts: 0, requests: 0, framework: 0, payloads: 0}
  );
}

type Score = {performance: number; accessibility: number; bestPractices: number; seo: number; lcp: number; tbt: number; cls: number};
type Preset = 'mobile' | 'desktop';

async function lighthouse(url: string, preset: Preset): Promise<Score> {
  const args = [
    '-y',
    'lighthouse@12.8.2',
    url,
    '--output=json',
    '--quiet',
    '--only-categories=performance,accessibility,best-practices,seo',
    `--chrome-flags=--headless=new ${chromeFlags.join(' ')}`,
    ...(preset === 'desktop' ? ['--preset=desktop'] : [])
  ];
  const stdout = await new Promise<string>((resolve, reject) => {
    const child = spawn('npx', args, {env: {...process.env, CHROME_PATH: chromePath}});
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`lighthouse exited ${code}`))));
  });
  const report = JSON.parse(stdout);
  const score = (c: string) => Math.round((report.categories[c]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: report.audits['largest-contentful-paint'].numericValue,
    tbt: report.audits['total-blocking-time'].numericValue,
    cls: report.audits['cumulative-layout-shift'].numericValue
  };
}

async function lighthouseMedian(url: string, preset: Preset = 'mobile'): Promise<Score | undefined> {
  const results: Score[] = [];
  for (let i = 0; i < runs; i += 1) {
    // A run whose browser fails to start is tried once more, then left out of the median.
    const result = await lighthouse(url, preset)
      .catch(() => lighthouse(url, preset))
      .catch(() => undefined);
    if (result) results.push(result);
  }
  if (results.length === 0) return undefined;
  const m = (k: keyof Score) => median(results.map((r) => r[k]));
  return {performance: m('performance'), accessibility: m('accessibility'), bestPractices: m('bestPractices'), seo: m('seo'), lcp: m('lcp'), tbt: m('tbt'), cls: m('cls')};
}

const scoreCell = (s: Score | undefined) =>
  s ? `${pad(s.performance, 7)} ${pad(Math.round(s.lcp), 6)} ${pad(Math.round(s.tbt), 6)} ${pad(s.cls.toFixed(3), 6)}` : `${'no run completed'.padStart(28)}`;
const otherCategories = (s: Score | undefined) => (s ? `${s.accessibility}/${s.bestPractices}/${s.seo}` : '–');

type BlindQuery = {language: Locale; query: string; expected: string[]; intent: string};
/** The blind sets, each written by a reader who had not seen the engine: the first before issue 20's engine, the second after most of it. */
const blindSets = ['search-queries-blind.json', 'search-queries-blind-2.json'].map((file) => ({file, queries: JSON.parse(fs.readFileSync(path.join(root, 'tests', file), 'utf8')) as BlindQuery[]}));
const blindQueries = blindSets[0]!.queries;

const gz = (file: string) => (fs.existsSync(file) ? zlib.gzipSync(fs.readFileSync(file), {level: 9}).length : 0);

/** 6. Search: the tuned and the blind query sets, and what the search page downloads (weighed in section 2). */
function printSearch(out: string, weights: Map<string, Weight>) {
  console.log(`\n6. Search: the page sought among the first three (target: at least 95 % in each language on the blind sets)`);
  console.log(`   tuned: tests/search-queries.ts (${searchQueries.length} queries, the project's own); blind: ${blindSets.map((b) => `tests/${b.file} (${b.queries.length})`).join(', ')}, written by readers who had not seen the engine`);
  const islands = filesUnder(path.join(out, 'islands'));
  const scriptBytes = (name: RegExp) => islands.filter((f) => name.test(path.basename(f))).reduce((n, f) => n + gz(f), 0);
  console.log(`${'language'.padEnd(8)} | ${'tuned'.padStart(14)} | ${blindSets.map((_, i) => `blind ${i + 1}`.padStart(15)).join(' | ')} | median results | search page with a query: KB (gzip), of it island / engine`);
  const missedAll: string[] = [];
  for (const locale of benchLocales as Locale[]) {
    const search = fullSearch(searchData(locale));
    const top = (query: string) => search.search(query).hits.slice(0, 3).map((h) => h.document?.url);
    const tuned = searchQueries.filter((q) => q.locale === locale);
    const counts = [...tuned.map((q) => q.query), ...blindSets.flatMap((b) => b.queries.filter((q) => q.language === locale).map((q) => q.query))].map((q) => search.search(q).hits.length);
    const tunedFound = tuned.filter((q) => top(q.query).includes(`/${locale}${q.expected}/`));
    for (const q of tuned.filter((q) => !tunedFound.includes(q))) missedAll.push(`${locale} tuned "${q.query}"`);
    const share = (n: number, of: number) => `${n}/${of} ${pad(`${((n / of) * 100).toFixed(1)} %`, 7)}`;
    const blindCells = blindSets.map((b, i) => {
      const blind = b.queries.filter((q) => q.language === locale);
      const missed = blind.filter((q) => !top(q.query).some((u) => u && q.expected.includes(u)));
      for (const q of missed) missedAll.push(`${locale} blind ${i + 1} "${q.query}" (${q.intent})`);
      return pad(share(blind.length - missed.length, blind.length), 15);
    });
    const weight = weights.get(locale);
    console.log(
      `${locale.padEnd(8)} | ${pad(share(tunedFound.length, tuned.length), 14)} | ${blindCells.join(' | ')} | ${pad(median(counts), 14)} | ` +
        `${weight ? kb(weight.bytes) : '–'} KB, ${kb(scriptBytes(/^search-[A-Z0-9]+\.js$/))} / ${kb(scriptBytes(/^search-engine-/))} KB`
    );
  }
  if (missedAll.length > 0) console.log(`   not among the first three: ${missedAll.join('; ')}`);
}

/**
 * What one query downloads from a built site, worked out from its files as the island asks for
 * them: the meta part, the index parts its words need, the pages of the first ten results, the
 * island and the engine (each gzip).
 */
function queryDownload(out: string, locale: Locale, query: string): {bytes: number; parts: number} {
  const dir = path.join(out, 'search-index', locale);
  const meta = JSON.parse(fs.readFileSync(path.join(dir, 'meta.json'), 'utf8')) as SearchMeta;
  const keys = neededShards(meta, query);
  const shardFiles = keys.map((k) => path.join(dir, 't', `${shardFile(k)}.json`));
  const shards = shardFiles.map((f) => JSON.parse(fs.readFileSync(f, 'utf8')) as Shard);
  const hits = SiteSearch.fromParts(meta, shards).search(query).hits.slice(0, 10);
  const islands = filesUnder(path.join(out, 'islands')).filter((f) => /^search-([A-Z0-9]+|engine-.*)\.js$/.test(path.basename(f)));
  const files = [path.join(dir, 'meta.json'), ...shardFiles, ...hits.map((h) => path.join(dir, 'd', `${h.id}.json`)), ...islands];
  return {bytes: files.reduce((n, f) => n + gz(f), 0), parts: keys.length};
}

/** The blind set's queries of a language, as the sample for what a query downloads. */
const downloadSample = (locale: Locale) => blindQueries.filter((q) => q.language === locale).map((q) => q.query);

function printQueryDownloads(out: string, label: string) {
  for (const locale of benchLocales as Locale[]) {
    const sizes = downloadSample(locale).map((q) => queryDownload(out, locale, q));
    const bytes = sizes.map((s) => s.bytes);
    const meta = gz(path.join(out, 'search-index', locale, 'meta.json'));
    console.log(`  ${label}, ${locale}: a query downloads median ${kb(median(bytes))} KB, largest ${kb(Math.max(...bytes))} KB (${sizes.length} blind-set queries; of it the meta part ${kb(meta)} KB; median ${median(sizes.map((s) => s.parts))} index parts)`);
  }
}

/** Long tasks (over 50 ms) after a page has loaded in Chromium at 390 px with the CPU slowed four times, per address. */
async function longTasks(browser: Awaited<ReturnType<typeof chromium.launch>>, addresses: string[]): Promise<{tasks: number; longest: number[]}> {
  const longest: number[] = [];
  let tasks = 0;
  for (const address of addresses) {
    const page = await browser.newPage({viewport: {width: 390, height: 844}});
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
    await page.addInitScript(() => {
      const w = window as unknown as {longTasks: {start: number; duration: number}[]};
      w.longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push({start: e.startTime, duration: e.duration}))).observe({type: 'longtask', buffered: true});
    });
    await page.goto(address);
    // Until the island has answered (results, or the no-results note), or at once without a query.
    await page
      .waitForFunction(() => !/[?&]q=/.test(location.search) || !document.querySelector('[data-island="search"] ol')?.hasAttribute('hidden') || !document.querySelector('[data-slot="none"]')?.hasAttribute('hidden'), undefined, {timeout: 30000})
      .catch(() => undefined);
    await page.waitForTimeout(500);
    // Only what comes after the page has loaded: the page's own parsing and first layout are
    // the same with and without a query (section 3 measures them), the search's work comes after.
    const found = await page.evaluate(() => {
      const loaded = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return (window as unknown as {longTasks: {start: number; duration: number}[]}).longTasks.filter((t) => t.start >= (loaded?.loadEventEnd ?? 0)).map((t) => t.duration);
    });
    tasks += found.length;
    longest.push(Math.max(0, ...found));
    await page.close();
  }
  return {tasks, longest};
}

/** Long tasks on the search page answering every tenth blind-set query, beside the same page without a query. */
async function printLongTasks(out: string, port: number) {
  const server = await serve(out, port);
  const browser = await chromium.launch({executablePath: chromePath, args: [...chromeFlags, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost']});
  for (const locale of benchLocales as Locale[]) {
    const queries = downloadSample(locale).filter((_, i) => i % 10 === 0);
    const page = `http://127.0.0.1:${port}/${locale}/search/`;
    const bare = await longTasks(browser, queries.map(() => page));
    const asked = await longTasks(browser, queries.map((q) => `${page}?q=${encodeURIComponent(q)}`));
    const line = (r: {tasks: number; longest: number[]}) => `${r.tasks} long tasks, longest per load median ${Math.round(median(r.longest))} ms, largest ${Math.round(Math.max(...r.longest))} ms`;
    console.log(`  ${locale}, 390 px, CPU slowed 4×, after the page's load event, ${queries.length} loads each: with a query ${line(asked)}; the same page without a query ${line(bare)}`);
  }
  await browser.close();
  server.close();
}

/**
 * 7. Search at scale: the search index built (scripts/build-search.ts) from a copy of the project
 * with 1,000 and with 10,000 generated releases (the scale test's fixture), put in place of the
 * site's own in a copy of out/; what a query downloads, and its long tasks in Chromium.
 */
async function printSearchScale(out: string) {
  console.log('\n7. Search at scale (target: a query downloads at most 100 KB in all at 1,000 releases, and makes no long task on a throttled phone)');
  printQueryDownloads(out, 'site as it is');
  await printLongTasks(out, 3304);
  for (const extra of (process.env.BENCH_SEARCH_SCALES ?? '1000,10000').split(',').filter(Boolean).map(Number)) {
    const dir = path.join(scratch, `search-${extra}`);
    copyProject(root, dir);
    addReleases(dir, extra);
    const seconds = timed(path.join(dir, 'node_modules', '.bin', 'tsx'), ['scripts/build-search.ts'], dir, {SITE_NOW: scaleNow});
    const site = path.join(scratch, `search-${extra}-out`);
    fs.rmSync(site, {recursive: true, force: true});
    fs.cpSync(out, site, {recursive: true});
    fs.rmSync(path.join(site, 'search-index'), {recursive: true, force: true});
    fs.cpSync(path.join(dir, 'public', 'search-index'), path.join(site, 'search-index'), {recursive: true});
    const files = filesUnder(path.join(site, 'search-index'));
    console.log(`with ${extra} generated releases: index built in ${seconds.toFixed(1)} s, ${files.length} files`);
    printQueryDownloads(site, `with ${extra} generated releases`);
    await printLongTasks(site, 3304);
    fs.rmSync(dir, {recursive: true, force: true});
    fs.rmSync(site, {recursive: true, force: true});
  }
}

/** BENCH_ONLY=search: sections 6 and 7 alone, on the out/ of the last `npm run build`. */
async function searchOnly() {
  const out = path.join(root, 'out');
  printSearch(out, new Map());
  await printSearchScale(out);
}

async function main() {
  if (process.env.BENCH_ONLY === 'search') return searchOnly();
  // 1. Build both ways, interleaved so that the machine's load falls on both alike.
  const runtimeOut = path.join(scratch, 'runtime-out');
  const times = {htmlFirst: [] as number[], runtime: [] as number[]};
  for (let i = 0; i < builds; i += 1) {
    console.log(`Building with the framework runtime kept (${i + 1}/${builds})...`);
    times.runtime.push(timed('npm', ['run', 'build'], root, {KEEP_FRAMEWORK_RUNTIME: '1'}));
    fs.rmSync(runtimeOut, {recursive: true, force: true});
    fs.mkdirSync(scratch, {recursive: true});
    fs.renameSync(path.join(root, 'out'), runtimeOut);
    console.log(`Building HTML first (${i + 1}/${builds})...`);
    times.htmlFirst.push(timed('npm', ['run', 'build'], root));
  }
  const out = path.join(root, 'out');
  const size = {htmlFirst: folderSize(out), runtime: folderSize(runtimeOut)};
  const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;
  console.log('\n1. Build (npm run build: content check, islands, export, HTML-first step, redirects, hosting rules)');
  console.log(`build time, median of ${builds}: HTML first ${median(times.htmlFirst).toFixed(1)} s, runtime kept ${median(times.runtime).toFixed(1)} s: ${ratio(median(times.htmlFirst), median(times.runtime))}`);
  console.log(`  (each build: HTML first ${times.htmlFirst.map((t) => t.toFixed(1)).join(', ')} s; runtime kept ${times.runtime.map((t) => t.toFixed(1)).join(', ')} s)`);
  console.log(`out/: HTML first ${mb(size.htmlFirst.bytes)} in ${size.htmlFirst.files} files; runtime kept ${mb(size.runtime.bytes)} in ${size.runtime.files} files: ${ratio(size.htmlFirst.bytes, size.runtime.bytes)}`);

  const [a, b] = [await serve(out, 3301), await serve(runtimeOut, 3302)];
  const origin = {htmlFirst: 'http://127.0.0.1:3301', runtime: 'http://127.0.0.1:3302'};
  try {
    // 2. Weight, in every language; the runtime build in the comparison languages.
    console.log('\n2. Loaded cold in Chromium (412 px wide), every response as sent (gzip where the server compresses; KB)');
    console.log('   HF = HTML first, RT = runtime kept; target: at most 64 KB and no framework script on every page type but search');
    console.log(`${'page'.padEnd(30)} | ${'HF KB'.padStart(6)} ${'script'.padStart(6)} ${'fonts'.padStart(6)} ${'req'.padStart(4)} ${'fw'.padStart(3)} ${'txt'.padStart(3)} | ${'RT KB'.padStart(6)} ${'script'.padStart(6)} ${'req'.padStart(4)} ${'fw'.padStart(3)} ${'txt'.padStart(3)} | KB ratio`);
    const browser = await chromium.launch({executablePath: chromePath, args: [...chromeFlags, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost']});
    let heaviest = {name: '', bytes: 0};
    const searchWeights = new Map<string, Weight>();
    for (const locale of benchLocales) {
      for (const sample of samples) {
        if (sample.bare && locale !== benchLocales[0]) continue;
        const url = pageUrl(locale, sample);
        const hf = await weigh(browser, origin.htmlFirst + url);
        const rt = compareLocales.includes(locale) ? await weigh(browser, origin.runtime + url) : undefined;
        const name = `${sample.bare ? '' : `${locale} `}${sample.type}`;
        if (sample.type !== 'search' && hf.bytes > heaviest.bytes) heaviest = {name, bytes: hf.bytes};
        if (sample.type === 'search') searchWeights.set(locale, hf);
        console.log(
          `${name.padEnd(30)} | ${pad(kb(hf.bytes), 6)} ${pad(kb(hf.script), 6)} ${pad(kb(hf.fonts), 6)} ${pad(hf.requests, 4)} ${pad(hf.framework, 3)} ${pad(hf.payloads, 3)} | ` +
            (rt ? `${pad(kb(rt.bytes), 6)} ${pad(kb(rt.script), 6)} ${pad(rt.requests, 4)} ${pad(rt.framework, 3)} ${pad(rt.payloads, 3)} | ${ratio(hf.bytes, rt.bytes)}` : `${''.padStart(26)} |`)
        );
      }
    }
    await browser.close();
    console.log(`heaviest page but search: ${heaviest.name}, ${kb(heaviest.bytes)} KB`);
    const fonts = filesUnder(path.join(out, '_next', 'static', 'media')).filter((f) => f.endsWith('.woff2'));
    console.log(`fonts shipped: ${fonts.map((f) => `${path.basename(f)} ${kb(fs.statSync(f).size)} KB`).join(', ')}`);
    printSearch(out, searchWeights);

    // 3. Lighthouse.
    if (!skip.has('lighthouse')) {
      console.log(`\n3. Lighthouse 12.8.2 mobile, median of ${runs} runs (LCP and TBT in ms); target: performance 100 and TBT 0 everywhere`);
      console.log(`${'page'.padEnd(30)} | HF perf    LCP    TBT    CLS | a11y/bp/seo | RT perf    LCP    TBT    CLS | LCP ratio`);
      for (const locale of benchLocales) {
        for (const sample of samples) {
          if (sample.bare && locale !== benchLocales[0]) continue;
          const url = pageUrl(locale, sample);
          const hf = await lighthouseMedian(origin.htmlFirst + url);
          const rt = compareLocales.includes(locale) ? await lighthouseMedian(origin.runtime + url) : undefined;
          console.log(
            `${`${sample.bare ? '' : `${locale} `}${sample.type}`.padEnd(30)} | ${scoreCell(hf)} | ${otherCategories(hf).padStart(11)} | ${rt ? `${scoreCell(rt)} | ${hf ? ratio(hf.lcp, rt.lcp) : '–'}` : `${''.padStart(28)} |`}`
          );
        }
      }
      console.log(`\nLighthouse 12.8.2 desktop, HTML first, median of ${runs} runs; target: 100 in every category`);
      console.log(`${'page'.padEnd(30)} |    perf    LCP    TBT    CLS | a11y/bp/seo`);
      for (const locale of compareLocales) {
        for (const sample of samples) {
          if (sample.bare && locale !== compareLocales[0]) continue;
          const hf = await lighthouseMedian(origin.htmlFirst + pageUrl(locale, sample), 'desktop');
          console.log(`${`${sample.bare ? '' : `${locale} `}${sample.type}`.padEnd(30)} | ${scoreCell(hf)} | ${otherCategories(hf).padStart(11)}`);
        }
      }
    }
  } finally {
    a.close();
    b.close();
  }

  // 4. Islands.
  console.log('\n4. Islands (target: at most 5 KB gzip each; search-engine is the module search loads for a query)');
  for (const f of filesUnder(path.join(out, 'islands'))) {
    const bytes = fs.readFileSync(f);
    console.log(`${path.basename(f).padEnd(30)} ${pad(bytes.length, 6)} B, ${pad(zlib.gzipSync(bytes, {level: 9}).length, 5)} B gzip`);
  }

  // The editors' workspace: loaded only at /admin/, never by a public page (out/ sizes above include it).
  const adminDir = path.join(out, 'admin');
  if (fs.existsSync(adminDir)) {
    const entry = fs.readFileSync(path.join(adminDir, 'cms', 'cms.js'));
    const all = folderSize(adminDir);
    console.log(`\nEditors' workspace (/admin/, not loaded by any public page): ${mb(all.bytes)} in ${all.files} files; its entry script ${kb(entry.length)} KB, ${kb(zlib.gzipSync(entry, {level: 9}).length)} KB gzip`);
  }

  // 5. Scale.
  if (!skip.has('scale')) await printScale(median(times.htmlFirst), size.htmlFirst.pages);
  // 7. Search at scale.
  if (!skip.has('search-scale')) await printSearchScale(out);
}

/**
 * 5. The press room at scale: the site built as of scaleNow from a copy with generated releases
 * (the fixture of tests/scale/), its build time, and its heaviest page, found by the size of its
 * HTML and then weighed cold in Chromium like the pages of section 2.
 */
async function printScale(baseSeconds: number, basePages: number) {
  console.log('\n5. The press room with generated releases (HTML first; the fixture of tests/scale/, built as of ' + scaleNow + ')');
  console.log(`site as it is: ${baseSeconds.toFixed(1)} s for ${basePages} pages = ${((baseSeconds / basePages) * 1000).toFixed(0)} ms per page`);
  for (const extra of [100, 1000]) {
    const dir = path.join(scratch, `releases-${extra}`);
    copyProject(root, dir);
    addReleases(dir, extra);
    const seconds = timed(path.join(dir, 'node_modules', '.bin', 'tsx'), ['scripts/build.ts'], dir, {SITE_NOW: scaleNow});
    const dirOut = path.join(dir, 'out');
    const n = folderSize(dirOut).pages;
    const pages = filesUnder(dirOut).filter((f) => f.endsWith('index.html'));
    const gzipped = pages.map((f) => ({f, bytes: zlib.gzipSync(fs.readFileSync(f), {level: 9}).length})).sort((a, b) => b.bytes - a.bytes);
    const heaviest = gzipped[0];
    const address = heaviest ? `/${path.relative(dirOut, path.dirname(heaviest.f))}/` : '/';
    const server = await serve(dirOut, 3303);
    const browser = await chromium.launch({executablePath: chromePath, args: [...chromeFlags, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost']});
    const weight = await weigh(browser, `http://127.0.0.1:3303${address}`);
    await browser.close();
    server.close();
    const feeds = filesUnder(dirOut).filter((f) => /\/(rss|atom)\.xml$/.test(f)).map((f) => fs.statSync(f).size);
    console.log(`with ${extra} generated releases: build ${seconds.toFixed(1)} s for ${n} pages = ${((seconds / n) * 1000).toFixed(0)} ms per page`);
    console.log(`  heaviest page: ${address}, HTML ${kb(heaviest?.bytes ?? 0)} KB gzip; loaded cold ${kb(weight.bytes)} KB in ${weight.requests} requests; largest feed ${kb(Math.max(...feeds))} KB`);
    fs.rmSync(dir, {recursive: true, force: true});
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
