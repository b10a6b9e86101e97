import {expect, test} from '@playwright/test';
import {paths} from '../../lib/paths';
import {content, inLocale, releasesNewestFirst, titleOf, words} from './expected';
import {url} from './samples';

test.use({javaScriptEnabled: false});

const title = titleOf;

/** A region's themes, from its focus areas. */
const themesOf = (region: string) => content.focusAreas.map((f) => inLocale(f, 'sv').data).filter((f) => f.agreement === region).map((f) => f.theme);

test('a whole journey works without JavaScript', async ({page}) => {
  const sv = words('sv');
  const en = words('en');
  // A region with a theme that another region shares, that theme, and that other region: the first such in the content.
  const pair = content.agreements
    .flatMap((a) => themesOf(a.slug).map((theme) => ({region: a.slug, theme, other: content.agreements.find((o) => o.slug !== a.slug && themesOf(o.slug).includes(theme))?.slug})))
    .find((p) => p.other !== undefined);
  test.skip(!pair, 'no two regions share a theme');
  const {region, theme, other: otherSlug = ''} = pair ?? {region: '', theme: ''};
  const own = content.focusAreas.filter((f) => inLocale(f, 'sv').data.agreement === region);

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

  // On to the newest release, where there is one, and home by the breadcrumbs.
  const [newest] = releasesNewestFirst;
  if (newest) {
    await page.getByRole('navigation', {name: en('MainNav.label')}).getByRole('link', {name: en('MainNav.pressReleases')}).click();
    await page.getByRole('region', {name: en('PressReleasesPage.latest')}).getByRole('heading', {level: 3}).getByRole('link').first().click();
    await expect(page.getByRole('heading', {level: 1})).toHaveText(inLocale(newest, 'en').data.title);
    await expect(page.getByRole('region', {name: en('PressReleasePage.attributionHeading', {kind: inLocale(newest, 'en').data.kind})})).toBeVisible();
  }
  await page.getByRole('navigation', {name: en('Breadcrumbs.label')}).getByRole('link', {name: en('Breadcrumbs.home')}).click();
  await expect(page).toHaveURL(url('en', '/'));
});
