import {expect, test, type APIRequestContext, type Page} from '@playwright/test';
import Parser from 'rss-parser';
import {XMLParser} from 'fast-xml-parser';
import {locales, pageTypes, url} from './samples';

const feedTitle = {fi: 'Ekosysteemisopimukset – tiedotteet', sv: 'Ekosystemavtal – pressmeddelanden', en: 'Ecosystem agreements – press releases'};

/** The releases a page lists, as paths, in its order. */
async function listed(page: Page, path: string) {
  await page.goto(path);
  return page
    .getByRole('main')
    .getByRole('heading')
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname).filter((p) => /\/press-releases\/\d{4}-\d{2}-\d{2}-/.test(p)));
}

/** A feed, RSS or Atom, parsed as a feed reader would. */
async function readFeed(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type']).toContain(path.endsWith('atom.xml') ? 'application/atom+xml' : 'application/rss+xml');
  const text = await response.text();
  return {text, feed: await new Parser().parseString(text)};
}

/** What every feed must be: items with absolute links to live pages, stable ids, newest first. */
async function checkItems(request: APIRequestContext, feed: Parser.Output<Record<string, unknown>>, locale: string) {
  const dates = feed.items.map((i) => Date.parse(i.isoDate ?? ''));
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  for (const item of feed.items) {
    expect(item.title).toBeTruthy();
    expect(item.contentSnippet ?? item.summary).toBeTruthy();
    expect(item.link).toMatch(/^https?:\/\//);
    expect(item.guid ?? item.id).toMatch(new RegExp(`^urn:ekosysteemisopimukset:press-release:\\d{4}-\\d{2}-\\d{2}-[a-z0-9-]+:${locale}$`));
    expect((await request.get(new URL(item.link ?? '').pathname)).status()).toBe(200);
  }
}

for (const locale of locales) {
  test(`the ${locale} press-release feeds, RSS and Atom, parse and list the releases newest first`, async ({page, request}) => {
    const shown = await listed(page, url(locale, '/press-releases/'));
    const ids: string[][] = [];
    for (const format of ['rss', 'atom']) {
      const {feed} = await readFeed(request, url(locale, `/press-releases/${format}.xml`));
      expect(feed.title).toBe(feedTitle[locale]);
      expect(feed.items.map((i) => new URL(i.link ?? '').pathname)).toEqual(shown);
      await checkItems(request, feed, locale);
      // 20.5.2020 13.33 in Helsinki (summer time, UTC+3) is 10.33 UTC.
      expect(feed.items.at(-1)?.isoDate).toBe('2020-05-20T10:33:00.000Z');
      ids.push(feed.items.map((i) => i.guid ?? i.id ?? ''));
    }
    // The same release has the same id in both formats.
    expect(ids[1]).toEqual(ids[0]);
    const rss = await readFeed(request, url(locale, '/press-releases/rss.xml'));
    expect(rss.feed.language).toBe(locale);

    // Both announced in the head of every page of the language (and of the language chooser), and linked visibly in the press room.
    for (const address of ['/', ...pageTypes.map(({path}) => url(locale, path))]) {
      await page.goto(address);
      await expect(page.locator(`link[rel="alternate"][type="application/rss+xml"][href$="/${locale}/press-releases/rss.xml"]`)).toHaveCount(1);
      await expect(page.locator(`link[rel="alternate"][type="application/atom+xml"][href$="/${locale}/press-releases/atom.xml"]`)).toHaveCount(1);
    }
    await page.goto(url(locale, '/press-releases/'));
    await expect(page.getByRole('main').locator('a[type="application/rss+xml"]')).toHaveAttribute('href', url(locale, '/press-releases/rss.xml'));
    await expect(page.getByRole('main').locator('a[type="application/atom+xml"]')).toHaveAttribute('href', url(locale, '/press-releases/atom.xml'));
  });
}

test("an agreement's page lists its releases, links to all of them and announces its own feeds", async ({page, request}) => {
  await page.goto(url('sv', '/agreements/tampere/'));
  const section = page.getByRole('region', {name: 'Pressmeddelanden'});
  const onPage = await section.getByRole('heading', {level: 3}).getByRole('link').evaluateAll((l) => l.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(onPage).toEqual([
    '/sv/press-releases/2021-02-09-state-signs-ecosystem-agreements-with-16-city-regions/',
    '/sv/press-releases/2020-05-20-agreements-to-be-concluded-with-18-cities/'
  ]);
  for (const [type, file] of [['application/rss+xml', 'rss.xml'], ['application/atom+xml', 'atom.xml']] as const) {
    const own = page.locator(`link[rel="alternate"][type="${type}"]`).first();
    await expect(own).toHaveAttribute('href', new RegExp(`/sv/press-releases/region/tampere/${file.replace('.', '\\.')}$`));
    await expect(own).toHaveAttribute('title', `${feedTitle.sv}: Tammerfors`);
    await expect(section.locator(`a[type="${type}"]`)).toHaveAttribute('href', `/sv/press-releases/region/tampere/${file}`);
    const {feed} = await readFeed(request, `/sv/press-releases/region/tampere/${file}`);
    expect(feed.title).toBe(`${feedTitle.sv}: Tammerfors`);
    expect(feed.items.map((i) => new URL(i.link ?? '').pathname)).toEqual(onPage);
    await checkItems(request, feed, 'sv');
  }
  await section.getByRole('link', {name: /^Alla pressmeddelanden: Tammerfors \(2\)$/}).click();
  await expect(page).toHaveURL(/\/sv\/press-releases\/region\/tampere\/$/);
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Pressmeddelanden: Tammerfors');
  expect(await listed(page, page.url())).toEqual(onPage);
});

test("a theme's page lists the releases that name it, with its feeds", async ({page, request}) => {
  await page.goto(url('fi', '/themes/wellbeing/'));
  const section = page.getByRole('region', {name: 'Tiedotteet'});
  await expect(section.getByRole('heading', {level: 3})).toHaveText(['Valtio allekirjoitti ekosysteemisopimukset 16 kaupunkiseudun kanssa']);
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]').first()).toHaveAttribute('href', /\/fi\/press-releases\/theme\/wellbeing\/atom\.xml$/);
  const {feed} = await readFeed(request, '/fi/press-releases/theme/wellbeing/rss.xml');
  expect(feed.items.map((i) => i.title)).toEqual(['Valtio allekirjoitti ekosysteemisopimukset 16 kaupunkiseudun kanssa']);
});

test('a release page links to the agreements and themes it concerns', async ({page}) => {
  await page.goto(url('en', '/press-releases/2021-02-09-state-signs-ecosystem-agreements-with-16-city-regions/'));
  const facts = page.getByRole('main').locator('dl').filter({hasText: 'Agreements concerned'});
  const agreements = facts.locator('dd').first().getByRole('link');
  await expect(agreements).toHaveCount(16);
  await expect(agreements.first()).toHaveText('Lappeenranta');
  await expect(facts.locator('dd').nth(1).getByRole('link')).toHaveText(['Green transition', 'Digitalisation and other new technologies', 'Wellbeing']);
  await agreements.filter({hasText: 'Tampere'}).click();
  await expect(page).toHaveURL(/\/en\/agreements\/tampere\/$/);
});

test.describe('the archive, without JavaScript', () => {
  test.use({javaScriptEnabled: false});
  test('years, regions and themes are plain links to lists of their releases', async ({page}) => {
    await page.goto(url('en', '/press-releases/'));
    const archive = page.getByRole('region', {name: 'All press releases'});
    await expect(archive.getByText('The archive holds 2 press releases.', {exact: false})).toBeVisible();
    await archive.getByRole('link', {name: '2020'}).click();
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Press releases 2020');
    expect(await listed(page, page.url())).toEqual(['/en/press-releases/2020-05-20-agreements-to-be-concluded-with-18-cities/']);
    await expect(page.getByRole('navigation', {name: 'Breadcrumb'}).getByRole('link', {name: 'Press releases'})).toHaveAttribute('href', '/en/press-releases/');

    await page.goto(url('en', '/press-releases/'));
    await page.getByRole('region', {name: 'All press releases'}).getByRole('link', {name: 'Wellbeing'}).click();
    await expect(page).toHaveURL(/\/en\/press-releases\/theme\/wellbeing\/$/);
    expect(await listed(page, page.url())).toEqual(['/en/press-releases/2021-02-09-state-signs-ecosystem-agreements-with-16-city-regions/']);
    // A list that fits on one page has no page links.
    await expect(page.getByRole('navigation', {name: 'Pages'})).toHaveCount(0);
  });
});

/** The dates a page shows under its heading, as <time> values. */
async function shownDates(page: Page) {
  const line = page.getByRole('main').locator('p').filter({has: page.locator('time')}).first();
  return line.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
}

test('dated pages show Published and Last updated, and the sitemap and structured data give the same date', async ({page, request}) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  const sitemap = new XMLParser().parse(xml) as {urlset: {url: {loc: string; lastmod?: string}[]}};
  const lastmod = new Map(sitemap.urlset.url.map((u) => [new URL(u.loc).pathname, u.lastmod]));
  const dated = [
    ['/agreements/tampere/', 'WebPage', '2026-11-22'],
    ['/focus-areas/tampere-digital-health-solutions/', 'WebPage', '2026-11-22'],
    ['/themes/wellbeing/', 'WebPage', '2026-11-22'],
    ['/programme/', 'WebPage', '2026-11-22'],
    ['/networks/', 'WebPage', '2026-11-22'],
    ['/networks/regional-towns-innovation-ecosystem-network/', 'WebPage', '2026-11-22'],
    ['/accessibility/', 'WebPage', '2026-11-22'],
    ['/press-releases/2020-05-20-agreements-to-be-concluded-with-18-cities/', 'NewsArticle', '2020-05-20T13:33:00+03:00']
  ] as const;
  for (const locale of locales) {
    for (const [path, type, date] of dated) {
      await page.goto(url(locale, path));
      const line = page.getByRole('main').locator('p').filter({has: page.locator('time')}).first();
      await expect(line).toContainText({fi: 'Julkaistu', sv: 'Publicerad', en: 'Published'}[locale]);
      await expect(line).toContainText({fi: 'Päivitetty', sv: 'Uppdaterad', en: 'Last updated'}[locale]);
      const [published, modified] = await shownDates(page);
      expect([published, modified], `${locale} ${path}`).toEqual([date, date]);
      expect(lastmod.get(url(locale, path)), `sitemap ${locale} ${path}`).toBe(modified);
      const item = (await structuredData(page)).find((d) => d['@type'] === type);
      expect(item, `${type} on ${locale} ${path}`).toMatchObject({datePublished: published, dateModified: modified});
    }
  }
});

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
