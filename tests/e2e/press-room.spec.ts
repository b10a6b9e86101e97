import {expect, test, type APIRequestContext, type Page} from '@playwright/test';
import Parser from 'rss-parser';
import {XMLParser} from 'fast-xml-parser';
import {machineDate, toInstant} from '../../lib/dates';
import type {Locale} from '../../lib/i18n/routing';
import {paths} from '../../lib/paths';
import {feedSize, latestOnEntryPage, releasesPerPage} from '../../lib/press-room';
import {readSettings} from '../../lib/site-settings';
import {content, datesOf, inLocale, releasesNewestFirst, words} from './expected';
import {builtPages} from './site';
import {locales, pageTypes, sample, samplePath, url} from './samples';

type Release = (typeof content.pressReleases)[number];
const address = (locale: Locale, sitePath: string) => url(locale, `${sitePath}/`);
const releasePath = (locale: Locale, r: Release) => address(locale, paths.pressRelease(r.slug));
const slugOf = (link: string) => /\/press-releases\/(\d{4}-\d{2}-\d{2}-[a-z0-9-]+)\/$/.exec(new URL(link, 'http://x').pathname)?.[1] ?? '';
const bySlug = new Map(content.pressReleases.map((r) => [r.slug, r]));
const summaryPublished = (r: Release | undefined, locale: Locale) => toInstant(r?.versions[locale]?.data.published ?? '1970').getTime();

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

/**
 * What every feed must be: the summaries written in its language among the releases it covers
 * (the newest ones, if there are more than a feed holds), newest by when the summary appeared, so
 * that the summary of an older release still reaches subscribers; each titled as a summary, with an
 * absolute link to a live page, a stable id and the summary's own dates: in Atom, when it appeared
 * (published) and when it last changed (updated). (RSS's one date is checked by the test below.)
 */
