import {expect, test} from '@playwright/test';
import {locales, ui, url} from './samples';

test('the bare address offers the three languages, each named in itself', async ({page}) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  for (const locale of locales) {
    const link = page.getByRole('link', {name: ui[locale].self});
    await expect(link).toHaveAttribute('href', url(locale, '/'));
    await expect(link).toHaveAttribute('hreflang', locale);
  }
  await page.getByRole('link', {name: 'Svenska'}).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
});

for (const missing of ['/no-such-page/', url('fi', '/agreements/no-such-region/'), url('en', '/press-releases/2099-01-01-nothing/')]) {
  test(`an unknown address (${missing}) gets a 404 page in all three languages`, async ({page}) => {
    const response = await page.goto(missing);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Sivua ei löytynyt');
    await expect(page.getByRole('heading', {name: 'Sidan hittades inte'})).toBeVisible();
    await expect(page.getByRole('heading', {name: 'Page not found'})).toBeVisible();
    for (const locale of locales) {
      await expect(page.locator(`a[hreflang="${locale}"]`)).toHaveAttribute('href', url(locale, '/'));
    }
    await page.getByRole('link', {name: 'Go to the home page in English'}).click();
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Ecosystem agreements');
  });
}
