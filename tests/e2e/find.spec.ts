import {expect, test} from '@playwright/test';
import type {Locale} from '../../lib/i18n/routing';
import {paths} from '../../lib/paths';
import {tokens} from '../../lib/search/analyze';
import {fullSearch} from '../../lib/search/index-build';
import {readSearchWords} from '../../lib/search/words';
import {content, contentDir, focusAreasWhere, inLocale, pagePath, titleOf, words} from './expected';
import {locales, url} from './samples';

const address = (locale: Locale, sitePath: string) => url(locale, `${sitePath}/`);
/** An agreement's name in a language, from its entry. */
const regionName = (slug: string, locale: Locale) => titleOf(content.agreements, slug, locale);
const themeName = (slug: string, locale: Locale) => titleOf(content.themes, slug, locale);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Results are shown ten at a time. */
const perPage = 10;

// A citizen who knows only her city's name finds its agreement in two clicks or one search: the
// first agreement of the content, by its name in each language.
const [agreement] = content.agreements;
const city = Object.fromEntries(locales.map((l) => [l, agreement ? regionName(agreement.slug, l) : ''])) as Record<Locale, string>;
const searchLabel = {fi: words('fi')('Search.label'), sv: words('sv')('Search.label'), en: words('en')('Search.label')} as const;
const agreementType = {fi: words('fi')('PageType.agreement'), sv: words('sv')('PageType.agreement'), en: words('en')('PageType.agreement')} as const;
const resultsLabel = {fi: words('fi')('Search.results'), sv: words('sv')('Search.results'), en: words('en')('Search.results')} as const;

for (const locale of locales) {
  test(`search in ${locale} finds ${city[locale]}'s agreement among ${locale} pages only`, async ({page}) => {
    test.skip(!agreement, 'the content has no agreement');
    await page.goto(url(locale, '/'));
    await page.getByRole('search', {name: searchLabel[locale]}).first().getByRole('searchbox').fill(city[locale]);
    await page.getByRole('search', {name: searchLabel[locale]}).first().getByRole('searchbox').press('Enter');
    await expect(page).toHaveURL(new RegExp(`${url(locale, '/search/')}\\?q=`));
    const list = page.getByRole('list', {name: resultsLabel[locale]});
    const results = list.getByRole('listitem');
    await expect(results.first()).toBeVisible();
    const hrefs = await list.getByRole('heading', {level: 2}).getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href.startsWith(`/${locale}/`), href).toBe(true);
    const first = results.first();
    await expect(first.getByRole('link')).toHaveText(city[locale]);
    await expect(first).toContainText(agreementType[locale]);
    // The match marked is a word of the name ("Helsinki" of "Helsinki, Espoo ja Vantaa").
    await expect(first.locator('mark').first()).toHaveText(new RegExp(`^(${tokens(city[locale]).map((w) => escape(w.word)).join('|')})$`, 'i'));
    await first.getByRole('link').click();
    await expect(page).toHaveURL(address(locale, paths.agreement(agreement?.slug ?? '')));
  });

  test(`from the ${locale} home page a city's agreement is one click away, without JavaScript too`, async ({browser}) => {
    test.skip(!agreement, 'the content has no agreement');
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({javaScriptEnabled});
      const page = await context.newPage();
      await page.goto(url(locale, '/'));
      await page.getByRole('list').getByRole('link', {name: city[locale], exact: true}).click();
      await expect(page.getByRole('heading', {level: 1})).toHaveText(city[locale]);
      await context.close();
    }
  });
}

test('search shows ten results at a time, and the next ten on request with focus on the first of them', async ({page}) => {
  const t = words('en');
  // The word every agreement page answers to, as its page type: at least one result for each agreement.
  const query = t('PageType.agreement');
  await page.goto(`${url('en', '/search/')}?q=${encodeURIComponent(query)}`);
  const list = page.getByRole('list', {name: t('Search.results')});
  await expect(list.getByRole('listitem').first()).toBeVisible();
  const total = Number(/\d+/.exec((await page.getByRole('status').textContent()) ?? '')?.[0]);
  expect(total).toBeGreaterThanOrEqual(content.agreements.length);
  await expect(list.getByRole('listitem')).toHaveCount(Math.min(total, perPage));
  const more = page.getByRole('button', {name: t('Search.more')});
  test.skip(total <= perPage, `"${query}" finds ${total} pages, which fit on one page of results`);
  await more.click();
  await expect(list.getByRole('listitem')).toHaveCount(Math.min(total, 2 * perPage));
  await expect(list.getByRole('listitem').nth(perPage).getByRole('link')).toBeFocused();
  // Once every result is shown, the button goes.
  for (let shown = 2 * perPage; shown < total; shown += perPage) await more.click();
  await expect(list.getByRole('listitem')).toHaveCount(total);
  await expect(more).toBeHidden();
});