async function checkItems(request: APIRequestContext, {text, feed}: {text: string; feed: Parser.Output<Record<string, unknown>>}, locale: Locale, covers: Release[]) {
  const format = /<feed[\s>]/.test(text) ? 'atom' : 'rss';
  const updated = new Map<string, string>();
  if (format === 'atom') {
    const entries = (new XMLParser().parse(text) as {feed: {entry?: {id: string; updated: string} | {id: string; updated: string}[]}}).feed.entry ?? [];
    for (const e of [entries].flat()) updated.set(e.id, e.updated);
  }
  const t = words(locale);
  const pool = covers.filter((r) => r.versions[locale]);
  const slugs = feed.items.map((i) => slugOf(i.link ?? ''));
  expect(slugs.length).toBe(Math.min(pool.length, feedSize));
  for (const slug of slugs) expect(pool.map((r) => r.slug), `${slug} is not a release this feed covers`).toContain(slug);
  const shown = slugs.map((slug) => summaryPublished(bySlug.get(slug), locale));
  expect(shown, 'newest summary first').toEqual([...shown].sort((a, b) => b - a));
  const left = pool.filter((r) => !slugs.includes(r.slug)).map((r) => summaryPublished(r, locale));
  if (left.length > 0) expect(Math.min(...shown)).toBeGreaterThanOrEqual(Math.max(...left));
  for (const item of feed.items) {
    const r = bySlug.get(slugOf(item.link ?? ''))?.versions[locale]?.data;
    expect(item.title).toBe(t('PressReleasePage.documentTitle', {title: r?.title ?? ''}));
    expect(item.contentSnippet ?? item.summary).toBeTruthy();
    expect(item.link).toMatch(/^https?:\/\//);
    expect(item.guid ?? item.id).toMatch(new RegExp(`^urn:ekosysteemisopimukset:press-release:\\d{4}-\\d{2}-\\d{2}-[a-z0-9-]+:${locale}$`));
    const dates = datesOf(r ?? {published: '1970'});
    if (format === 'atom') {
      expect(item.isoDate).toBe(toInstant(dates.published).toISOString());
      expect(updated.get(String(item.id ?? ''))).toBe(toInstant(dates.modified).toISOString());
    }
    expect((await request.get(new URL(item.link ?? '').pathname)).status()).toBe(200);
  }
}

/** The site names itself as the author of the summaries. */
function expectSiteAsAuthor(atom: string, locale: Locale) {
  const parsed = new XMLParser().parse(atom) as {feed: {author?: {name?: string}}};
  expect(parsed.feed.author?.name).toBe(words(locale)('SiteHeader.siteName'));
}

for (const locale of locales) {
  test(`the ${locale} press-release feeds, RSS and Atom, parse and list the releases newest first`, async ({page, request}) => {
    const t = words(locale);
    const ids: string[][] = [];
    for (const format of ['rss', 'atom'] as const) {
      const read = await readFeed(request, url(locale, `/press-releases/${format}.xml`));
      const {text, feed} = read;
      expect(feed.title).toBe(t('Feed.title'));
      await checkItems(request, read, locale, content.pressReleases);
      if (format === 'atom') expectSiteAsAuthor(text, locale);
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

// README, Feeds: "An item's date is the summary's last update, so a change note reaches the people
// who follow the feed; its publication date stays as it was." RSS has one date per item, pubDate.
test('a change note reaches feed subscribers: an RSS item is dated by its summary\'s last update', async ({request}) => {
  for (const locale of locales) {
    const {feed} = await readFeed(request, url(locale, '/press-releases/rss.xml'));
    const dated = feed.items.map((item) => {
      const r = bySlug.get(slugOf(item.link ?? ''))?.versions[locale]?.data;
      return {link: item.link, date: item.isoDate, lastUpdate: toInstant(datesOf(r ?? {published: '1970'}).modified).toISOString()};
    });
    expect(dated.filter((d) => d.date !== d.lastUpdate)).toEqual([]);
  }
});

test("an agreement's page lists its releases, links to all of them and announces its own feeds", async ({page, request}) => {
  const locale = 'sv';
  const t = words(locale);
  // A region that has releases, where one has (else any region, whose page says it has none).
  const agreement = sample.region;
  test.skip(!agreement, 'the content has no agreement');
  const slug = agreement?.slug ?? '';
  const name = agreement ? inLocale(agreement, locale).data.title : slug;
  const about = releasesNewestFirst.filter((r) => inLocale(r, locale).data.agreements.includes(slug));
  await page.goto(address(locale, paths.agreement(slug)));
  const section = page.getByRole('region', {name: t('RelatedReleases.heading')});
  const onPage = await section.getByRole('heading', {level: 3}).getByRole('link').evaluateAll((l) => l.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  // Its newest releases, newest first by the ministry's date.
  expect(onPage).toEqual(about.slice(0, latestOnEntryPage).map((r) => releasePath(locale, r)));
  for (const [type, file] of [['application/rss+xml', 'rss.xml'], ['application/atom+xml', 'atom.xml']] as const) {
    const own = page.locator(`link[rel="alternate"][type="${type}"]`).first();
    await expect(own).toHaveAttribute('href', new RegExp(`/${locale}/press-releases/region/${slug}/${file.replace('.', '\\.')}$`));
    await expect(own).toHaveAttribute('title', t('Feed.regionTitle', {name}));
    await expect(section.locator(`a[type="${type}"]`)).toHaveAttribute('href', `/${locale}/press-releases/region/${slug}/${file}`);
    const read = await readFeed(request, `/${locale}/press-releases/region/${slug}/${file}`);
    expect(read.feed.title).toBe(t('Feed.regionTitle', {name}));
    await checkItems(request, read, locale, about);
  }
  if (about.length === 0) {
    await expect(section.getByText(t('RelatedReleases.none'))).toBeVisible();
    return;
  }
  await section.getByRole('link', {name: t('RelatedReleases.all', {name, count: about.length}), exact: true}).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/press-releases/region/${slug}/$`));
  await expect(page.getByRole('heading', {level: 1})).toHaveText(t('ReleaseList.regionTitle', {name}));
  expect(await listed(page, page.url())).toEqual(about.slice(0, releasesPerPage).map((r) => releasePath(locale, r)));
});

test("a theme's page lists the releases that name it, with its feeds", async ({page, request}) => {
  const locale = 'fi';
  const t = words(locale);
  for (const theme of content.themes) {
    const inTheme = releasesNewestFirst.filter((r) => inLocale(r, locale).data.themes?.includes(theme.slug));
    await page.goto(address(locale, paths.theme(theme.slug)));
    const section = page.getByRole('region', {name: t('RelatedReleases.heading')});
    await expect(section.getByRole('heading', {level: 3})).toHaveText(inTheme.slice(0, latestOnEntryPage).map((r) => inLocale(r, locale).data.title));
    if (inTheme.length === 0) await expect(section.getByText(t('RelatedReleases.none'))).toBeVisible();
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]').first()).toHaveAttribute('href', new RegExp(`/${locale}/press-releases/theme/${theme.slug}/atom\\.xml$`));
    const read = await readFeed(request, `/${locale}/press-releases/theme/${theme.slug}/rss.xml`);
    expect(read.feed.title).toBe(t('Feed.themeTitle', {name: inLocale(theme, locale).data.title}));
    await checkItems(request, read, locale, inTheme);
  }
});

test('a release page links to the agreements and themes it concerns', async ({page}) => {
  const locale = 'en';
  const t = words(locale);
  const title = (list: {slug: string; versions: Partial<Record<Locale, {data: {title: string}}>>}[], slug: string) => {
    const entry = list.find((e) => e.slug === slug);
    return entry ? inLocale(entry, locale).data.title : slug;
  };
  for (const entry of content.pressReleases) {
    const r = inLocale(entry, locale).data;
    await page.goto(releasePath(locale, entry));
    const facts = page.getByRole('main').getByRole('term');
    const agreements = facts.filter({hasText: t('PressReleasePage.agreements', {count: r.agreements.length})}).locator('xpath=following-sibling::dd[1]').getByRole('link');
    await expect(agreements).toHaveText(r.agreements.map((a) => title(content.agreements, a)));
    const themes = facts.filter({hasText: t('PressReleasePage.themes', {count: r.themes?.length ?? 0})});
    if (r.themes) await expect(themes.locator('xpath=following-sibling::dd[1]').getByRole('link')).toHaveText(r.themes.map((th) => title(content.themes, th)));
    else await expect(themes).toHaveCount(0);
  }
  const [first] = content.pressReleases;
  const agreement = first ? inLocale(first, locale).data.agreements[0] : undefined;
  if (!first || !agreement) return;
  await page.goto(releasePath(locale, first));
  await page.getByRole('main').getByRole('link', {name: title(content.agreements, agreement), exact: true}).first().click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/agreements/${agreement}/$`));
});

test.describe('the archive, without JavaScript', () => {
  test.use({javaScriptEnabled: false});
  test('years, regions and themes are plain links to lists of their releases', async ({page}) => {
    const locale = 'en';
    const t = words(locale);
    const year = (r: Release) => inLocale(r, locale).data.issued.slice(0, 4);
    await page.goto(address(locale, paths.pressReleases));
    const archive = page.getByRole('region', {name: t('PressReleasesPage.archive')});
    await expect(archive.getByText(t('PressReleasesPage.archiveNote', {count: content.pressReleases.length}))).toBeVisible();
    for (const y of [...new Set(releasesNewestFirst.map(year))]) {
      await page.goto(address(locale, paths.pressReleases));
      await archive.getByRole('link', {name: y, exact: true}).click();
      await expect(page.getByRole('heading', {level: 1})).toHaveText(t('ReleaseList.yearTitle', {year: y}));
      const ofYear = releasesNewestFirst.filter((r) => year(r) === y);
      expect(await listed(page, page.url())).toEqual(ofYear.slice(0, releasesPerPage).map((r) => releasePath(locale, r)));
      await expect(page.getByRole('navigation', {name: t('Breadcrumbs.label')}).getByRole('link', {name: t('Breadcrumbs.pressReleases')})).toHaveAttribute('href', address(locale, paths.pressReleases));
    }

    for (const theme of content.themes) {
      await page.goto(address(locale, paths.pressReleases));
      await page.getByRole('region', {name: t('PressReleasesPage.archive')}).getByRole('link', {name: inLocale(theme, locale).data.title, exact: true}).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/press-releases/theme/${theme.slug}/$`));
      const inTheme = releasesNewestFirst.filter((r) => inLocale(r, locale).data.themes?.includes(theme.slug));
      expect(await listed(page, page.url())).toEqual(inTheme.slice(0, releasesPerPage).map((r) => releasePath(locale, r)));
      // A list that fits on one page has no page links.
      if (inTheme.length <= releasesPerPage) await expect(page.getByRole('navigation', {name: t('Pagination.label')})).toHaveCount(0);
    }
  });
});

/** The dates a page shows under its heading, as <time> values. */
async function shownDates(page: Page) {
  const line = page.getByRole('main').locator('p').filter({has: page.locator('time')}).first();
  return line.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
}

test('dated pages show when they were published and, once changed, last updated; the sitemap and structured data give the same dates', async ({page, request}) => {
  // A sweep over a page of every dated kind and every release, in every language.
  test.setTimeout(300_000);
  const xml = await (await request.get('/sitemap.xml')).text();
  const sitemap = new XMLParser().parse(xml) as {urlset: {url: {loc: string; lastmod?: string}[]}};
  const lastmod = new Map(sitemap.urlset.url.map((u) => [new URL(u.loc).pathname, u.lastmod]));
  const pageOf = (id: string) => content.pages.find((p) => p.slug === id);
  // One page of every dated kind, and every release.
  type Dated = {versions: Partial<Record<Locale, {data: Parameters<typeof datesOf>[0]}>>};
  const webPage = (path: string, entry: Dated | undefined) => (entry ? [{path, type: 'WebPage', dates: (l: Locale) => datesOf(inLocale(entry, l).data)}] : []);
  const [agreement] = content.agreements;
  const [focusArea] = content.focusAreas;
  const [theme] = content.themes;
  const [project] = content.networkProjects;
  const dated = [
    ...(agreement ? webPage(paths.agreement(agreement.slug), agreement) : []),
    ...(focusArea ? webPage(paths.focusArea(focusArea.slug), focusArea) : []),
    ...(theme ? webPage(paths.theme(theme.slug), theme) : []),
    ...webPage(paths.programme, pageOf('programme')),
    ...webPage(paths.networks, pageOf('networks')),
    ...(project ? webPage(paths.networkProject(project.slug), project) : []),
    ...webPage(paths.accessibility, pageOf('accessibility')),
    ...content.pressReleases.map((r) => ({path: paths.pressRelease(r.slug), type: 'NewsArticle', dates: (l: Locale) => datesOf(inLocale(r, l).data)}))
  ];
  for (const locale of locales) {
    const t = words(locale);
    for (const {path, type, dates} of dated) {
      const at = address(locale, path);
      const history = dates(locale);
      const changed = history.updates.length > 0 || history.modified !== history.published;
      await page.goto(at);
      // A release's page dates are its summary's, and say so.
      const [published, modified] = type === 'NewsArticle' ? [t('PageDates.summaryPublished'), t('PageDates.summaryModified')] : [t('PageDates.published'), t('PageDates.modified')];
      const line = page.getByRole('main').locator('p').filter({has: page.locator('time')}).first();
      await expect(line).toContainText(`${published} `);
      if (changed) await expect(line).toContainText(`${modified} `);
      else await expect(line).not.toContainText(modified);
      const expected = [history.published, ...(changed ? [history.modified] : [])].map(machineDate);
      expect(await shownDates(page), at).toEqual(expected);
      expect(lastmod.get(at), `sitemap ${at}`).toBe(machineDate(history.modified));
      const item = (await structuredData(page)).find((d) => d['@type'] === type);
      expect(item, `${type} on ${at}`).toMatchObject({datePublished: machineDate(history.published), dateModified: machineDate(history.modified)});
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
  // An agreement's and a release's page have an image of their own; a list page the language's.
  const pages: [string, boolean][] = [
    ...[samplePath('agreement'), samplePath('press release')].flatMap((p): [string, boolean][] => (p ? [[p, true]] : [])),
    [`${paths.themes}/`, false]
  ];
  for (const [path, own] of pages) {
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
  const locale = 'en';
  const site = readSettings().publisher[locale];
  for (const entry of content.pressReleases) {
    const r = inLocale(entry, locale).data;
    const history = datesOf(r);
    await page.goto(releasePath(locale, entry));
    const data = await structuredData(page);
    const byType = (t: string) => data.find((d) => d['@type'] === t);
    for (const d of data) expect(d['@context']).toBe('https://schema.org');

    expect(byType('GovernmentOrganization')).toMatchObject({name: site});
    const article = byType('NewsArticle');
    // The page is the site's summary, written and published by the site's publisher, with the
    // summary's own dates; what it is based on is the ministry's release, in each language version
    // the sources hold, under the ministry's own headline and date.
    expect(article).toMatchObject({
      headline: await page.getByRole('heading', {level: 1}).innerText(),
      datePublished: machineDate(history.published),
      dateModified: machineDate(history.modified),
      inLanguage: locale,
      author: {'@type': 'GovernmentOrganization', name: site},
      publisher: {'@type': 'GovernmentOrganization', name: site},
      isBasedOn: r.ministryVersions.map((v) => ({
        '@type': 'NewsArticle',
        headline: v.headline,
        inLanguage: v.language,
        datePublished: machineDate(v.published),
        author: {'@type': 'GovernmentOrganization', name: r.issuer},
        publisher: {'@type': 'GovernmentOrganization', name: r.issuer}
      }))
    });
    expect((article?.isBasedOn as {url?: string}[]).map((b) => b.url ?? null)).toEqual(r.ministryVersions.map((v) => v.url ?? null));
    expect(article?.image).toEqual([expect.stringMatching(/share\.png$/)]);

    const crumbs = byType('BreadcrumbList') as {itemListElement: {position: number; name: string; item: string}[]} | undefined;
    expect(crumbs?.itemListElement.map((c) => c.position)).toEqual([1, 2, 3]);
    expect(crumbs?.itemListElement.map((c) => c.name)).toEqual(
      await page.getByRole('navigation', {name: words(locale)('Breadcrumbs.label')}).getByRole('listitem').allInnerTexts().then((t) => t.map((s) => s.replace('›', '').trim()))
    );
    expect(new URL(crumbs?.itemListElement[0]?.item ?? '').pathname).toBe(url(locale, '/'));
  }
});

test('the sitemap lists every page in every language with its alternates and date, and robots.txt points to it', async ({request}) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  const parsed = new XMLParser({ignoreAttributes: false}).parse(xml) as {
    urlset: {url: {loc: string; lastmod?: string; 'xhtml:link': {'@_hreflang': string; '@_href': string}[]}[]};
  };
  const entries = parsed.urlset.url;
  // Every built page but the language chooser and the search pages, which ask not to be indexed.
  const built = builtPages().filter((l) => l !== '/' && !l.endsWith('/search/'));
  expect(entries.map((e) => new URL(e.loc).pathname).sort()).toEqual(built.sort());
  for (const entry of entries) {
    expect(entry['xhtml:link'].map((l) => l['@_hreflang']).sort()).toEqual([...locales, 'x-default'].sort());
    expect(Number.isNaN(Date.parse(entry.lastmod ?? ''))).toBe(false);
  }
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap\.xml$/m);
});

test('agreement and release pages offer their permanent address, and copy it where script runs', async ({page, context}) => {
  const t = words('en');
  const pages = [samplePath('agreement'), samplePath('press release')].filter((p) => p !== undefined);
  test.skip(pages.length === 0, 'the content has no agreement and no release');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(url('en', pages[0] ?? ''));
  const address = await page.locator('link[rel="canonical"]').getAttribute('href');
  await expect(page.getByText(address ?? '', {exact: true})).toBeVisible();
  await page.getByRole('button', {name: t('CopyLink.copy')}).click();
  await expect(page.getByRole('status')).toHaveText(t('CopyLink.copied'));
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});
  test('the permanent address is shown as text, with no dead button', async ({page}) => {
    // A release's page (the newest), or else an agreement's: both offer their address.
    const path = samplePath('press release') ?? samplePath('agreement');
    test.skip(!path, 'the content has no release and no agreement');
    const at = url('fi', path ?? '');
    await page.goto(at);
    await expect(page.getByText(new RegExp(`${at.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`))).toBeVisible();
    await expect(page.getByRole('button', {name: words('fi')('CopyLink.copy')})).toHaveCount(0);
  });
});
