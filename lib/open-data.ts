import {stringify} from 'csv-stringify/sync';
import {routing, type Locale} from './i18n/routing';
import {getContent, type Entry} from './content';
import {machineDate} from './dates';
import {historyOf} from './content/history';
import {paths, type SitePath} from './paths';
import {contentLicence} from './site';
import {absoluteUrl} from './urls';

// The open-data files: the basic facts of the agreements, focus areas and release summaries in all
// three languages (not the pages' text), with stable ids (the slugs, which are
// also the page addresses) and the page URLs. A language a text does not exist in is null, never
// silently filled from another language.

type PerLocale<T> = Record<Locale, T | null>;

function perLocale<D, T>(entry: Entry<D>, pick: (data: D) => T): PerLocale<T> {
  return Object.fromEntries(routing.locales.map((l) => [l, entry.versions[l] ? pick(entry.versions[l].data) : null])) as PerLocale<T>;
}

function urls(path: SitePath): Record<Locale, string> {
  return Object.fromEntries(routing.locales.map((l) => [l, absoluteUrl(path, l)])) as Record<Locale, string>;
}

function neutral<D>(entry: Entry<D>): D {
  const first = routing.locales.map((l) => entry.versions[l]).find((v) => v !== undefined);
  if (!first) throw new Error(`${entry.slug} has no versions`);
  return first.data;
}

export function agreementRecords() {
  const {agreements, focusAreas} = getContent();
  return agreements.map((entry) => {
    const d = neutral(entry);
    const own = focusAreas.filter((f) => neutral(f).agreement === entry.slug).sort((a, b) => neutral(a).order - neutral(b).order);
    return {
      id: entry.slug,
      order: d.order,
      signed: d.signed,
      validUntil: d.validUntil,
      focusAreas: own.map((f) => f.slug),
      themes: [...new Set(own.map((f) => neutral(f).theme))],
      name: perLocale(entry, (v) => v.title),
      cities: perLocale(entry, (v) => v.cities),
      summary: perLocale(entry, (v) => v.summary ?? null),
      url: urls(paths.agreement(entry.slug))
    };
  });
}

export function focusAreaRecords() {
  const rank = new Map(getContent().agreements.map((a, i) => [a.slug, i]));
  return getContent()
    .focusAreas.map((entry) => {
      const d = neutral(entry);
      return {
        id: entry.slug,
        agreement: d.agreement,
        theme: d.theme,
        order: d.order,
        name: perLocale(entry, (v) => v.title),
        alternativeNames: perLocale(entry, (v) => (v.alternativeNames ?? []).map((n) => ({name: n.name, language: n.language}))),
        summary: perLocale(entry, (v) => v.summary ?? null),
        url: urls(paths.focusArea(entry.slug))
      };
    })
    .sort((a, b) => (rank.get(a.agreement) ?? 0) - (rank.get(b.agreement) ?? 0) || a.order - b.order);
}

export function pressReleaseRecords() {
  return getContent().pressReleases.map((entry) => {
    const d = neutral(entry);
    return {
      id: entry.slug,
      kind: d.kind,
      issued: machineDate(d.issued),
      published: machineDate(d.published),
      modified: machineDate(historyOf(d).modified),
      title: perLocale(entry, (v) => v.title),
      summary: perLocale(entry, (v) => v.summary),
      issuer: perLocale(entry, (v) => v.issuer),
      agreements: d.agreements,
      themes: d.themes ?? [],
      ministryVersions: d.ministryVersions.map((m) => ({language: m.language, published: machineDate(m.published), headline: m.headline, url: m.url ?? null})),
      contacts: (d.contacts ?? []).map((c, i) => ({
        name: c.name,
        phone: c.phone ?? null,
        email: c.email ?? null,
        role: perLocale(entry, (v) => v.contacts?.[i]?.role ?? null),
        organisation: perLocale(entry, (v) => v.contacts?.[i]?.organisation ?? null)
      })),
      url: urls(paths.pressRelease(entry.slug))
    };
  });
}

export const datasets = {
  agreements: agreementRecords,
  'focus-areas': focusAreaRecords,
  'press-releases': pressReleaseRecords
} as const;

export type DatasetName = keyof typeof datasets;
export const datasetNames = Object.keys(datasets) as DatasetName[];

export function datasetJson(name: DatasetName): string {
  return `${JSON.stringify({licence: contentLicence, [name]: datasets[name]()}, null, 2)}\n`;
}

/** One row per record; localised fields become one column per language, lists are joined with "; ". */
export function datasetCsv(name: DatasetName): string {
  const rows = datasets[name]().map((record) => flatten(record));
  return stringify(rows, {header: true, bom: true, record_delimiter: 'windows'});
}

function flatten(record: object, prefix = ''): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(record)) {
    const column = `${prefix}${key}`;
    if (value === null || value === undefined) out[column] = '';
    else if (Array.isArray(value)) {
      out[column] = value
        .map((item) => (typeof item === 'object' && item !== null ? describeItem(item as Record<string, unknown>) : String(item)))
        .join('; ');
    } else if (typeof value === 'object') Object.assign(out, flatten(value, `${column}_`));
    else out[column] = value;
  }
  return out;
}

/**
 * A list item in one CSV cell: a contact as "Name, phone, email", a version of the ministry's
 * release as "language, published, headline, url", another wording as "language, name".
 */
function describeItem(item: Record<string, unknown>): string {
  const parts = 'headline' in item ? [item.language, item.published, item.headline, item.url] : 'language' in item ? [item.language, item.name] : [item.name, item.phone, item.email];
  return parts.filter((v) => typeof v === 'string' && v !== '').join(', ');
}
