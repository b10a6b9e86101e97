import {expect, test, type Page} from '@playwright/test';
import Parser from 'rss-parser';
import {XMLParser} from 'fast-xml-parser';
import {locales, pageTypes, url} from './samples';

const feedTitle = {fi: 'Ekosysteemisopimukset – tiedotteet', sv: 'Ekosystemavtal – pressmeddelanden', en: 'Ecosystem agreements – press releases'};

async function releaseLinks(page: Page, locale: string) {
  await page.goto(url(locale, '/press-releases/'));
  return page.getByRole('main').getByRole('heading', {level: 2}).getByRole('link').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

for (const locale of locales) {
  test(`the ${locale} press-release feed parses and lists every release, newest first`, async ({page, request}) => {
    const response = await request.get(url(locale, '/press-releases/rss.xml'));
    expect(response.status()).toBe(200);
    const feed = await new Parser().parseString(await response.text());
    expect(feed.title).toBe(feedTitle[locale]);
    expect(feed.language).toBe(locale);
    const links = await releaseLinks(page, locale);
    expect(feed.items.map((i) => new URL(i.link ?? '').pathname)).toEqual(links);
    for (const item of feed.items) {
      expect(item.title).toBeTruthy();
      expect(item.contentSnippet).toBeTruthy();
      expect(item.guid).toMatch(new RegExp(`^urn:ekosysteemisopimukset:press-release:\\d{4}-\\d{2}-\\d{2}-[a-z0-9-]+:${locale}$`));
      expect((await request.get(new URL(item.link ?? '').pathname)).status()).toBe(200);
    }
    // 20.5.2020 13.33 in Helsinki (summer time, UTC+3) is 10.33 UTC.
    expect(feed.items.at(-1)?.isoDate).toBe('2020-05-20T10:33:00.000Z');

    // Announced in the head of every page of the language, and linked visibly on the release pages.
    for (const {path} of pageTypes) {
      await page.goto(url(locale, path));
      await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', new RegExp(`/${locale}/press-releases/rss\\.xml$`));
    }
    await page.goto(url(locale, '/press-releases/'));
    await expect(page.getByRole('main').locator('a[type="application/rss+xml"]')).toHaveAttribute('href', url(locale, '/press-releases/rss.xml'));
  });
}

for (const {type, path} of pageTypes) {
  test(`${type}: canonical and hreflang links agree across the three languages`, async ({page}) => {
    const maps: Record<string, string>[] = [];
    for (const locale of locales) {
      await page.goto(url(locale, path));
      const map = Object.fromEntries(
        await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]))
      );
      expect(Object.keys(map).sort()).toEqual([...locales, 'x-default'].sort());
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', map[locale] ?? '');
      expect(new URL(map[locale] ?? '').pathname).toBe(url(locale, path));
      maps.push(map);
    }
    expect(maps[1]).toEqual(maps[0]);
    expect(maps[2]).toEqual(maps[0]);
  });
}

test('pages carry Open Graph and Twitter cards with a share image made for them', async ({page, request}) => {
  for (const [path, own] of [
    ['/agreements/tampere/', true],
    ['/press-releases/2020-05-20-agreements-to-be-concluded-with-18-cities/', true],
    ['/themes/', false]
  ] as const) {
    await page.goto(url('sv', path));
    const og = async (p: string) => page.locator(`meta[property="${p}"]`).getAttribute('content');
    expect(await og('og:title')).toBeTruthy();
    expect(await og('og:description')).toBeTruthy();
    expect(await og('og:url')).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));
    expect(await og('og:locale')).toBe('sv_FI');
    expect(await og('og:image:alt')).toBeTruthy();
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    const image = new URL((await og('og:image')) ?? '');
    expect(image.pathname).toBe(own ? `${url('sv', path)}share.png` : '/sv/share.png');
    const response = await request.get(image.pathname);
    expect(response.headers()['content-type']).toContain('image/png');
    expect((await response.body()).subarray(1, 4).toString()).toBe('PNG');
  }
});

type Ld = Record<string, unknown> & {'@type': string};
async function structuredData(page: Page): Promise<Ld[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.map((t) => JSON.parse(t) as Ld);
}

