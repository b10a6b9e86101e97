import {expect, test} from '@playwright/test';
import {parse} from 'csv-parse/sync';
import {url} from './samples';

type Record = {
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
  const get = async (name: string) => (await (await request.get(`/data/${name}.json`)).json()) as {licence: {name: string}} & {[k: string]: Record[]};

  const agreements = (await get('agreements')).agreements ?? [];
  expect(agreements).toHaveLength(16);
  expect(agreements.map((a) => new URL(a.url.en).pathname)).toEqual(await linksIn(page, '/agreements/', 3));
  expect(agreements.find((a) => a.id === 'turku')?.name).toEqual({fi: 'Turku', sv: 'Åbo', en: 'Turku'});

  const focusAreas = (await get('focus-areas'))['focus-areas'] ?? [];
  await page.goto(url('en', '/focus-areas/'));
  const shown = await page.getByRole('list', {name: 'Focus areas'}).getByRole('link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(focusAreas.map((f) => new URL(f.url.en).pathname).sort()).toEqual(shown.sort());

  const releases = (await get('press-releases'))['press-releases'] ?? [];
  // The press room shows the newest releases, newest first, as the data lists them.
  const newest = await linksIn(page, '/press-releases/', 3);
  expect(releases.map((r) => new URL(r.url.en).pathname).slice(0, newest.length)).toEqual(newest);
  // What a release concerns, as its page links to it.
  const signed = releases.find((r) => r.id === '2021-02-09-state-signs-ecosystem-agreements-with-16-city-regions');
  expect(signed?.agreements).toHaveLength(16);
  expect(signed?.themes).toEqual(['green-transition', 'digitalisation', 'wellbeing']);

  for (const record of [...agreements, ...focusAreas, ...releases]) {
    for (const address of Object.values(record.url)) expect((await request.get(new URL(address).pathname)).status(), address).toBe(200);
  }
});

for (const name of ['agreements', 'focus-areas', 'press-releases']) {
  test(`${name}.csv is UTF-8 with a byte-order mark and matches the JSON`, async ({request}) => {
    const bytes = await (await request.get(`/data/${name}.csv`)).body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.toString('utf8'), {bom: true, columns: true}) as {[k: string]: string}[];
    const json = (await (await request.get(`/data/${name}.json`)).json())[name] as Record[];
    expect(rows.map((r) => r.id)).toEqual(json.map((r) => r.id));
    expect(Object.keys(rows[0] ?? {})).toEqual(expect.arrayContaining(['id', 'url_fi', 'url_sv', 'url_en']));
  });
}

test('the Swedish city names survive the CSV', async ({request}) => {
  const text = (await (await request.get('/data/agreements.csv')).body()).toString('utf8');
  expect(text).toContain('Åbo');
  expect(text).toContain('Helsingfors; Esbo; Vanda');
});

test('the open data page describes every file and its licence', async ({page, request}) => {
  await page.goto(url('sv', '/open-data/'));
  for (const name of ['agreements', 'focus-areas', 'press-releases']) {
    for (const ext of ['json', 'csv']) {
      const link = page.getByRole('link', {name: `${name}.${ext}`});
      await expect(link).toHaveAttribute('href', `/data/${name}.${ext}`);
    }
    const json = (await (await request.get(`/data/${name}.json`)).json())[name] as Record[];
    const fields = Object.keys(json[0] ?? {});
    const table = page.getByRole('region', {name: {agreements: 'Avtal', 'focus-areas': 'Tyngdpunktsområden', 'press-releases': 'Pressmeddelanden'}[name]}).getByRole('table');
    await expect(table.getByRole('rowheader')).toHaveText(fields);
  }
  await expect(page.getByRole('region', {name: 'Licens'}).getByRole('link')).toHaveText('CC BY 4.0');
});
