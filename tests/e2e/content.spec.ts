import {expect, test} from '@playwright/test';
import {url} from './samples';

test('the home page shows the programme, all 16 regions, the themes, releases and key dates', async ({page}) => {
  await page.goto(url('en', '/'));
  const regions = page.getByRole('region', {name: 'City regions'});
  await expect(regions.getByRole('list', {name: 'City regions'}).getByRole('link')).toHaveCount(16);
  await expect(regions.getByRole('list').getByRole('link', {name: 'Helsinki, Espoo and Vantaa'})).toBeVisible();
  await expect(page.getByRole('region', {name: 'Themes'}).getByRole('link')).toHaveText([
    'Green transition',
    'Digitalisation and other new technologies',
    'Wellbeing'
  ]);
  await expect(page.getByRole('region', {name: 'Latest press releases'}).getByRole('heading', {level: 3}).first()).toContainText('16');
  await expect(page.getByRole('region', {name: 'Key dates'}).locator('time[datetime="2027-12-31"]')).toHaveText('31 December 2027');
});

test("an agreement page shows its cities, period, focus areas and the regions sharing its themes", async ({page}) => {
  await page.goto(url('sv', '/agreements/helsinki-espoo-vantaa/'));
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Helsingfors, Esbo och Vanda');
  await expect(page.getByRole('definition').filter({hasText: 'Helsingfors, Esbo, Vanda'})).toBeVisible();
  await expect(page.locator('time[datetime="2021-02-09"]')).toHaveText('9.2.2021');
  await expect(page.locator('time[datetime="2027-12-31"]')).toHaveText('31.12.2027');
  const focus = page.getByRole('region', {name: 'Tyngdpunktsområden'});
  await expect(focus.getByRole('listitem')).toHaveCount(3);
  const shared = page.getByRole('region', {name: 'Andra regioner med samma teman'});
  await expect(shared.getByRole('heading', {level: 3})).toHaveCount(3);
  await expect(shared.getByRole('link', {name: 'Tammerfors'}).first()).toBeVisible();
  await expect(page.getByRole('link', {name: /arbets- och näringsministeriets webbplats/})).toHaveAttribute('href', 'https://tem.fi/ekosysteemisopimukset');
});

test("Tampere's page carries the spearheads, Hiedanranta and the negotiating parties", async ({page}) => {
  await page.goto(url('en', '/agreements/tampere/'));
  const main = page.getByRole('main');
  for (const text of ['AuroraAI', 'International HUB Tampere', 'Talent Boost', 'Hiedanranta', 'VTT']) await expect(main).toContainText(text);
});

test('a press release shows its date and time, issuer, language versions and contacts', async ({page}) => {
  await page.goto(url('fi', '/press-releases/2020-05-20-agreements-to-be-concluded-with-18-cities/'));
  await expect(page.locator('time[datetime="2020-05-20T13:33:00+03:00"]')).toHaveText('20.5.2020 klo 13.33');
  await expect(page.getByRole('definition').filter({hasText: 'työ- ja elinkeinoministeriö'}).first()).toBeVisible();
  const versions = page.getByRole('definition').filter({has: page.locator('a[hreflang]')});
  await expect(versions.getByRole('link')).toHaveCount(2);
  const contacts = page.getByRole('region', {name: 'Lisätiedot'});
  await expect(contacts.getByRole('listitem')).toHaveCount(4);
  await expect(contacts.getByRole('link', {name: '029 506 4937'})).toHaveAttribute('href', 'tel:0295064937');

  await page.goto(url('en', '/press-releases/2020-05-20-agreements-to-be-concluded-with-18-cities/'));
  await expect(page.locator('time[datetime="2020-05-20T13:33:00+03:00"]')).toHaveText('20 May 2020 at 13:33');
  await expect(page.getByText('This is a translation. The original release is in Finnish.')).toBeVisible();
});

test('the Swedish version of the 2021 release shows the day it appeared in Swedish', async ({page}) => {
  await page.goto(url('sv', '/press-releases/2021-02-09-state-signs-ecosystem-agreements-with-16-city-regions/'));
  await expect(page.locator('time[datetime="2021-02-09"]').first()).toHaveText('9.2.2021');
  await expect(page.getByRole('term').filter({hasText: 'Versionen på svenska publicerad'})).toBeVisible();
  await expect(page.locator('time[datetime="2021-02-10"]')).toHaveText('10.2.2021');
});

test('press releases are listed newest first', async ({page}) => {
  await page.goto(url('en', '/press-releases/'));
  await expect(page.getByRole('main').locator('time')).toHaveText(['9 February 2021', '20 May 2020 at 13:33']);
});

test('a theme page groups its focus areas by region, and a focus area links to the others', async ({page}) => {
  await page.goto(url('fi', '/themes/wellbeing/'));
  const byRegion = page.getByRole('region', {name: 'Painopistealueet seuduittain'});
  await expect(byRegion.getByRole('heading', {level: 3})).toHaveCount(8);
  await byRegion.getByRole('heading', {name: 'Rovaniemi'}).getByRole('link').click();
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Rovaniemi');

  await page.goto(url('en', '/focus-areas/rovaniemi-arctic-tourism/'));
  await expect(page.getByRole('definition').getByRole('link', {name: 'Rovaniemi'})).toBeVisible();
  await expect(page.getByRole('definition').getByRole('link', {name: 'Wellbeing'})).toBeVisible();
  const others = page.getByRole('region', {name: /focus areas in other regions/});
  await expect(others.getByRole('listitem')).toHaveCount(7);
});

test('the networks page lists the 15 theme networks, the 3 zones and links to the project page', async ({page}) => {
  await page.goto(url('en', '/networks/'));
  const tables = page.getByRole('main').getByRole('table');
  await expect(tables.first().getByRole('row')).toHaveCount(16);
  await page.getByRole('main').getByRole('link', {name: /Developing the innovation ecosystem network of regional towns/}).first().click();
  await expect(page).toHaveURL(url('en', '/networks/regional-towns-innovation-ecosystem-network/'));
  await expect(page.locator('time[datetime="2021-10-01"]')).toHaveText('1 October 2021');
  await expect(page.getByRole('link', {name: 'sami.sopanen@savonlinna.fi'})).toBeVisible();
});

test('the accessibility statement names the feedback channel and the official guidance', async ({page}) => {
  await page.goto(url('sv', '/accessibility/'));
  await expect(page.getByRole('main').getByRole('link', {name: 'kirjaamo.tem@gov.fi'})).toHaveAttribute('href', 'mailto:kirjaamo.tem@gov.fi');
  await expect(page.getByRole('main').getByRole('link', {name: /tillganglighetskrav\.fi/})).toHaveAttribute('href', 'https://tillganglighetskrav.fi');
  await expect(page.getByRole('main')).toContainText('WCAG 2.1');
});
