import {expect, test, type Page} from '@playwright/test';
import type {Locale} from '../../lib/i18n/routing';
import {inLocale, words} from './expected';
import {locales, pageTypes, sample, url} from './samples';

/** What a reader searches for: the first region's name (or, with no region, the word for an agreement). */
const query = (locale: Locale) => (sample.agreement ? inLocale(sample.agreement, locale).data.title : words(locale)('PageType.agreement'));

// The browser gets documents, CSS, the font and, where a page needs one, an island: never the
// framework's runtime or its client-navigation payloads, not even by prefetch.

/** Every request a page makes until the network is quiet, by path. */
async function requestsOf(page: Page, address: string): Promise<string[]> {
  const seen: string[] = [];
  page.on('request', (r) => seen.push(new URL(r.url()).pathname + new URL(r.url()).search));
  await page.goto(address, {waitUntil: 'networkidle'});
  return seen;
}

const framework = (p: string) => p.startsWith('/_next/') && (p.endsWith('.js') || p.includes('.js?'));
const payload = (p: string) => /\.txt(\?|$)/.test(p) && !p.endsWith('/robots.txt');

for (const locale of locales) {
  test(`${locale} pages of every type load no framework script and no payload`, async ({page}) => {
    const loaded: string[] = [];
    for (const {path} of pageTypes) {
      const requests = await requestsOf(page, url(locale, path));
      expect(requests.filter((r) => framework(r) || payload(r)), path).toEqual([]);
      // Scripts: only islands.
      expect(requests.filter((r) => r.endsWith('.js') && !/^\/islands\/[a-z-]+-[A-Z0-9]+\.js$/.test(r)), path).toEqual([]);
      loaded.push(...requests);
      page.removeAllListeners('request');
    }
    // And the documents still show what they are: a heading on each.
    await expect(page.getByRole('heading', {level: 1})).toBeVisible();
    // The agreement and release pages offer to copy their address.
    if (sample.agreement || sample.release) expect(loaded.some((r) => r.startsWith('/islands/copy-link-'))).toBe(true);
  });
}

test("search loads its island and its language's search data, and nothing of the framework", async ({page}) => {
  const requests = await requestsOf(page, `${url('fi', '/search/')}?q=${encodeURIComponent(query('fi'))}`);
  await expect(page.getByRole('list', {name: words('fi')('Search.results')}).getByRole('listitem').first()).toBeVisible();
  expect(requests.some((r) => r.startsWith('/islands/search-'))).toBe(true);
  // The search index's meta part, the parts the query's words begin with, and the pages shown.
  expect(requests).toContain('/search-index/fi/meta.json');
  expect(requests.some((r) => r.startsWith('/search-index/fi/t/'))).toBe(true);
  expect(requests.some((r) => r.startsWith('/search-index/fi/d/'))).toBe(true);
  expect(requests.filter((r) => framework(r) || payload(r))).toEqual([]);
});

test('the search field keeps the query, and an empty query asks for one', async ({page}) => {
  const t = words('en');
  const q = query('en');
  await page.goto(`${url('en', '/search/')}?q=${encodeURIComponent(q)}`);
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue(q);
  await expect(page.getByRole('status')).toContainText(q);
  await page.goto(url('en', '/search/'));
  await expect(page.getByRole('status')).toHaveText(t('Search.prompt'));
  await expect(page.getByRole('list', {name: t('Search.results')})).toBeHidden();
});
