import fs from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {locales, url} from './samples';

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
  await expect(page.getByRole('definition').locator('time[datetime="2021-02-09"]')).toHaveText('9.2.2021');
  await expect(page.getByRole('definition').locator('time[datetime="2027-12-31"]')).toHaveText('31.12.2027');
  const focus = page.getByRole('region', {name: 'Tyngdpunktsområden'});
  await expect(focus.getByRole('listitem')).toHaveCount(3);
  const shared = page.getByRole('region', {name: 'Andra stadsregioner med samma teman'});
  await expect(shared.getByRole('heading', {level: 3})).toHaveCount(3);
  await expect(shared.getByRole('link', {name: 'Tammerfors'}).first()).toBeVisible();
  await expect(page.getByRole('link', {name: /arbets- och näringsministeriets webbplats/})).toHaveAttribute('href', 'https://tem.fi/ekosysteemisopimukset');
});

test("Tampere's page carries the spearheads, the negotiating parties and the full text's place; its focus areas their own text", async ({page}) => {
  await page.goto(url('en', '/agreements/tampere/'));
  const main = page.getByRole('main');
  for (const text of ['AuroraAI', 'International HUB Tampere', 'Talent Boost', 'VTT', 'tem.fi']) await expect(main).toContainText(text);
  await page.goto(url('en', '/focus-areas/tampere-buildings-energy-and-infrastructure/'));
  await expect(page.getByRole('main')).toContainText('Hiedanranta');
});

test('an agreement page without text of its own in the sources says no more than its facts', async ({page}) => {
  await page.goto(url('en', '/agreements/kuopio/'));
  await expect(page.getByRole('main').locator('.prose')).toHaveCount(0);
  await expect(page.getByRole('main').locator('time[datetime="2027-12-31"]')).toHaveCount(1);
  await expect(page.getByRole('main').getByRole('link', {name: 'About the agreements'})).toHaveAttribute('href', '/en/programme/');
});

const releases = [
  {
    slug: '2020-05-20-agreements-to-be-concluded-with-18-cities',
    dated: '2020-05-20T13:33:00+03:00',
    version: {language: 'fi', published: '2020-05-20T13:33:00+03:00', headline: 'Innovaatiotoimintaa vahvistavat sopimukset solmitaan kaupunkien kanssa'}
  },
  {
    slug: '2021-02-09-state-signs-ecosystem-agreements-with-16-city-regions',
    dated: '2021-02-09',
    version: {
      language: 'sv',
      published: '2021-02-10',
      headline: 'Genom avtalssamarbete mellan staten och städerna påskyndas koldioxidsnåla, digitala och välfärdsfrämjande innovationer'
    }
  }
] as const;

const attribution = {
  fi: {heading: 'Tiivistelmä, ei ministeriön tekstiä', issuer: 'työ- ja elinkeinoministeriö', version: {fi: 'Suomenkielinen versio', sv: 'Ruotsinkielinen versio'}, contacts: 'Lisätiedot'},
  sv: {heading: 'Ett sammandrag, inte ministeriets text', issuer: 'arbets- och näringsministeriet', version: {fi: 'Den finska versionen', sv: 'Den svenska versionen'}, contacts: 'Ytterligare information'},
  en: {heading: "A summary, not the ministry's text", issuer: 'Ministry of Economic Affairs and Employment', version: {fi: 'The Finnish version', sv: 'The Swedish version'}, contacts: 'Further information'}
} as const;

