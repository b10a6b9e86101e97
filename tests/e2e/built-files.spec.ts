import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {Parser} from 'htmlparser2';
import vnuJar from 'vnu-jar';

// Checks of the built files themselves, without a browser.
const out = path.join(process.cwd(), 'out');

function files(dir: string, ext: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full, ext) : e.name.endsWith(ext) ? [full] : [];
  });
}

const htmlFiles = files(out, '.html');
const pageOf = (file: string) => `/${path.relative(out, file)}`.replace(/index\.html$/, '');

test('the Nu Html Checker finds no errors in any page', () => {
  expect(htmlFiles.length).toBeGreaterThan(200);
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
  expect(checked).toBeGreaterThan(10_000);
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
