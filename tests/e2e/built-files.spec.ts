import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {Parser} from 'htmlparser2';
import vnuJar from 'vnu-jar';
import {routing} from '../../lib/i18n/routing';
import {content} from './expected';

// Checks of the built files themselves, without a browser.
const out = path.join(process.cwd(), 'out');

/** The public site's files: the editors' workspace (out/admin/) is an application of its own, checked in admin.spec.ts. */
function files(dir: string, ext: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (full === path.join(out, 'admin')) return [];
    return e.isDirectory() ? files(full, ext) : e.name.endsWith(ext) ? [full] : [];
  });
}

const htmlFiles = files(out, '.html');
/** The entries' own pages, in every language: at the least what the build must have written. */
const entryPages =
  (content.agreements.length + content.focusAreas.length + content.themes.length + content.pressReleases.length + content.networkProjects.length + content.pages.length) *
  routing.locales.length;
const pageOf = (file: string) => `/${path.relative(out, file)}`.replace(/index\.html$/, '');

test('the Nu Html Checker finds no errors in any page', () => {
  expect(htmlFiles.length).toBeGreaterThanOrEqual(entryPages);
  let report: {messages: {type: string; url: string; lastLine?: number; message: string}[]};
  try {
    const stdout = execFileSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...htmlFiles], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
    report = JSON.parse(stdout || '{"messages": []}');
  } catch (error) {
    // vnu exits non-zero when it finds errors and writes its JSON report to stderr.
    const e = error as {stderr?: string};
    report = JSON.parse(e.stderr ?? '{"messages": []}');
  }
  const errors = report.messages
    .filter((m) => m.type === 'error')
    .map((m) => `${pageOf(m.url.replace(/^file:/, ''))} line ${m.lastLine ?? '?'}: ${m.message}`);
  expect(errors).toEqual([]);
});

/** Every address a page or stylesheet refers to on this site. */
function references(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  if (file.endsWith('.css')) return [...text.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)].map((m) => m[1] ?? '');
  const found: string[] = [];
  const parser = new Parser({
    onopentag(name, attrs) {
      for (const attr of ['href', 'src']) {
        const value = attrs[attr];
        if (value && !(name === 'link' && ['canonical', 'alternate'].includes(attrs.rel ?? ''))) found.push(value);
      }
      if (attrs.srcset) found.push(...attrs.srcset.split(',').map((s) => s.trim().split(/\s+/)[0] ?? ''));
    }
  });
  parser.write(text);
  parser.end();
  return found;
}

function resolves(ref: string, from: string): boolean {
  const [withoutHash = ''] = ref.split('#');
  const [clean = ''] = withoutHash.split('?');
  if (clean === '') return true;
  const target = clean.startsWith('/') ? path.join(out, decodeURIComponent(clean)) : path.join(path.dirname(from), decodeURIComponent(clean));
  if (clean.endsWith('/')) return fs.existsSync(path.join(target, 'index.html'));
  return fs.existsSync(target);
}

test('every internal link and asset in the built output resolves', () => {
  const broken: string[] = [];
  let checked = 0;
  for (const file of [...htmlFiles, ...files(out, '.css')]) {
    for (const ref of references(file)) {
      if (/^(https?:|mailto:|tel:|data:|#)/.test(ref) || ref.startsWith('//')) continue;
      checked += 1;
      if (!resolves(ref, file)) broken.push(`${pageOf(file)} links to ${ref}, which does not exist`);
    }
  }
  expect(broken).toEqual([]);
  // Each page of a language refers at the least to its stylesheet and font, the items of the main
  // navigation and the other languages' versions: ten references or more.
  const languagePages = htmlFiles.filter((f) => routing.locales.some((l) => f.startsWith(path.join(out, l, path.sep))));
  expect(languagePages.length).toBeGreaterThanOrEqual(entryPages);
  expect(checked).toBeGreaterThanOrEqual(languagePages.length * 10);
});

test('every same-page link points to an element that exists', () => {
  const missing: string[] = [];
  for (const file of htmlFiles) {
    const text = fs.readFileSync(file, 'utf8');
    for (const [, id] of text.matchAll(/href="#([^"]+)"/g)) {
      if (!text.includes(`id="${id}"`)) missing.push(`${pageOf(file)}: #${id}`);
    }
  }
  expect(missing).toEqual([]);
});

/** Every script and script preload of a page, with the islands whose markup it holds. */
function scriptsOf(file: string) {
  const scripts: {src?: string; type?: string; inline: string}[] = [];
  const preloads: string[] = [];
  const handlers: string[] = [];
  const islands = new Set<string>();
  let current: {src?: string; type?: string; inline: string} | undefined;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'script') current = {src: attrs.src, type: attrs.type, inline: ''};
        if (name === 'link' && /\b(modulepreload|preload)\b/.test(attrs.rel ?? '') && (attrs.rel?.includes('modulepreload') || attrs.as === 'script')) preloads.push(attrs.href ?? '');
        if (attrs['data-island']) islands.add(attrs['data-island']);
        for (const attr of Object.keys(attrs)) if (/^on/.test(attr)) handlers.push(`<${name} ${attr}>`);
      },
      ontext(text) {
        if (current) current.inline += text;
      },
      onclosetag(name) {
        if (name === 'script' && current) scripts.push(current);
        if (name === 'script') current = undefined;
      }
    },
    {decodeEntities: false}
  );
  parser.write(fs.readFileSync(file, 'utf8'));
  parser.end();
  return {scripts, preloads, handlers, islands};
}

test('no page ships script other than its islands and JSON-LD data', () => {
  const found: string[] = [];
  let islandPages = 0;
  for (const file of htmlFiles) {
    const {scripts, preloads, handlers, islands} = scriptsOf(file);
    const loaded = new Set<string>();
    for (const s of scripts) {
      if (s.type === 'application/ld+json' && s.src === undefined) {
        // Data, not script: it must parse as JSON.
        expect(() => JSON.parse(s.inline), pageOf(file)).not.toThrow();
        continue;
      }
      const island = /^\/islands\/([a-z-]+)-[A-Z0-9]+\.js$/.exec(s.src ?? '')?.[1];
      if (s.type === 'module' && island && fs.existsSync(path.join(out, s.src ?? ''))) loaded.add(island);
      else found.push(`${pageOf(file)}: ${s.src ? `<script src="${s.src}">` : `inline script "${s.inline.slice(0, 50)}"`}`);
    }
    found.push(...preloads.map((href) => `${pageOf(file)}: script preload ${href}`));
    found.push(...handlers.map((h) => `${pageOf(file)}: event handler attribute ${h}`));
    // An island's script goes exactly with its markup: not on pages without it, never missing.
    expect([...loaded].sort(), pageOf(file)).toEqual([...islands].sort());
    if (islands.size > 0) islandPages += 1;
  }
  expect(found).toEqual([]);
  // At the least the agreement and release pages (copy link), in every language; besides, the focus-area lists (filters) and search.
  expect(islandPages).toBeGreaterThanOrEqual((content.agreements.length + content.pressReleases.length) * routing.locales.length);
});

test('the export holds no client-navigation payloads and no framework scripts', () => {
  const all = files(out, '');
  const leftovers = all
    .map((f) => path.relative(out, f))
    .filter((f) => /(^|\/)(index|__next\..*)\.txt$/.test(f) || (f.startsWith('_next/') && f.endsWith('.js')));
  expect(leftovers).toEqual([]);
  // What the site does serve is still there.
  for (const kept of ['robots.txt', 'sitemap.xml', 'fi/press-releases/rss.xml', 'search-index/fi/meta.json']) expect(all).toContain(path.join(out, kept));
});
