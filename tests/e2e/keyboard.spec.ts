import {expect, test, type Page} from '@playwright/test';
import {paths} from '../../lib/paths';
import {inLocale, releasesNewestFirst, words} from './expected';
import {sample, url} from './samples';

// A keyboard user gets everywhere with Tab and Enter, and always sees where the focus is.

async function focusIsVisible(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'nothing has focus';
    const style = getComputedStyle(el);
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) return null;
    if (style.boxShadow !== 'none') return null;
    // Map markers show focus on their circles.
    const circle = el.querySelector('circle');
    if (circle && parseFloat(getComputedStyle(circle).strokeWidth) >= 4) return null;
    return `no visible focus on ${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  });
}

/** Presses Tab until the named link has focus, checking the focus ring at every stop. */
async function tabTo(page: Page, name: string, limit = 120) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    expect(await focusIsVisible(page)).toBeNull();
    const label = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? (el.getAttribute('aria-label') ?? (el.textContent ?? '').trim()) : '';
    });
    if (label === name) return;
  }
  throw new Error(`"${name}" was not reached in ${limit} presses of Tab`);
}

test('from the home page to an agreement and to a press release with Tab and Enter alone', async ({page}) => {
  const t = words('en');
  // The first agreement of the content, and the newest release, which the press room lists first.
  const agreement = sample.agreement;
  test.skip(!agreement, 'the content has no agreement');
  const name = agreement ? inLocale(agreement, 'en').data.title : '';
  await page.goto(url('en', '/'));
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', {name: t('SkipLink.label')})).toBeFocused();
  expect(await focusIsVisible(page)).toBeNull();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  await tabTo(page, name);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(url('en', `${paths.agreement(agreement?.slug ?? '')}/`));
  await expect(page.getByRole('heading', {level: 1})).toHaveText(name);

  const [newest] = releasesNewestFirst;
  if (!newest) return;
  const title = inLocale(newest, 'en').data.title;
  await page.goto(url('en', '/'));
  await tabTo(page, t('MainNav.pressReleases'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(url('en', `${paths.pressReleases}/`));
  await tabTo(page, title);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', {level: 1})).toHaveText(title);
});

test('the header search works from the keyboard', async ({page}) => {
  const t = words('fi');
  // What a reader types: a region's name.
  const query = sample.agreement ? inLocale(sample.agreement, 'fi').data.title : t('PageType.agreement');
  await page.goto(url('fi', '/'));
  const box = page.getByRole('searchbox', {name: t('Search.label')});
  for (let i = 0; i < 10 && !(await box.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(box).toBeFocused();
  expect(await focusIsVisible(page)).toBeNull();
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL((address) => address.pathname === url('fi', `${paths.search}/`) && address.searchParams.get('q') === query && [...address.searchParams.keys()].length === 1);
});
