import {expect, test} from '@playwright/test';
import {readSettings} from '../../lib/site-settings';
import {words} from './expected';
import {locales, pageTypes, samplePath, ui, url} from './samples';

const {feedbackEmail} = readSettings();

// Every page type in every language, as a reader meets it.
for (const locale of locales) {
  for (const {type, path} of pageTypes) {
    test(`${type} in ${locale}: readable, labelled and switchable to the other languages`, async ({page}) => {
      const response = await page.goto(url(locale, path));
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', {level: 1})).toHaveCount(1);
      await expect(page.getByRole('heading', {level: 1})).toBeVisible();
      await expect(page).toHaveTitle(new RegExp(ui[locale].site));
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);

      // The skip link is the first stop and takes focus to the main content.
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', {name: ui[locale].skip});
      await expect(skip).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.locator('main')).toBeFocused();

      await expect(page.getByRole('navigation', {name: ui[locale].main})).toBeVisible();
      if (path !== '/') {
        const crumbs = page.getByRole('navigation', {name: ui[locale].breadcrumb});
        await expect(crumbs.locator('[aria-current="page"]')).toHaveText((await page.getByRole('heading', {level: 1}).innerText()).trim());
      }
      await expect(page.getByRole('contentinfo')).toContainText(feedbackEmail);

      for (const other of locales.filter((l) => l !== locale)) {
        await page.goto(url(locale, path));
        await page.getByRole('navigation', {name: ui[locale].language}).getByRole('link', {name: ui[other].self}).click();
        await expect(page).toHaveURL(url(other, path));
        await expect(page.locator('html')).toHaveAttribute('lang', other);
      }
    });
  }
}

// An entry's page, the first agreement's, and the list it belongs to.
const agreement = samplePath('agreement');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('the head carries canonical and hreflang links to every language version', async ({page}) => {
  test.skip(!agreement, 'the content has no agreement');
  const path = agreement ?? '';
  await page.goto(url('sv', path));
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${escape(url('sv', path))}$`));
  for (const l of locales) {
    await expect(page.locator(`link[rel="alternate"][hreflang="${l}"]`)).toHaveAttribute('href', new RegExp(`${escape(url(l, path))}$`));
  }
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', new RegExp(`${escape(url('fi', path))}$`));
});

test('the main navigation marks the section of the current page', async ({page}) => {
  test.skip(!agreement, 'the content has no agreement');
  const section = words('en')('MainNav.agreements');
  await page.goto(url('en', agreement ?? ''));
  const nav = page.getByRole('navigation', {name: ui.en.main});
  await expect(nav.getByRole('link', {name: section, exact: true})).toHaveAttribute('aria-current', 'true');
  await page.goto(url('en', '/agreements/'));
  await expect(nav.getByRole('link', {name: section, exact: true})).toHaveAttribute('aria-current', 'page');
});
