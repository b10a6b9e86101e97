import AxeBuilder from '@axe-core/playwright';
import {expect, test, type Page} from '@playwright/test';
import {builtPages} from './site';
import {content, focusAreasWhere, inLocale, words} from './expected';

// Every page of the built site, in every language, checked as the law and our users require:
// WCAG 2.2 AA rules by axe-core, headings and landmarks, reflow at 320 px, text at 200 %, and
// the page's content and navigation without JavaScript.
const pages = [...builtPages(), '/no-such-page/'];

async function axeViolations(page: Page, url: string): Promise<string[]> {
  const result = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} on ${url} at ${n.target.join(' ')}: ${v.help}`));
}

async function structure(page: Page) {
  return page.evaluate(() => {
    const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
      .filter((h) => h.closest('[hidden], [aria-hidden="true"]') === null)
      .map((h) => Number(h.tagName[1]));
    const skipped = levels.flatMap((level, i) => (i > 0 && level > (levels[i - 1] ?? 0) + 1 ? [`h${levels[i - 1]} → h${level}`] : []));
    const unlabelledNavs = [...document.querySelectorAll('nav')].filter((n) => !n.getAttribute('aria-label') && !n.getAttribute('aria-labelledby')).length;
    return {h1: levels.filter((l) => l === 1).length, skipped, unlabelledNavs, mains: document.querySelectorAll('main').length};
  });
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

// Axe is the slow part; the pages are shared among a few tests that each reuse one browser page.
const chunks = 6;
for (let chunk = 0; chunk < chunks; chunk += 1) {
  const share = pages.filter((_, i) => i % chunks === chunk);
  test(`pages ${chunk + 1}/${chunks} pass axe and have sound headings and landmarks`, async ({page}) => {
    test.setTimeout(600_000);
    const problems: string[] = [];
    for (const url of share) {
      await page.goto(url);
      problems.push(...(await axeViolations(page, url)));
      const s = await structure(page);
      if (s.h1 !== 1) problems.push(`${url}: ${s.h1} h1 elements instead of one`);
      for (const skip of s.skipped) problems.push(`${url}: heading levels skip ${skip}`);
      if (s.unlabelledNavs > 0) problems.push(`${url}: ${s.unlabelledNavs} nav landmarks without a label`);
      if (s.mains !== 1) problems.push(`${url}: ${s.mains} main landmarks`);
      const marked = await page.locator('header [aria-current="page"], nav [aria-current="page"]').count();
      if (url !== '/' && url !== '/no-such-page/' && marked === 0) problems.push(`${url}: navigation does not mark the current page`);
    }
    expect(problems).toEqual([]);
  });
}

// The search page once its island has filled it: results, facets and the no-results state.
test('search with results, facets and none pass axe and keep sound headings, in every language', async ({page}) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  // Queries as readers type them, from the content: a theme's name (one with focus areas in several
  // regions, so that the facets show) and a focus area's name narrowed to focus areas; and a word found nowhere.
  const theme = content.themes.find((th) => new Set(focusAreasWhere((f) => f.theme === th.slug).map((f) => inLocale(f, 'fi').data.agreement)).size >= 2) ?? content.themes[0];
  const [focusArea] = content.focusAreas;
  const q = (text: string) => encodeURIComponent(text);
  const searches = [
    `/fi/search/?q=${q(theme ? inLocale(theme, 'fi').data.title : words('fi')('PageType.agreement'))}`,
    `/sv/search/?q=${q(focusArea ? inLocale(focusArea, 'sv').data.title : words('sv')('PageType.focusArea'))}&type=focus-area`,
    '/en/search/?q=qwxzqwxz'
  ];
  for (const url of searches) {
    await page.goto(url);
    await expect(page.getByRole('status')).toHaveText(/”|“/);
    problems.push(...(await axeViolations(page, url)));
    const s = await structure(page);
    for (const skip of s.skipped) problems.push(`${url}: heading levels skip ${skip}`);
  }
  expect(problems).toEqual([]);
});

// The checks below are cheap per page, so each walks the whole site in one browser page.

test('no page scrolls sideways at 320 CSS pixels, nor with text at 200 %', async ({page}) => {
  test.setTimeout(300_000);
  const failing: string[] = [];
  for (const url of pages) {
    // Reflow (WCAG 1.4.10) at 320 CSS pixels wide.
    await page.setViewportSize({width: 320, height: 640});
    await page.goto(url);
    const narrow = await overflow(page);
    if (narrow > 0) failing.push(`${url} is ${narrow} px too wide at 320 px`);
    // Resize text (WCAG 1.4.4): 200 % text at a desktop width.
    await page.setViewportSize({width: 1280, height: 800});
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    const large = await overflow(page);
    if (large > 0) failing.push(`${url} is ${large} px too wide with 200 % text`);
  }
  expect(failing).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});
  test('every page shows its heading and content', async ({page}) => {
    test.setTimeout(300_000);
    const failing: string[] = [];
    for (const url of pages) {
      await page.goto(url);
      const h1 = await page.getByRole('heading', {level: 1}).count();
      const text = (await page.locator('main').innerText()).trim().length;
      if (h1 !== 1 || text < 40) failing.push(`${url}: ${h1} h1, ${text} characters of content`);
    }
    expect(failing).toEqual([]);
  });
});