test('structured data describes the ministry, the release and the breadcrumbs', async ({page}) => {
  await page.goto(url('en', '/press-releases/2020-05-20-agreements-to-be-concluded-with-18-cities/'));
  const data = await structuredData(page);
  const byType = (t: string) => data.find((d) => d['@type'] === t);
  for (const d of data) expect(d['@context']).toBe('https://schema.org');

  expect(byType('GovernmentOrganization')).toMatchObject({name: 'Ministry of Economic Affairs and Employment'});
  const article = byType('NewsArticle');
  expect(article).toMatchObject({
    headline: await page.getByRole('heading', {level: 1}).innerText(),
    datePublished: '2020-05-20T13:33:00+03:00',
    inLanguage: 'en',
    // The page is our summary; what it is based on is the ministry's release, in the language
    // version the sources hold, under the ministry's own headline.
    isBasedOn: [
      {
        '@type': 'NewsArticle',
        headline: 'Innovaatiotoimintaa vahvistavat sopimukset solmitaan kaupunkien kanssa',
        inLanguage: 'fi',
        datePublished: '2020-05-20T13:33:00+03:00',
        author: {'@type': 'GovernmentOrganization', name: 'Ministry of Economic Affairs and Employment'},
        publisher: {'@type': 'GovernmentOrganization', name: 'Ministry of Economic Affairs and Employment'}
      }
    ]
  });
  expect(article).not.toHaveProperty('author');
  expect(article?.image).toEqual([expect.stringMatching(/share\.png$/)]);

  const crumbs = byType('BreadcrumbList') as {itemListElement: {position: number; name: string; item: string}[]} | undefined;
  expect(crumbs?.itemListElement.map((c) => c.position)).toEqual([1, 2, 3]);
  expect(crumbs?.itemListElement.map((c) => c.name)).toEqual(
    await page.getByRole('navigation', {name: 'Breadcrumb'}).getByRole('listitem').allInnerTexts().then((t) => t.map((s) => s.replace('›', '').trim()))
  );
  expect(new URL(crumbs?.itemListElement[0]?.item ?? '').pathname).toBe('/en/');
});

test('the sitemap lists every page in every language with its alternates and date, and robots.txt points to it', async ({request}) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  const parsed = new XMLParser({ignoreAttributes: false}).parse(xml) as {
    urlset: {url: {loc: string; lastmod?: string; 'xhtml:link': {'@_hreflang': string; '@_href': string}[]}[]};
  };
  const entries = parsed.urlset.url;
  const fs = await import('node:fs');
  // Every pinned page but the language chooser and the search pages, which ask not to be indexed.
  const pinned = fs.readFileSync('tests/e2e/urls.txt', 'utf8').split('\n').filter((l) => l.startsWith('/') && l !== '/' && !l.endsWith('/search/'));
  expect(entries.map((e) => new URL(e.loc).pathname).sort()).toEqual(pinned.sort());
  for (const entry of entries) {
    expect(entry['xhtml:link'].map((l) => l['@_hreflang']).sort()).toEqual([...locales, 'x-default'].sort());
    expect(Number.isNaN(Date.parse(entry.lastmod ?? ''))).toBe(false);
  }
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap\.xml$/m);
});

test('agreement and release pages offer their permanent address, and copy it where script runs', async ({page, context}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(url('en', '/agreements/tampere/'));
  const address = await page.locator('link[rel="canonical"]').getAttribute('href');
  await expect(page.getByText(address ?? '', {exact: true})).toBeVisible();
  await page.getByRole('button', {name: 'Copy link'}).click();
  await expect(page.getByRole('status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});
  test('the permanent address is shown as text, with no dead button', async ({page}) => {
    await page.goto(url('fi', '/press-releases/2020-05-20-agreements-to-be-concluded-with-18-cities/'));
    await expect(page.getByText(/\/fi\/press-releases\/2020-05-20-agreements-to-be-concluded-with-18-cities\/$/)).toBeVisible();
    await expect(page.getByRole('button', {name: 'Kopioi linkki'})).toHaveCount(0);
  });
});
