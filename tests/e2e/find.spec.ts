import {expect, test} from '@playwright/test';
import {locales, url} from './samples';

// A citizen who knows only her city's name finds its agreement in two clicks or one search.
const city = {fi: 'Tampere', sv: 'Tammerfors', en: 'Tampere'} as const;
const searchLabel = {fi: 'Hae sivustolta', sv: 'Sök på webbplatsen', en: 'Search the site'} as const;
const agreementType = {fi: 'Sopimus', sv: 'Avtal', en: 'Agreement'} as const;
const resultsLabel = {fi: 'Hakutulokset', sv: 'Sökresultat', en: 'Search results'} as const;

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
// and a helpful answer when nothing matches.
const searchTexts = {
  fi: {query: 'kiertotalous', region: 'Lahti', narrow: 'Rajaa tuloksia', facet: 'Kaupunkiseutu', all: 'Kaikki', none: /^Ei tuloksia haulla ”qwxzqwxz”\.$/, help: 'Tarkista kirjoitusasu', browse: 'Selaa sivustoa'},
  sv: {query: 'cirkulär ekonomi', region: 'Lahtis', narrow: 'Avgränsa träffarna', facet: 'Stadsregion', all: 'Alla', none: /^Inga träffar för ”qwxzqwxz”\.$/, help: 'Kontrollera stavningen', browse: 'Bläddra på webbplatsen'},
  en: {query: 'circular economy', region: 'Lahti', narrow: 'Narrow the results', facet: 'City region', all: 'All', none: /^No results for “qwxzqwxz”\.$/, help: 'Check the spelling', browse: 'Browse the site'}
} as const;

for (const locale of locales) {
  const texts = searchTexts[locale];

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
  await expect(page.getByRole('status')).toHaveText('Haulla ”Tampre” ei löytynyt sivuja. Nämä sivut sisältävät samankaltaisia sanoja:');
  await expect(page.getByRole('list', {name: 'Hakutulokset'}).getByRole('listitem').first().getByRole('link')).toHaveText('Tampere');
});

test("a region's name finds its own pages, not every page that lists the regions", async ({page}) => {
  await page.goto(`${url('fi', '/search/')}?q=Kokkola`);
  const items = page.getByRole('list', {name: 'Hakutulokset'}).getByRole('listitem');
  await expect(items.first().getByRole('link')).toHaveText('Kokkola');
  for (const item of await items.all()) {
    const type = (await item.locator('[data-slot="type"]').textContent()) ?? '';
    // A page of a region names its region; other pages (releases, the programme) may mention it.
    if (type.includes(' · ')) expect(type).toContain('Kokkola');
  }
  expect(await items.count()).toBeLessThan(10);
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
  await page.goto(url('sv', '/agreements/'));
  const map = page.getByRole('group', {name: /Karta över Finland/});
  const markers = map.getByRole('link');
  await expect(markers).toHaveCount(16);
  const listed = page.getByRole('list', {name: 'Stadsregioner'}).getByRole('link');
  expect(await markers.evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')))).toEqual(await listed.allInnerTexts());
  await map.getByRole('link', {name: 'Uleåborg'}).click();
  await expect(page).toHaveURL(url('sv', '/agreements/oulu/'));
});

test("a theme's map highlights only the regions with a focus area in it", async ({page}) => {
  await page.goto(url('en', '/themes/wellbeing/'));
  const map = page.getByRole('group', {name: /theme Wellbeing/});
  await expect(map.getByRole('link')).toHaveCount(8);
  await expect(map.getByRole('link', {name: 'Rovaniemi'})).toBeVisible();
  await expect(map.getByRole('link', {name: 'Vaasa'})).toHaveCount(0);
});

test('the overview table shows regions by row and themes by column', async ({page}) => {
  await page.goto(url('en', '/agreements/'));
  const table = page.getByRole('table', {name: /focus areas of each agreement by theme/});
  await expect(table.getByRole('columnheader')).toHaveText(['City region', 'Green transition', 'Digitalisation and other new technologies', 'Wellbeing']);
  await expect(table.getByRole('rowheader')).toHaveCount(16);
  const seinajoki = table.getByRole('row').filter({has: page.getByRole('rowheader', {name: 'Seinäjoki'})});
  await expect(seinajoki.getByRole('cell')).toHaveText(['–', /Sustainable renewal of the food ecosystem.*Smart renewal of industry/s, '–']);
});

test('focus areas filter by theme and by region in place when JavaScript runs', async ({page}) => {
  await page.goto(url('fi', '/focus-areas/'));
  const list = page.getByRole('list', {name: 'Painopistealueet'});
  await expect(list.getByRole('listitem')).toHaveCount(32);
  await page.evaluate(() => ((window as unknown as {stayed: boolean}).stayed = true));

  await page.getByRole('navigation', {name: 'Rajaa teeman mukaan'}).getByRole('link', {name: 'Hyvinvointi'}).click();
  await expect(page).toHaveURL(url('fi', '/focus-areas/theme/wellbeing/'));
  await expect(list.getByRole('listitem')).toHaveCount(9);
  await expect(page.getByRole('status')).toHaveText('9 painopistealuetta');
  await expect(page.getByRole('navigation', {name: 'Rajaa teeman mukaan'}).getByRole('link', {name: 'Hyvinvointi'})).toHaveAttribute('aria-current', 'page');

  await page.getByRole('navigation', {name: 'Rajaa kaupunkiseudun mukaan'}).getByRole('link', {name: 'Kokkola'}).click();
  await expect(page).toHaveURL(url('fi', '/focus-areas/region/kokkola/'));
  await expect(list.getByRole('listitem')).toHaveCount(2);
  expect(await page.evaluate(() => (window as unknown as {stayed?: boolean}).stayed)).toBe(true);

  await page.goBack();
  await expect(list.getByRole('listitem')).toHaveCount(9);
});

test.describe('filters without JavaScript', () => {
  test.use({javaScriptEnabled: false});
  test('are links to static pages', async ({page}) => {
    await page.goto(url('sv', '/focus-areas/'));
    await page.getByRole('navigation', {name: 'Filtrera efter tema'}).getByRole('link', {name: 'Grön omställning'}).click();
    await expect(page).toHaveURL(url('sv', '/focus-areas/theme/green-transition/'));
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Tyngdpunktsområden: Grön omställning');
    await expect(page.getByRole('list', {name: 'Tyngdpunktsområden'}).getByRole('listitem')).toHaveCount(12);
    await page.getByRole('navigation', {name: 'Filtrera efter stadsregion'}).getByRole('link', {name: 'Tammerfors'}).click();
    await expect(page.getByRole('list', {name: 'Tyngdpunktsområden'}).getByRole('listitem')).toHaveCount(3);
  });
});