for (const locale of locales) {
  test(`${locale}: each release page says near the top that it is our summary, whose release it is, and the ministry's own headline`, async ({page}) => {
    const a = attribution[locale];
    for (const r of releases) {
      await page.goto(url(locale, `/press-releases/${r.slug}/`));
      const box = page.getByRole('region', {name: a.heading});
      await expect(box).toBeVisible();
      // It comes before the summary's own text.
      const order = await page.evaluate(() => {
        const box = document.querySelector('#attribution');
        const prose = document.querySelector('main .prose');
        return box && prose ? box.compareDocumentPosition(prose) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
      });
      expect(order).toBeTruthy();
      await expect(box.getByRole('definition').filter({hasText: a.issuer})).toBeVisible();
      await expect(box.locator(`time[datetime="${r.dated}"]`).first()).toBeVisible();
      await expect(box.getByRole('definition').filter({hasText: a.version[r.version.language]})).toContainText(
        await box.locator(`time[datetime="${r.version.published}"]`).first().innerText()
      );
      const headline = box.locator('q');
      await expect(headline).toHaveText(r.version.headline);
      await expect(headline).toHaveAttribute('lang', r.version.language);
      await expect(box.getByRole('link', {name: 'tem.fi'})).toHaveAttribute('href', 'https://tem.fi/');
      // No page claims to be the ministry's text or a translation of it.
      await expect(page.getByRole('main')).not.toContainText(/käännös|översättning|translation|original/i);
      const contacts = page.getByRole('region', {name: a.contacts});
      await expect(contacts.locator(`time[datetime="${r.dated.slice(0, 10)}"]`)).toBeVisible();
    }
  });
}

test('a release gives its contacts as published, and in international form on English pages', async ({page}) => {
  const path = '/press-releases/2020-05-20-agreements-to-be-concluded-with-18-cities/';
  await page.goto(url('fi', path));
  await expect(page.locator('time[datetime="2020-05-20T13:33:00+03:00"]').first()).toHaveText('20.5.2020 klo 13.33');
  const versions = page.getByRole('definition').filter({has: page.locator('a[hreflang]')});
  await expect(versions.getByRole('link')).toHaveCount(2);
  const contacts = page.getByRole('region', {name: 'Lisätiedot'});
  await expect(contacts.getByRole('listitem')).toHaveCount(4);
  await expect(contacts.getByRole('link', {name: '029 506 4937'})).toHaveAttribute('href', 'tel:+358295064937');

  await page.goto(url('en', path));
  await expect(page.locator('time[datetime="2020-05-20T13:33:00+03:00"]').first()).toHaveText('20 May 2020 at 13:33');
  await expect(page.getByRole('region', {name: 'Further information'}).getByRole('link', {name: '+358 29 506 4937'})).toHaveAttribute('href', 'tel:+358295064937');
});

test('the 2021 release lists every agreement and its focus areas from the data, as links', async ({page}) => {
  await page.goto(url('sv', '/press-releases/2021-02-09-state-signs-ecosystem-agreements-with-16-city-regions/'));
  const list = page.getByRole('main').locator('.prose ul').filter({has: page.locator('a[href="/sv/agreements/kajaani/"]')});
  await expect(list.getByRole('listitem')).toHaveCount(16);
  await expect(list.getByRole('listitem').filter({hasText: 'Kajana'}).getByRole('link')).toHaveText([
    'Kajana',
    'Mätteknik',
    'Högpresterande beräkning, artificiell intelligens och datacentraler'
  ]);
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
  const siblings = page.getByRole('region', {name: "The agreement's other focus areas"});
  await expect(siblings.getByRole('link')).toHaveText(['Future welfare services and managing distances']);
  const others = page.getByRole('region', {name: /focus areas in other city regions/});
  await expect(others.getByRole('listitem')).toHaveCount(7);
});

test("a focus area page shows the sources' other wordings of its name", async ({page}) => {
  await page.goto(url('fi', '/focus-areas/kajaani-high-performance-computing-ai-and-data-centres/'));
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Suurteholaskenta, tekoäly ja datakeskukset');
  await expect(page.getByRole('term').filter({hasText: 'Muut nimitykset lähteissä'})).toBeVisible();
  await expect(page.getByRole('definition').getByRole('listitem')).toHaveText(['Suurteholaskenta, keinoäly ja datakeskukset']);
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
  await expect(page.getByRole('definition').filter({hasText: 'arbets- och näringsministeriet'})).toBeVisible();
  // The number of pages checked is counted, not typed: the pinned addresses plus the 404 page.
  const pinned = fs.readFileSync(path.join(process.cwd(), 'tests', 'e2e', 'urls.txt'), 'utf8').split('\n').filter((l) => l.startsWith('/'));
  await expect(page.getByRole('main')).toContainText(`alla webbplatsens ${pinned.length + 1} sidor`);
});
