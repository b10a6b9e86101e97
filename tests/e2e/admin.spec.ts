import fs from 'node:fs';
import path from 'node:path';
import {parse} from 'yaml';
import {expect, test} from '@playwright/test';
import {adminPolicy, cmsConfig} from '../../lib/content/cms';
import {readSettings} from '../../lib/site-settings';
import {builtPages, out} from './site';

// The editors' workspace at /admin/ lives beside the public site without touching it: its own
// policy, never indexed, nothing of it loaded or linked by a public page, and its configuration
// the one the content schemas give.

const settings = readSettings(process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content'));
const deploy = path.join(process.cwd(), '.deploy');

test('the workspace is served with its own policy and is never indexed', async ({request}) => {
  const response = await request.get('/admin/');
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers['content-security-policy']).toBe(adminPolicy(settings));
  expect(headers['x-robots-tag']).toBe('noindex, nofollow');
  const html = await response.text();
  expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
  // Its scripts come from the site itself.
  const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const src of scripts) expect(src).toMatch(/^\/admin\//);

  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Disallow: \/admin\/$/m);
});

test("the public pages keep their own policy, which allows nothing the workspace needs", async ({request}) => {
  const page = (await request.get('/fi/')).headers()['content-security-policy'] ?? '';
  expect(page).toContain("script-src 'self';");
  expect(page).not.toContain('unsafe-inline');
  expect(page).not.toContain('wasm-unsafe-eval');
  expect(page).not.toBe(adminPolicy(settings));
});

test('no public page, feed, sitemap or search index refers to the workspace', () => {
  const files = [
    ...builtPages().map((address) => path.join(out, address, 'index.html')),
    path.join(out, 'sitemap.xml'),
    ...fs.readdirSync(out, {recursive: true, encoding: 'utf8'}).filter((f) => /(?:rss|atom)\.xml$|search[\\/]data\.json$/.test(f)).map((f) => path.join(out, f))
  ];
  const referring = files.filter((file) => /["'(\s]\/admin\/|\/admin\/["'\s<]/.test(fs.readFileSync(file, 'utf8')));
  expect(referring).toEqual([]);
});

test('every host the build writes rules for gives the workspace its policy, and public pages theirs', () => {
  const policy = adminPolicy(settings);
  // Static hosts that read _headers: a rule of its own, and no public rule that reaches /admin/.
  const rules = fs.readFileSync(path.join(out, '_headers'), 'utf8').split(/\n(?=\S)/);
  const admin = rules.find((r) => r.startsWith('/admin/*'));
  expect(admin).toContain(`Content-Security-Policy: ${policy}`);
  const reaching = rules.filter((r) => r.includes('Content-Security-Policy') && !r.startsWith('/admin/') && /^\/\*\s/.test(r));
  expect(reaching).toEqual([]);
  // nginx: a location of its own with every header, since add_header there replaces the server's.
  const nginx = fs.readFileSync(path.join(deploy, 'nginx', 'site.conf'), 'utf8');
  const block = /location \^~ \/admin\/ \{([\s\S]*?)\n {2}\}/.exec(nginx)?.[1] ?? '';
  expect(block).toContain(`add_header Content-Security-Policy "${policy}" always;`);
  expect(block).toContain('add_header X-Robots-Tag "noindex, nofollow" always;');
  expect(block).toContain('add_header Strict-Transport-Security');
});

test('the workspace runs the configuration the content schemas give', async ({request}) => {
  const served = parse(await (await request.get('/admin/config.yml')).text());
  expect(served).toEqual(JSON.parse(JSON.stringify(cmsConfig(settings))));
});
