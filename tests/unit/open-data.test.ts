import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'csv-parse/sync';
import {routing} from '@/lib/i18n/routing';
import {datasetCsv, datasetNames, datasets} from '@/lib/open-data';

const messages = Object.fromEntries(
  routing.locales.map((l) => [l, JSON.parse(fs.readFileSync(path.join(process.cwd(), 'messages', `${l}.json`), 'utf8'))])
);

describe('the open data', () => {
  it.each(datasetNames)('describes every field of %s on the open data page, in every language', (name) => {
    const fields = Object.keys(datasets[name]()[0] ?? {});
    expect(fields.length).toBeGreaterThan(3);
    for (const locale of routing.locales) {
      for (const field of fields) expect(messages[locale].OpenDataPage.fields[field], `${locale}: ${field}`).toBeTruthy();
      expect(messages[locale].OpenDataPage.datasets[name]?.title).toBeTruthy();
    }
  });

  it('keeps each language of a text in its own CSV column', () => {
    const [row] = parse(datasetCsv('agreements'), {bom: true, columns: true}) as Record<string, string>[];
    expect(row).toMatchObject({id: 'lappeenranta', name_fi: 'Lappeenranta', name_sv: 'Villmanstrand', cities_sv: 'Villmanstrand; Imatra', signed: '2021-02-09'});
  });

  it('gives release times with Helsinki’s offset and contacts as the source names them', () => {
    const older = datasets['press-releases']().find((r) => r.id.startsWith('2020-05-20'));
    expect(older?.published).toBe('2020-05-20T13:33:00+03:00');
    expect(older?.contacts[0]).toMatchObject({name: 'Jenny Hasu', phone: '040 658 35104', email: null});
  });

  it("gives the ministry's language versions and headlines, not a claim about an original language", () => {
    const newer = datasets['press-releases']().find((r) => r.id.startsWith('2021-02-09'));
    expect(newer?.ministryVersions).toEqual([
      {language: 'sv', published: '2021-02-10', headline: 'Genom avtalssamarbete mellan staten och städerna påskyndas koldioxidsnåla, digitala och välfärdsfrämjande innovationer'}
    ]);
    expect(newer).not.toHaveProperty('originalLanguage');
    const [row] = (parse(datasetCsv('press-releases'), {bom: true, columns: true}) as Record<string, string>[]).filter((r) => r.id?.startsWith('2021-02-09'));
    expect(row?.ministryVersions).toBe('sv, 2021-02-10, Genom avtalssamarbete mellan staten och städerna påskyndas koldioxidsnåla, digitala och välfärdsfrämjande innovationer');
  });

  it('gives the focus areas\' names and their other wordings in each language', () => {
    const kajaani = datasets['focus-areas']().find((r) => r.id === 'kajaani-high-performance-computing-ai-and-data-centres');
    expect(kajaani?.name.fi).toBe('Suurteholaskenta, tekoäly ja datakeskukset');
    expect(kajaani?.alternativeNames.fi).toEqual(['Suurteholaskenta, keinoäly ja datakeskukset']);
  });
});
