import {expect, test} from '@playwright/test';
import type {Locale} from '../../lib/i18n/routing';
import {paths} from '../../lib/paths';
import {content, inLocale, pagePath, words} from './expected';
import {locales, url} from './samples';

const address = (locale: Locale, sitePath: string) => url(locale, `${sitePath}/`);
/** An agreement's name in a language, from its entry. */
const regionName = (slug: string, locale: Locale) => {
  const entry = content.agreements.find((a) => a.slug === slug);
  return entry ? inLocale(entry, locale).data.title : slug;
};

// A citizen who knows only her city's name finds its agreement in two clicks or one search.
const city = {fi: regionName('tampere', 'fi'), sv: regionName('tampere', 'sv'), en: regionName('tampere', 'en')} as const;
const searchLabel = {fi: words('fi')('Search.label'), sv: words('sv')('Search.label'), en: words('en')('Search.label')} as const;
const agreementType = {fi: words('fi')('PageType.agreement'), sv: words('sv')('PageType.agreement'), en: words('en')('PageType.agreement')} as const;
const resultsLabel = {fi: words('fi')('Search.results'), sv: words('sv')('Search.results'), en: words('en')('Search.results')} as const;

for (const locale of locales) {
  test(`search in ${locale} finds ${city[locale]}'s agreement among ${locale} pages only`, async ({page}) => {
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
    await expect(first.locator('mark').first()).toHaveText(new RegExp(city[locale], 'i'));
    await first.getByRole('link').click();
    await expect(page).toHaveURL(url(locale, '/agreements/tampere/'));
  });

  test(`from the ${locale} home page a city's agreement is one click away, without JavaScript too`, async ({browser}) => {
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
  await page.goto(`${url('en', '/search/')}?q=agreement`);
  const list = page.getByRole('list', {name: 'Search results'});
  await expect(list.getByRole('listitem')).toHaveCount(10);
  const total = Number(/^(\d+) results/.exec((await page.getByRole('status').textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(20);
  await page.getByRole('button', {name: 'Show more results'}).click();
  await expect(list.getByRole('listitem')).toHaveCount(20);
  await expect(list.getByRole('listitem').nth(10).getByRole('link')).toBeFocused();
  // Once every result is shown, the button goes.
  const more = page.getByRole('button', {name: 'Show more results'});
  for (let shown = 20; shown < total; shown += 10) await more.click();
  await expect(list.getByRole('listitem')).toHaveCount(total);
  await expect(more).toBeHidden();
});

// What each language's reader sees: facets that narrow by region in the address, clean excerpts,
// and a helpful answer when nothing matches. The queries are what a reader types; every label
// comes from the messages, and the region's name from its entry.
const queries = {fi: 'kiertotalous', sv: 'cirkulär ekonomi', en: 'circular economy'} as const;
const searchTexts = (locale: Locale) => {
  const t = words(locale);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return {
    query: queries[locale],
    region: regionName('lahti', locale),
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
    await page.goto(`${url(locale, '/search/')}?q=${encodeURIComponent(texts.query)}`);
    const list = page.getByRole('list', {name: resultsLabel[locale]});
    await expect(list.getByRole('listitem').first()).toBeVisible();
    const before = await list.getByRole('listitem').count();
    const facets = page.getByRole('region', {name: texts.narrow});
    const regions = facets.getByRole('list', {name: texts.facet});
    await expect(regions.getByRole('link', {name: new RegExp(`^${texts.all} \\(\\d+\\)$`)})).toHaveAttribute('aria-current', 'true');
    const option = regions.getByRole('link', {name: new RegExp(`^${texts.region} \\(\\d+\\)$`)});
    const count = Number(/\((\d+)\)/.exec((await option.textContent()) ?? '')?.[1]);
    await option.click();
    await expect(page).toHaveURL(new RegExp(`[?&]region=lahti(&|$)`));
    expect(new URL(page.url()).searchParams.get('q')).toBe(texts.query);
    await expect(list.getByRole('listitem')).toHaveCount(count);
    expect(count).toBeLessThan(before);
    for (const item of await list.getByRole('listitem').all()) await expect(item.locator('[data-slot="type"]')).toContainText(texts.region);
    await expect(regions.getByRole('link', {name: new RegExp(`^${texts.region} `)})).toHaveAttribute('aria-current', 'true');
    // The address alone gives the same narrowed results, so it can be shared.
    await page.goto(page.url());
    await expect(list.getByRole('listitem')).toHaveCount(count);
    await regions.getByRole('link', {name: new RegExp(`^${texts.all} `)}).click();
    await expect(list.getByRole('listitem')).toHaveCount(before);
    expect(new URL(page.url()).searchParams.has('region')).toBe(false);
  });

  test(`in ${locale}, each result shows its type and a clean excerpt with the match marked`, async ({page}) => {
    await page.goto(`${url(locale, '/search/')}?q=${encodeURIComponent(texts.query)}`);
    const items = page.getByRole('list', {name: resultsLabel[locale]}).getByRole('listitem');
    await expect(items.first()).toBeVisible();
    for (const item of await items.all()) {
      await expect(item.locator('[data-slot="type"]')).not.toBeEmpty();
      const excerpt = (await item.locator('[data-slot="excerpt"]').textContent()) ?? '';
      // It begins at a whole word, a capital or an ellipsis, never mid-word as Pagefind's did.
      expect(excerpt).toMatch(/^(…(?=[\p{L}\p{N}])|[\p{Lu}\p{N}"“”])/u);
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

test('a misspelt query shows the pages with similar words, and says so', async ({page}) => {
  await page.goto(`${url('fi', '/search/')}?q=Tampre`);
  await expect(page.getByRole('status')).toHaveText(words('fi')('Search.similar', {query: 'Tampre'}));
  await expect(page.getByRole('list', {name: resultsLabel.fi}).getByRole('listitem').first().getByRole('link')).toHaveText(city.fi);
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

test("a region's name finds its own pages, not every page that lists the regions", async ({page}) => {
  const locale = 'fi';
  const slug = 'kokkola';
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
  for (const href of found.filter((h) => !own.includes(h))) expect(text.get(href) ?? '(a page that only lists the regions)', href).toContain(name);
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});
  test('the search page says so and offers the browse pages', async ({page}) => {
    await page.goto(`${url('en', '/search/')}?q=Tampere`);
    await expect(page.getByText('Search needs JavaScript, which is not running in your browser.', {exact: false})).toBeVisible();
    await page.getByRole('navigation', {name: 'Browse the site'}).getByRole('link', {name: 'Agreements', exact: true}).click();
    await expect(page).toHaveURL(url('en', '/agreements/'));
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
  await map.getByRole('link', {name: regionName('oulu', locale), exact: true}).click();
  await expect(page).toHaveURL(address(locale, paths.agreement('oulu')));
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
const focusAreasWhere = (match: (f: {theme: string; agreement: string}) => boolean) => content.focusAreas.filter((f) => match(inLocale(f, 'fi').data)).length;
const themeName = (slug: string, locale: Locale) => {
  const entry = content.themes.find((th) => th.slug === slug);
  return entry ? inLocale(entry, locale).data.title : slug;
};

test('focus areas filter by theme and by region in place when JavaScript runs', async ({page}) => {
  const locale = 'fi';
  const t = words(locale);
  const [theme, region] = ['wellbeing', 'kokkola'];
  const inTheme = focusAreasWhere((f) => f.theme === theme);
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
  await expect(list.getByRole('listitem')).toHaveCount(focusAreasWhere((f) => f.agreement === region));
  expect(await page.evaluate(() => (window as unknown as {stayed?: boolean}).stayed)).toBe(true);

  await page.goBack();
  await expect(list.getByRole('listitem')).toHaveCount(inTheme);
});

test.describe('filters without JavaScript', () => {
  test.use({javaScriptEnabled: false});
  test('are links to static pages', async ({page}) => {
    const locale = 'sv';
    const t = words(locale);
    const [theme, region] = ['green-transition', 'tampere'];
    const list = page.getByRole('list', {name: t('FocusAreasPage.title')});
    await page.goto(address(locale, paths.focusAreas));
    await page.getByRole('navigation', {name: t('FocusAreasPage.themeFilter')}).getByRole('link', {name: themeName(theme, locale), exact: true}).click();
    await expect(page).toHaveURL(address(locale, paths.focusAreasInTheme(theme)));
    await expect(page.getByRole('heading', {level: 1})).toHaveText(t('FocusAreasPage.themeTitle', {theme: themeName(theme, locale)}));
    await expect(list.getByRole('listitem')).toHaveCount(focusAreasWhere((f) => f.theme === theme));
    await page.getByRole('navigation', {name: t('FocusAreasPage.regionFilter')}).getByRole('link', {name: regionName(region, locale), exact: true}).click();
    await expect(list.getByRole('listitem')).toHaveCount(focusAreasWhere((f) => f.agreement === region));
  });
});
