import fs from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {routing} from '../../lib/i18n/routing';
import {localePath} from '../../lib/i18n/locale-path';
import {paths} from '../../lib/paths';
import {sitePages} from '../../lib/site-pages';
import {hasHistory, unredirected} from '../../scripts/lib/published-history';
import {builtPages, out, redirects} from './site';

// The URL contract, with no hand-kept list: the pages the content and the routes define are built,
// and an address the site once published keeps answering. Published entries are found in the
// repository's history (scripts/lib/published-history.ts); one that is gone must redirect.

const contentDir = process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content');
const built = new Set(builtPages());
const redirected = new Set(redirects.map((r) => r.from));
const everyLocale = (p: string) => routing.locales.map((l) => localePath(p, l).replace(/\/?$/, '/'));

test('every page the content and the routes define is built, in every language', () => {
  const expected = ['/', ...sitePages().flatMap((p) => everyLocale(p.path)), ...everyLocale(paths.search)];
  expect(expected.filter((address) => !built.has(address))).toEqual([]);
  // ...and nothing else: a page the build writes is one the site means to publish.
  expect([...built].filter((address) => !expected.includes(address))).toEqual([]);
});

test('an entry the site published and that was removed since still answers, by a redirect', () => {
  test.skip(!hasHistory(process.cwd()), 'needs the repository with its full git history (not a shallow clone or an export)');
  const lost = unredirected(process.cwd(), contentDir, redirected, (address) => built.has(address)).flatMap((r) => r.missing);
  expect(lost, 'removed entries need their addresses in content/redirects.yaml').toEqual([]);
});

test('every page of the build answers', async ({request}) => {
  for (const url of built) expect((await request.get(url)).status(), url).toBe(200);
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
