import fs from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';

// The URL contract: every address the site has published is pinned in urls.txt. A page may only
// leave the build if content/redirects.yaml sends its address on; a new page is added on purpose.
const out = path.join(process.cwd(), 'out');
const pinned = fs.readFileSync(path.join(process.cwd(), 'tests', 'e2e', 'urls.txt'), 'utf8').split('\n').filter((l) => l.startsWith('/'));
const redirects: {from: string; to: string}[] = JSON.parse(fs.readFileSync(path.join(out, 'redirects.json'), 'utf8'));

function builtPages(dir: string, prefix = '/'): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    if (entry.isDirectory()) return entry.name.startsWith('_') ? [] : builtPages(path.join(dir, entry.name), `${prefix}${entry.name}/`);
    if (entry.name !== 'index.html' || prefix === '/404/') return [];
    return fs.readFileSync(path.join(dir, entry.name), 'utf8').includes('http-equiv="refresh"') ? [] : [prefix];
  });
}

test('no pinned address disappears without a redirect', () => {
  const built = new Set(builtPages(out));
  const redirected = new Set(redirects.map((r) => r.from));
  const lost = pinned.filter((url) => !built.has(url) && !redirected.has(url));
  expect(lost, 'pages removed without an entry in content/redirects.yaml').toEqual([]);
});

test('every page of the build is pinned', () => {
  const unpinned = builtPages(out).filter((url) => !pinned.includes(url));
  expect(unpinned, 'new pages: add them to tests/e2e/urls.txt').toEqual([]);
});

test('every pinned address answers', async ({request}) => {
  for (const url of pinned) expect((await request.get(url)).status(), url).toBe(200);
});

test('an old address leads to its page, with a real redirect and without one', async ({page, request}) => {
  const [first] = redirects;
  expect(first).toBeDefined();
  if (!first) return;
  // A host that reads the redirect rules answers 301.
  const response = await request.get(first.from, {maxRedirects: 0});
  expect(response.status()).toBe(301);
  expect(response.headers().location).toBe(first.to);
  await page.goto(first.from);
  await expect(page).toHaveURL(first.to);

  // A host that only serves files still has the page the build left at the old address.
  const fallback = fs.readFileSync(path.join(out, first.from, 'index.html'), 'utf8');
  await page.route('**/moved-page-check/', (route) => route.fulfill({body: fallback, contentType: 'text/html'}));
  await page.goto('/moved-page-check/', {waitUntil: 'commit'});
  await expect(page).toHaveURL(first.to);
  // ...and that page names the new address for search engines and shows it to readers.
  const parts = await page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return {
      canonical: doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      links: [...doc.querySelectorAll('main a')].map((a) => a.getAttribute('href')),
      heading: doc.querySelector('h1')?.textContent
    };
  }, fallback);
  expect(parts.canonical).toMatch(new RegExp(`${first.to}$`));
  expect(parts.links).toEqual([first.to]);
  expect(parts.heading).toBeTruthy();
});