// What each language's reader sees: facets that narrow by region in the address, clean excerpts,
// and a helpful answer when nothing matches. The query is a theme's name, as a reader types it, of
// a theme with focus areas in at least two regions (so that the region facet shows); the region is
// one of them. Every label comes from the messages, and every name from its entry.
const facetTheme = content.themes.find((th) => new Set(focusAreasWhere((f) => f.theme === th.slug).map((f) => inLocale(f, locales[0]).data.agreement)).size >= 2);
const facetRegion = facetTheme ? content.agreements.find((a) => focusAreasWhere((f) => f.theme === facetTheme.slug && f.agreement === a.slug).length > 0) : undefined;
const searchTexts = (locale: Locale) => {
  const t = words(locale);
  return {
    query: facetTheme ? themeName(facetTheme.slug, locale) : '',
    region: facetRegion ? regionName(facetRegion.slug, locale) : '',
    narrow: t('Search.narrow'),
    facet: t('Search.facetRegion'),
    all: escape(t('Search.all')),
    none: new RegExp(`^${escape(t('Search.resultCount.zero', {query: 'qwxzqwxz'}))}$`),
    help: t('Search.noResultsHelp'),
    browse: t('Search.browse')
  };
};

for (const locale of locales) {
  const texts = searchTexts(locale);

  test(`in ${locale}, a facet narrows the results to one region, and the narrowing is in the address`, async ({page}) => {
    test.skip(!facetTheme || !facetRegion, 'no theme has focus areas in two regions or more');
    await page.goto(`${url(locale, '/search/')}?q=${encodeURIComponent(texts.query)}`);
    const list = page.getByRole('list', {name: resultsLabel[locale]});
    await expect(list.getByRole('listitem').first()).toBeVisible();
    const facets = page.getByRole('region', {name: texts.narrow});
    const regions = facets.getByRole('list', {name: texts.facet});
    const all = regions.getByRole('link', {name: new RegExp(`^${texts.all} \\(\\d+\\)$`)});
    await expect(all).toHaveAttribute('aria-current', 'true');
    const before = Number(/\((\d+)\)/.exec((await all.textContent()) ?? '')?.[1]);
    await expect(list.getByRole('listitem')).toHaveCount(Math.min(before, perPage));
    const option = regions.getByRole('link', {name: new RegExp(`^${escape(texts.region)} \\(\\d+\\)$`)});
    const count = Number(/\((\d+)\)/.exec((await option.textContent()) ?? '')?.[1]);
    await option.click();
    await expect(page).toHaveURL(new RegExp(`[?&]region=${facetRegion?.slug}(&|$)`));
    expect(new URL(page.url()).searchParams.get('q')).toBe(texts.query);
    await expect(list.getByRole('listitem')).toHaveCount(Math.min(count, perPage));
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(before);
    for (const item of await list.getByRole('listitem').all()) await expect(item.locator('[data-slot="type"]')).toContainText(texts.region);
    await expect(regions.getByRole('link', {name: new RegExp(`^${escape(texts.region)} `)})).toHaveAttribute('aria-current', 'true');
    // The address alone gives the same narrowed results, so it can be shared.
    await page.goto(page.url());
    await expect(list.getByRole('listitem')).toHaveCount(Math.min(count, perPage));
    await regions.getByRole('link', {name: new RegExp(`^${texts.all} `)}).click();
    await expect(list.getByRole('listitem')).toHaveCount(Math.min(before, perPage));
    expect(new URL(page.url()).searchParams.has('region')).toBe(false);
  });

  test(`in ${locale}, each result shows its type and a clean excerpt with the match marked`, async ({page}) => {
    test.skip(!facetTheme, 'no theme has focus areas in two regions or more');
    await page.goto(`${url(locale, '/search/')}?q=${encodeURIComponent(texts.query)}`);
    const items = page.getByRole('list', {name: resultsLabel[locale]}).getByRole('listitem');
    await expect(items.first()).toBeVisible();
    for (const item of await items.all()) {
      await expect(item.locator('[data-slot="type"]')).not.toBeEmpty();
      const excerpt = (await item.locator('[data-slot="excerpt"]').textContent()) ?? '';
      // It begins at a whole word, a capital or an ellipsis, never mid-word as Pagefind's did; a word
      // may stand in brackets or quotes ("…(FUI) kring").
      expect(excerpt).toMatch(/^(…(?=[\p{Ps}\p{Pi}"]?[\p{L}\p{N}])|[\p{Ps}\p{Pi}]?[\p{Lu}\p{N}]|["“”])/u);
    }
    await expect(items.first().locator('mark').first()).toBeVisible();
  });

  test(`in ${locale}, a query that finds nothing says so and offers the browse pages`, async ({page}) => {
    await page.goto(`${url(locale, '/search/')}?q=qwxzqwxz`);
    await expect(page.getByRole('status')).toHaveText(texts.none);
    await expect(page.getByText(texts.help)).toBeVisible();
    await expect(page.getByRole('list', {name: resultsLabel[locale]})).toBeHidden();
    await expect(page.getByRole('region', {name: texts.narrow})).toBeHidden();
    await expect(page.getByRole('navigation', {name: texts.browse}).getByRole('link')).toHaveCount(6);
  });
}

// A name of one word, long enough for search to allow a slip in it, misspelt by leaving out its third letter ("Tampere" as "Tapere").
const misspelt = content.agreements.find((a) => /^\p{L}{6,}$/u.test(regionName(a.slug, 'fi')));

test('a misspelt query shows the pages with similar words, and says so', async ({page}) => {
  test.skip(!misspelt, 'no agreement has a Finnish name of one word of six letters or more');
  const name = regionName(misspelt?.slug ?? '', 'fi');
  const query = name.slice(0, 2) + name.slice(3);
  await page.goto(`${url('fi', '/search/')}?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('status')).toHaveText(words('fi')('Search.similar', {query}));
  await expect(page.getByRole('list', {name: resultsLabel.fi}).getByRole('listitem').first().getByRole('link')).toHaveText(name);
});

/** The words a page's entry holds itself (its name, the facts search indexes, its text), by the page's address. */
function ownWords(locale: Locale): Map<string, string> {
  const text = new Map<string, string>();
  const add = (sitePath: string, parts: (string | undefined)[], blocks: string[]) => text.set(address(locale, sitePath), [...parts, ...blocks].filter(Boolean).join(' '));
  for (const e of content.agreements) {
    const v = inLocale(e, locale);
    add(paths.agreement(e.slug), [v.data.title, v.data.summary, ...v.data.cities], v.blocks);
  }
  for (const e of content.focusAreas) {
    const v = inLocale(e, locale);
    add(paths.focusArea(e.slug), [v.data.title, v.data.summary, ...(v.data.alternativeNames ?? []).map((n) => n.name)], v.blocks);
  }
  for (const e of content.themes) {
    const v = inLocale(e, locale);
    add(paths.theme(e.slug), [v.data.title, v.data.summary], v.blocks);
  }
  for (const e of content.pressReleases) {
    const v = inLocale(e, locale);
    add(paths.pressRelease(e.slug), [v.data.title, v.data.summary, v.data.issuer, ...v.data.ministryVersions.map((m) => m.headline)], v.blocks);
  }
  for (const e of content.networkProjects) {
    const v = inLocale(e, locale);
    add(paths.networkProject(e.slug), [v.data.title, v.data.summary], v.blocks);
  }
  for (const e of content.pages) {
    const v = inLocale(e, locale);
    add(pagePath(e.slug), [v.data.title, v.data.description, ...(v.data.timeline ?? []).map((i) => i.text)], v.blocks);
  }
  return text;
}

/**
 * Whether a text names a region as search reads words (inflected, "Kokkolan"; or by a word of the
 * lexicon): the text alone, as a page's only words, is found by the name.
 */
function namesRegion(locale: Locale, text: string, name: string): boolean {
  const places = content.agreements.flatMap((a) => {
    const v = inLocale(a, locale).data;
    return [v.title, ...v.cities];
  });
  const lexicon = readSearchWords(contentDir, [])[locale];
  const alone = fullSearch({locale, documents: [{url: '/', type: 'page', title: '', facts: [text]}], labels: {type: {}, region: {}, theme: {}}, words: lexicon, places});
  return alone.search(name).hits.length > 0;
}

test("a region's name finds its own pages, not every page that lists the regions", async ({page}) => {
  test.skip(!agreement, 'the content has no agreement');
  const locale = 'fi';
  const slug = agreement?.slug ?? '';
  const name = regionName(slug, locale);
  await page.goto(`${url(locale, '/search/')}?q=${encodeURIComponent(name)}`);
  const list = page.getByRole('list', {name: resultsLabel[locale]});
  await expect(list.getByRole('listitem').first().getByRole('link')).toHaveText(name);
  // Every result, ten at a time.
  const total = Number(/\d+/.exec((await page.getByRole('status').textContent()) ?? '')?.[0]);
  for (let shown = 10; shown < total; shown += 10) await page.getByRole('button', {name: words(locale)('Search.more')}).click();
  await expect(list.getByRole('listitem')).toHaveCount(total);
  const found = await list.getByRole('heading', {level: 2}).getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  // Its own pages: the agreement and its focus areas.
  const own = [paths.agreement(slug), ...content.focusAreas.filter((f) => inLocale(f, locale).data.agreement === slug).map((f) => paths.focusArea(f.slug))].map((p) =>
    address(locale, p)
  );
  for (const p of own) expect(found).toContain(p);
  // Any other page is found by its own words that name the region, never because it links to or lists every region.
  const text = ownWords(locale);
  for (const href of found.filter((h) => !own.includes(h))) {
    const itsOwn = text.get(href);
    expect(itsOwn, `${href} is a page that only lists the regions`).toBeDefined();
    expect(namesRegion(locale, itsOwn ?? '', name), `${href} does not name ${name} in its own words`).toBe(true);
  }
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});
  test('the search page says so and offers the browse pages', async ({page}) => {
    const t = words('en');
    await page.goto(`${url('en', '/search/')}?q=${encodeURIComponent(city.en || 'x')}`);
    await expect(page.getByText(t('Search.noScript'), {exact: false})).toBeVisible();
    await page.getByRole('navigation', {name: t('Search.browse')}).getByRole('link', {name: t('PageType.agreements'), exact: true}).click();
    await expect(page).toHaveURL(address('en', paths.agreements));
  });
});

test('the map links every region to its agreement, with the same links listed beside it', async ({page}) => {
  const locale = 'sv';
  const t = words(locale);
  await page.goto(address(locale, paths.agreements));
  const map = page.getByRole('group', {name: t('Map.label')});
  const markers = map.getByRole('link');
  await expect(markers).toHaveCount(content.agreements.length);
  const listed = page.getByRole('list', {name: t('Map.list')}).getByRole('link');
  expect(await markers.evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')))).toEqual(await listed.allInnerTexts());
  // Any region's marker: the last, where the first is the sample elsewhere.
  const region = content.agreements.at(-1);
  if (!region) return;
  await map.getByRole('link', {name: regionName(region.slug, locale), exact: true}).click();
  await expect(page).toHaveURL(address(locale, paths.agreement(region.slug)));
});

test("a theme's map highlights only the regions with a focus area in it", async ({page}) => {
  const locale = 'en';
  const t = words(locale);
  for (const theme of content.themes) {
    const name = inLocale(theme, locale).data.title;
    const inTheme = new Set(content.focusAreas.filter((f) => inLocale(f, locale).data.theme === theme.slug).map((f) => inLocale(f, locale).data.agreement));
    await page.goto(address(locale, paths.theme(theme.slug)));
    const map = page.getByRole('group', {name: t('Map.themeLabel', {theme: name})});
    await expect(map.getByRole('link')).toHaveCount(inTheme.size);
    for (const a of content.agreements) await expect(map.getByRole('link', {name: regionName(a.slug, locale), exact: true})).toHaveCount(inTheme.has(a.slug) ? 1 : 0);
  }
});

test('the overview table shows regions by row and themes by column', async ({page}) => {
  const locale = 'en';
  const t = words(locale);
  const byOrder = <T extends {data: {order: number}}>(a: T, b: T) => a.data.order - b.data.order;
  const themes = content.themes.map((th) => ({slug: th.slug, data: inLocale(th, locale).data})).sort(byOrder);
  const focusAreas = content.focusAreas.map((f) => ({slug: f.slug, data: inLocale(f, locale).data})).sort(byOrder);
  await page.goto(address(locale, paths.agreements));
  const table = page.getByRole('table', {name: t('AgreementsPage.tableCaption')});
  await expect(table.getByRole('columnheader')).toHaveText([t('AgreementsPage.regionColumn'), ...themes.map((th) => th.data.title)]);
  const agreements = content.agreements.map((a) => ({slug: a.slug, data: inLocale(a, locale).data})).sort(byOrder);
  await expect(table.getByRole('rowheader')).toHaveText(agreements.map((a) => a.data.title));
  for (const a of agreements) {
    const row = table.getByRole('row').filter({has: page.getByRole('rowheader', {name: a.data.title, exact: true})});
    const cells = row.getByRole('cell');
    await expect(cells).toHaveCount(themes.length);
    for (const [i, th] of themes.entries()) {
      const inCell = focusAreas.filter((f) => f.data.agreement === a.slug && f.data.theme === th.slug).map((f) => f.data.title);
      if (inCell.length === 0) await expect(cells.nth(i)).toHaveText(t('AgreementsPage.none'));
      else await expect(cells.nth(i).getByRole('link')).toHaveText(inCell);
    }
  }
});

/** How many focus areas a theme or a region has. */
const countWhere = (match: (f: {theme: string; agreement: string}) => boolean) => focusAreasWhere(match).length;

/**
 * A theme that some focus areas are in and others not, so that choosing it narrows the list, and a
 * region whose list differs from the theme's; none where every focus area is in one theme.
 */
function filterSubjects(offset: number) {
  const narrowing = content.themes.filter((th) => {
    const n = countWhere((f) => f.theme === th.slug);
    return n > 0 && n < content.focusAreas.length;
  });
  const theme = narrowing[offset % Math.max(narrowing.length, 1)];
  if (!theme) return undefined;
  const inTheme = countWhere((f) => f.theme === theme.slug);
  const regions = content.agreements.filter((a) => countWhere((f) => f.agreement === a.slug) !== inTheme);
  const region = regions[offset % Math.max(regions.length, 1)] ?? content.agreements[0];
  return region ? {theme: theme.slug, region: region.slug} : undefined;
}

test('focus areas filter by theme and by region in place when JavaScript runs', async ({page}) => {
  const subjects = filterSubjects(0);
  test.skip(!subjects, 'every focus area is in one theme: no filter narrows the list');
  const {theme, region} = subjects ?? {theme: '', region: ''};
  const locale = 'fi';
  const t = words(locale);
  const inTheme = countWhere((f) => f.theme === theme);
  await page.goto(address(locale, paths.focusAreas));
  const list = page.getByRole('list', {name: t('FocusAreasPage.title')});
  await expect(list.getByRole('listitem')).toHaveCount(content.focusAreas.length);
  await page.evaluate(() => ((window as unknown as {stayed: boolean}).stayed = true));

  const themes = page.getByRole('navigation', {name: t('FocusAreasPage.themeFilter')});
  await themes.getByRole('link', {name: themeName(theme, locale), exact: true}).click();
  await expect(page).toHaveURL(address(locale, paths.focusAreasInTheme(theme)));
  await expect(list.getByRole('listitem')).toHaveCount(inTheme);
  await expect(page.getByRole('status')).toHaveText(t('FocusAreasPage.count', {count: inTheme}));
  await expect(themes.getByRole('link', {name: themeName(theme, locale), exact: true})).toHaveAttribute('aria-current', 'page');

  await page.getByRole('navigation', {name: t('FocusAreasPage.regionFilter')}).getByRole('link', {name: regionName(region, locale), exact: true}).click();
  await expect(page).toHaveURL(address(locale, paths.focusAreasOfRegion(region)));
  await expect(list.getByRole('listitem')).toHaveCount(countWhere((f) => f.agreement === region));
  expect(await page.evaluate(() => (window as unknown as {stayed?: boolean}).stayed)).toBe(true);

  await page.goBack();
  await expect(list.getByRole('listitem')).toHaveCount(inTheme);
});

test.describe('filters without JavaScript', () => {
  test.use({javaScriptEnabled: false});
  test('are links to static pages', async ({page}) => {
    // Another theme and region than the test above, where the content has them.
    const subjects = filterSubjects(1);
    test.skip(!subjects, 'every focus area is in one theme: no filter narrows the list');
    const {theme, region} = subjects ?? {theme: '', region: ''};
    const locale = 'sv';
    const t = words(locale);
    const list = page.getByRole('list', {name: t('FocusAreasPage.title')});
    await page.goto(address(locale, paths.focusAreas));
    await page.getByRole('navigation', {name: t('FocusAreasPage.themeFilter')}).getByRole('link', {name: themeName(theme, locale), exact: true}).click();
    await expect(page).toHaveURL(address(locale, paths.focusAreasInTheme(theme)));
    await expect(page.getByRole('heading', {level: 1})).toHaveText(t('FocusAreasPage.themeTitle', {theme: themeName(theme, locale)}));
    await expect(list.getByRole('listitem')).toHaveCount(countWhere((f) => f.theme === theme));
    await page.getByRole('navigation', {name: t('FocusAreasPage.regionFilter')}).getByRole('link', {name: regionName(region, locale), exact: true}).click();
    await expect(list.getByRole('listitem')).toHaveCount(countWhere((f) => f.agreement === region));
  });
});
