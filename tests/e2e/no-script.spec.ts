import {expect, test} from '@playwright/test';

test.use({javaScriptEnabled: false});

test('a whole journey works without JavaScript', async ({page}) => {
  await page.goto('/');
  await page.getByRole('link', {name: 'Svenska'}).click();
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Ekosystemavtal');

  await page.getByRole('link', {name: 'Tammerfors'}).first().click();
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Tammerfors');
  await expect(page.getByRole('region', {name: 'Tyngdpunktsområden'}).getByRole('listitem')).toHaveCount(3);

  await page.getByRole('region', {name: 'Andra stadsregioner med samma teman'}).getByRole('link', {name: 'Välfärd'}).click();
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Välfärd');

  await page.getByRole('link', {name: 'Rovaniemi'}).first().click();
  await page.getByRole('navigation', {name: 'Språk'}).getByRole('link', {name: 'English'}).click();
  await expect(page).toHaveURL('/en/agreements/rovaniemi/');

  await page.getByRole('navigation', {name: 'Main'}).getByRole('link', {name: 'Press releases'}).click();
  await page.getByRole('region', {name: 'Latest press releases'}).getByRole('heading', {level: 3}).getByRole('link').first().click();
  await expect(page.getByRole('heading', {name: 'Further information'})).toBeVisible();
  await page.getByRole('navigation', {name: 'Breadcrumb'}).getByRole('link', {name: 'Home'}).click();
  await expect(page).toHaveURL('/en/');
});
