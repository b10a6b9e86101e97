import {expect, test} from '@playwright/test';
import {parse} from 'csv-parse/sync';
import {routing, type Locale} from '../../lib/i18n/routing';
import {readSettings} from '../../lib/site-settings';
import {content, inLocale, words} from './expected';
import {url} from './samples';

/** What an entry's record holds in each language: its value there, or null where it has no version in that language. */
const perLocale = <D, T>(entry: {versions: Partial<Record<Locale, {data: D}>>}, pick: (data: D) => T) =>
  Object.fromEntries(routing.locales.map((l) => [l, entry.versions[l] ? pick(entry.versions[l].data) : null]));

type DataRecord = {
  id: string;
  url: {fi: string; sv: string; en: string};
  name?: {fi: string | null; sv: string | null; en: string | null};
  agreements?: string[];
  themes?: string[];
};

async function linksIn(page: import('@playwright/test').Page, path: string, level: 2 | 3) {
  await page.goto(url('en', path));
  return page.getByRole('main').getByRole('heading', {level}).getByRole('link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

test('the open data holds exactly what the pages show', async ({page, request}) => {
  const get = async (name: string) => (await (await request.get(`/data/${name}.json`)).json()) as {licence: {name: string}} & {[k: string]: DataRecord[]};

  const agreements = (await get('agreements')).agreements ?? [];
  expect(agreements.map((a) => a.id).sort()).toEqual(content.agreements.map((a) => a.slug).sort());
  expect(agreements.map((a) => new URL(a.url.en).pathname)).toEqual(await linksIn(page, '/agreements/', 3));
  // Each region's name in every language, as its entry gives it.
  for (const entry of content.agreements) expect(agreements.find((a) => a.id === entry.slug)?.name, entry.slug).toEqual(perLocale(entry, (d) => d.title));

  const focusAreas = (await get('focus-areas'))['focus-areas'] ?? [];
  await page.goto(url('en', '/focus-areas/'));
  const shown = await page.getByRole('list', {name: 'Focus areas'}).getByRole('link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(focusAreas.map((f) => new URL(f.url.en).pathname).sort()).toEqual(shown.sort());

  const releases = (await get('press-releases'))['press-releases'] ?? [];
  // The press room shows the newest releases, newest first, as the data lists them.
  const newest = await linksIn(page, '/press-releases/', 3);
  expect(releases.map((r) => new URL(r.url.en).pathname).slice(0, newest.length)).toEqual(newest);
  // What each release concerns, as its entry names it (and its page links to it): agreements and themes in the entry's order.
  expect(releases.map((r) => r.id).sort()).toEqual(content.pressReleases.map((r) => r.slug).sort());
  for (const entry of content.pressReleases) {
    const r = inLocale(entry, routing.locales[0]).data;
    expect(releases.find((record) => record.id === entry.slug), entry.slug).toMatchObject({agreements: r.agreements, themes: r.themes ?? []});
  }

  for (const record of [...agreements, ...focusAreas, ...releases]) {
    for (const address of Object.values(record.url)) expect((await request.get(new URL(address).pathname)).status(), address).toBe(200);
  }
});

for (const name of ['agreements', 'focus-areas', 'press-releases']) {
  test(`${name}.csv is UTF-8 with a byte-order mark and matches the JSON`, async ({request}) => {
    const bytes = await (await request.get(`/data/${name}.csv`)).body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.toString('utf8'), {bom: true, columns: true}) as {[k: string]: string}[];
    const json = (await (await request.get(`/data/${name}.json`)).json())[name] as DataRecord[];
    expect(rows.map((r) => r.id)).toEqual(json.map((r) => r.id));
    expect(Object.keys(rows[0] ?? {})).toEqual(expect.arrayContaining(['id', 'url_fi', 'url_sv', 'url_en']));
  });
}

test('the Swedish names of the regions and their cities survive the CSV', async ({request}) => {
  const text = (await (await request.get('/data/agreements.csv')).body()).toString('utf8');
  const rows = parse(text, {bom: true, columns: true}) as {[k: string]: string}[];
  // Each region's Swedish name and cities ("Åbo", "Helsingfors; Esbo; Vanda"), as the entry gives them, the list joined with "; ".
  const swedish = content.agreements.filter((a) => a.versions.sv);
  test.skip(swedish.length === 0, 'no agreement has a Swedish version');
  for (const entry of swedish) {
    const sv = inLocale(entry, 'sv').data;
    const row = rows.find((r) => r.id === entry.slug);
    expect(row?.name_sv, entry.slug).toBe(sv.title);
    expect(row?.cities_sv, entry.slug).toBe(sv.cities.join('; '));
    // Written as is in the file itself, not only once parsed.
    expect(text).toContain(sv.title);
  }
});

test('the open data page describes every file and its licence', async ({page, request}) => {
  const t = words('sv');
  const licence = readSettings().licence;
  await page.goto(url('sv', '/open-data/'));
  for (const name of ['agreements', 'focus-areas', 'press-releases'] as const) {
    for (const ext of ['json', 'csv']) {
      const link = page.getByRole('link', {name: `${name}.${ext}`});
      await expect(link).toHaveAttribute('href', `/data/${name}.${ext}`);
    }
    const json = (await (await request.get(`/data/${name}.json`)).json())[name] as DataRecord[];
    const fields = Object.keys(json[0] ?? {});
    const table = page.getByRole('region', {name: t(`OpenDataPage.datasets.${name}.title`)}).getByRole('table');
    await expect(table.getByRole('rowheader')).toHaveText(fields);
  }
  await expect(page.getByRole('region', {name: t('OpenDataPage.licenceHeading')}).getByRole('link')).toHaveText(licence.name);
});
