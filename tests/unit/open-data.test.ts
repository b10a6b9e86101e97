import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'csv-parse/sync';
import {routing} from '@/lib/i18n/routing';
import {datasetCsv, datasetNames, datasets} from '@/lib/open-data';
import {getContent} from '@/lib/content';
import {machineDate} from '@/lib/dates';

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
    const rows = parse(datasetCsv('agreements'), {bom: true, columns: true}) as Record<string, string>[];
    const records = datasets.agreements();
    expect(rows).toHaveLength(records.length);
    records.forEach((record, i) => {
      for (const l of routing.locales) {
        expect(rows[i]?.[`name_${l}`]).toBe(record.name[l] ?? '');
        expect(rows[i]?.[`cities_${l}`]).toBe((record.cities[l] ?? []).join('; '));
      }
    });
  });

  it("gives each release the ministry's date with Helsinki's offset where it has a time, the summary's own dates, and the contacts as the content gives them", () => {
    for (const record of datasets['press-releases']()) {
      const entry = getContent().pressReleases.find((e) => e.slug === record.id);
      const data = entry?.versions.fi?.data ?? entry?.versions.en?.data;
      if (!data) throw new Error(`no release ${record.id}`);
      expect(record.issued).toBe(machineDate(data.issued));
      if (data.issued.includes('T')) expect(record.issued).toMatch(/T\d{2}:\d{2}:00\+0[23]:00$/);
      expect(record.published).toBe(machineDate(data.published));
      expect(record.kind).toBe(data.kind);
      expect(record.contacts.map((c) => [c.name, c.phone, c.email])).toEqual((data.contacts ?? []).map((c) => [c.name, c.phone ?? null, c.email ?? null]));
    }
  });

  it("gives the ministry's language versions as the sources hold them, in JSON and in CSV", () => {
    const rows = parse(datasetCsv('press-releases'), {bom: true, columns: true}) as Record<string, string>[];
    for (const record of datasets['press-releases']()) {
      const data = getContent().pressReleases.find((e) => e.slug === record.id)?.versions.fi?.data;
      const expected = (data?.ministryVersions ?? []).map((m) => ({language: m.language, published: machineDate(m.published), headline: m.headline, url: m.url ?? null}));
      expect(record.ministryVersions).toEqual(expected);
      expect(record).not.toHaveProperty('originalLanguage');
      const row = rows.find((r) => r.id === record.id);
      expect(row?.ministryVersions).toBe(expected.map((m) => [m.language, m.published, m.headline, m.url].filter(Boolean).join(', ')).join('; '));
    }
  });

  it("gives the focus areas' names and their other wordings, each with its language, in each language", () => {
    for (const record of datasets['focus-areas']()) {
      const entry = getContent().focusAreas.find((e) => e.slug === record.id);
      for (const l of routing.locales) {
        expect(record.name[l]).toBe(entry?.versions[l]?.data.title ?? null);
        expect(record.alternativeNames[l]).toEqual((entry?.versions[l]?.data.alternativeNames ?? []).map((n) => ({name: n.name, language: n.language})));
      }
    }
  });
});
