import AxeBuilder from '@axe-core/playwright';
import {expect, test, type Page} from '@playwright/test';
import type {Locale} from '../../lib/i18n/routing';
import {paths} from '../../lib/paths';
import {inLocale, words} from './expected';
import {locales, sample, url} from './samples';

// The search page and the header's search box as a reader meets them: one search field at a time,
// a labelled box in the header, language links that keep the query, the browse links right after
// the answer, and a way on without JavaScript.

/** A query as a reader types it: a region's name (or, with no region, the word for an agreement). */
const query = (locale: Locale) => (sample.agreement ? inLocale(sample.agreement, locale).data.title : words(locale)('PageType.agreement'));
const searchPage = (locale: Locale, params: Record<string, string> = {}) => `${url(locale, `${paths.search}/`)}${Object.keys(params).length > 0 ? `?${new URLSearchParams(params)}` : ''}`;
/** A page with the header's search box: the home page. */
const home = (locale: Locale) => url(locale, '/');
const phone = {width: 390, height: 844};
const desktop = {width: 1280, height: 800};

/** The search island's answer is shown: the status names the query. */
const answered = (page: Page, q: string) => expect(page.getByRole('status')).toContainText(q);

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} on ${page.url()} at ${n.target.join(' ')}: ${v.help}`));
}

for (const locale of locales) {
  const t = words(locale);

  test(`in ${locale}, the language links of the search page keep the query and the narrowing`, async ({page}) => {
    const narrowing: Record<string, string> = sample.agreement ? {region: sample.agreement.slug} : {};
    await page.goto(searchPage(locale, {q: query(locale), ...narrowing}));
    const languages = page.getByRole('navigation', {name: t('LanguageSwitcher.label')});
    for (const other of locales) {
      const link = languages.getByRole('link', {name: words(other)('LanguageSwitcher.selfName'), exact: true});
      await expect(link).toHaveAttribute('href', searchPage(other, {q: query(locale), ...narrowing}));
    }
    const other = locales.find((l) => l !== locale) ?? locale;
    await languages.getByRole('link', {name: words(other)('LanguageSwitcher.selfName'), exact: true}).click();
    await expect(page).toHaveURL(searchPage(other, {q: query(locale), ...narrowing}));
    await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue(query(locale));
  });

  for (const viewport of [phone, desktop]) {
    test(`in ${locale} at ${viewport.width} px, the header's search box has a visible label`, async ({page}) => {
      await page.setViewportSize(viewport);
      await page.goto(home(locale));
      const header = page.getByRole('banner');
      await expect(header.getByRole('searchbox', {name: t('Search.label')})).toBeInViewport();
      // Shown as text a reader can read, not only to screen readers (a visually hidden label is 1 px).
      const label = header.getByText(t('Search.label'), {exact: true});
      await expect(label).toBeInViewport();
      const box = await label.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThan(10);
      expect(box?.width ?? 0).toBeGreaterThan(20);
    });

    test(`in ${locale} at ${viewport.width} px, the search page shows one search field, with the query in it`, async ({page}) => {
      await page.setViewportSize(viewport);
      await page.goto(searchPage(locale, {q: query(locale)}));
      await answered(page, query(locale));
      const fields = page.getByRole('searchbox').filter({visible: true});
      await expect(fields).toHaveCount(1);
      await expect(fields).toHaveValue(query(locale));
    });
  }
}

/** How far below the answer (the last thing the search results show) the browse links begin, in CSS pixels. */
async function gapBeforeBrowse(page: Page, browseLabel: string): Promise<number> {
  const browse = page.getByRole('navigation', {name: browseLabel});
  await expect(browse).toBeVisible();
  return browse.evaluate((nav) => {
    const results = nav.previousElementSibling;
    const shown = [...(results?.querySelectorAll('*') ?? [])].filter((el) => el.checkVisibility() && el.getClientRects().length > 0);
    const answerEnd = Math.max(...shown.map((el) => el.getBoundingClientRect().bottom));
    return nav.getBoundingClientRect().top - answerEnd;
  });
}

test('the browse links follow the answer directly, with few results or none, on a phone and a desktop', async ({page}) => {
  const locale = 'fi';
  const t = words(locale);
  // Few results: a region's own agreement page; none: a word found nowhere.
  const few: Record<string, string> = sample.agreement ? {type: 'agreement'} : {};
  for (const viewport of [phone, desktop]) {
    await page.setViewportSize(viewport);
    for (const [q, narrowing] of [[query(locale), few], ['qwxzqwxz', {}]] as const) {
      await page.goto(searchPage(locale, {q, ...narrowing}));
      await answered(page, q);
      const gap = await gapBeforeBrowse(page, t('Search.browse'));
      expect(gap, `${page.url()} at ${viewport.width} px`).toBeLessThan(100);
    }
    // With nothing found, the browse links the help text points to are on the first screen.
    await expect(page.getByRole('navigation', {name: t('Search.browse')}).getByRole('link').first()).toBeInViewport();
  }
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  for (const locale of locales) {
    test(`in ${locale}, the header's search leads to a page that says why and offers the browse pages`, async ({page}) => {
      const t = words(locale);
      await page.goto(home(locale));
      const field = page.getByRole('banner').getByRole('searchbox', {name: t('Search.label')});
      await field.fill(query(locale));
      await field.press('Enter');
      await expect(page).toHaveURL(searchPage(locale, {q: query(locale)}));
      await expect(page.getByText(t('Search.noScript'))).toBeVisible();
      // No field that cannot search.
      await expect(page.getByRole('searchbox').filter({visible: true})).toHaveCount(0);
      const browse = page.getByRole('navigation', {name: t('Search.browse')});
      for (const [name, target] of [
        [t('MainNav.agreements'), paths.agreements],
        [t('MainNav.themes'), paths.themes],
        [t('MainNav.focusAreas'), paths.focusAreas],
        [t('MainNav.pressReleases'), paths.pressReleases]
      ] as const) {
        await expect(browse.getByRole('link', {name, exact: true})).toHaveAttribute('href', url(locale, `${target}/`));
      }
      await browse.getByRole('link', {name: t('MainNav.agreements'), exact: true}).click();
      await expect(page).toHaveURL(url(locale, `${paths.agreements}/`));
    });
  }
});

test('the search page passes axe with results, with none and with no query, on a phone and a desktop', async ({page}) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  const pages = [
    {address: searchPage('fi', {q: query('fi')}), q: query('fi')},
    {address: searchPage('sv', {q: 'qwxzqwxz'}), q: 'qwxzqwxz'},
    {address: searchPage('en'), q: undefined}
  ];
  for (const viewport of [phone, desktop]) {
    await page.setViewportSize(viewport);
    for (const {address, q} of pages) {
      await page.goto(address);
      if (q) await answered(page, q);
      else await expect(page.getByRole('status')).toHaveText(words('en')('Search.prompt'));
      await expect(page.getByRole('contentinfo')).toBeVisible();
      problems.push(...(await axeViolations(page)));
    }
  }
  expect(problems).toEqual([]);
});

test('after a search the count of results has focus, so that a keyboard user reads on from there', async ({page}) => {
  const locale = locales[0]!;
  await page.goto(searchPage(locale, {q: query(locale)}));
  await answered(page, query(locale));
  await expect(page.getByRole('status')).toBeFocused();
  // The next Tab reaches a narrowing link or the first result, not the top of the page.
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.closest('[data-island="search"]') !== null);
  expect(focused).toBe(true);
});
