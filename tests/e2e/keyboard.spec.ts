import {expect, test, type Page} from '@playwright/test';
import {url} from './samples';

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
  await page.goto(url('en', '/'));
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', {name: 'Skip to main content'})).toBeFocused();
  expect(await focusIsVisible(page)).toBeNull();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  await tabTo(page, 'Tampere');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(url('en', '/agreements/tampere/'));
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Tampere');

  await page.goto(url('en', '/'));
  await tabTo(page, 'Press releases');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(url('en', '/press-releases/'));
  await tabTo(page, 'State signs ecosystem agreements with 16 city regions');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', {level: 1})).toHaveText('State signs ecosystem agreements with 16 city regions');
});

test('the header search works from the keyboard', async ({page}) => {
  await page.goto(url('fi', '/'));
  for (let i = 0; i < 10 && !(await page.getByRole('searchbox', {name: 'Hae sivustolta'}).evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(page.getByRole('searchbox', {name: 'Hae sivustolta'})).toBeFocused();
  expect(await focusIsVisible(page)).toBeNull();
  await page.keyboard.type('Oulu');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/fi\/search\/\?q=Oulu$/);
});
