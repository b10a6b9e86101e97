import {expect, test} from '@playwright/test';
import type {Locale} from '../../lib/i18n/routing';
import {paths} from '../../lib/paths';
import {content, inLocale, releasesNewestFirst, words} from './expected';
import {url} from './samples';

test.use({javaScriptEnabled: false});

const title = (entries: {slug: string; versions: Partial<Record<Locale, {data: {title: string}}>>}[], slug: string, locale: Locale) =>
  {
  const entry = entries.find((e) => e.slug === slug);
  return entry ? inLocale(entry, locale).data.title : slug;
};

test('a whole journey works without JavaScript', async ({page}) => {
  const sv = words('sv');
  const en = words('en');
  const region = 'tampere';
  const own = content.focusAreas.filter((f) => inLocale(f, 'sv').data.agreement === region);
  // A theme of the region's, and another region with a focus area in it.
  const theme = own[0] ? inLocale(own[0], 'sv').data.theme : '';
  const other = content.agreements.find((a) => a.slug !== region && content.focusAreas.some((f) => inLocale(f, 'sv').data.agreement === a.slug && inLocale(f, 'sv').data.theme === theme));
  expect(other, `another region shares the theme ${theme}`).toBeDefined();
  const otherSlug = other?.slug ?? '';

  await page.goto('/');
  await page.getByRole('link', {name: sv('LanguageSwitcher.selfName')}).click();
  await expect(page.getByRole('heading', {level: 1})).toHaveText(title(content.pages, 'home', 'sv'));

  await page.getByRole('link', {name: title(content.agreements, region, 'sv'), exact: true}).first().click();
  await expect(page.getByRole('heading', {level: 1})).toHaveText(title(content.agreements, region, 'sv'));
  await expect(page.getByRole('region', {name: sv('AgreementPage.focusAreas')}).getByRole('listitem')).toHaveCount(own.length);

  await page.getByRole('region', {name: sv('AgreementPage.sharedHeading')}).getByRole('link', {name: title(content.themes, theme, 'sv'), exact: true}).click();
  await expect(page.getByRole('heading', {level: 1})).toHaveText(title(content.themes, theme, 'sv'));

  await page.getByRole('region', {name: sv('ThemePage.byRegion')}).getByRole('heading', {name: title(content.agreements, otherSlug, 'sv'), exact: true}).getByRole('link').click();
  await expect(page.getByRole('heading', {level: 1})).toHaveText(title(content.agreements, otherSlug, 'sv'));
  await page.getByRole('navigation', {name: sv('LanguageSwitcher.label')}).getByRole('link', {name: en('LanguageSwitcher.selfName')}).click();
  await expect(page).toHaveURL(url('en', `${paths.agreement(otherSlug)}/`));

  await page.getByRole('navigation', {name: en('MainNav.label')}).getByRole('link', {name: en('MainNav.pressReleases')}).click();
  await page.getByRole('region', {name: en('PressReleasesPage.latest')}).getByRole('heading', {level: 3}).getByRole('link').first().click();
  const [newest] = releasesNewestFirst;
  await expect(page.getByRole('heading', {level: 1})).toHaveText(newest ? inLocale(newest, 'en').data.title : '');
  await expect(page.getByRole('region', {name: en('PressReleasePage.attributionHeading', {kind: newest ? inLocale(newest, 'en').data.kind : 'press-release'})})).toBeVisible();
  await page.getByRole('navigation', {name: en('Breadcrumbs.label')}).getByRole('link', {name: en('Breadcrumbs.home')}).click();
  await expect(page).toHaveURL(url('en', '/'));
});
