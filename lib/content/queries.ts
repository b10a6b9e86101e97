import type {Locale} from '../i18n/routing';
import {getContent, localize, type Entry, type Localized, type PageId} from './index';
import type {Agreement, FocusArea, NetworkProject, Page, PressRelease, Theme} from './schemas';

// What pages ask of the content. Every function returns the reader's language version where it
// exists and otherwise a version marked `fallback`.

function find<T>(entries: Entry<T>[], slug: string, what: string): Entry<T> {
  const entry = entries.find((e) => e.slug === slug);
  if (!entry) throw new Error(`No ${what} "${slug}"`);
  return entry;
}

export const agreements = (locale: Locale): Localized<Agreement>[] =>
  getContent().agreements.map((e) => localize(e, locale));

export const agreement = (slug: string, locale: Locale) => localize(find(getContent().agreements, slug, 'agreement'), locale);

export const themes = (locale: Locale): Localized<Theme>[] => getContent().themes.map((e) => localize(e, locale));

export const theme = (slug: string, locale: Locale) => localize(find(getContent().themes, slug, 'theme'), locale);

/** Every focus area, in the order of the agreements and then of each agreement's own list. */
export function focusAreas(locale: Locale): Localized<FocusArea>[] {
  const rank = new Map(getContent().agreements.map((a, i) => [a.slug, i]));
  return getContent()
    .focusAreas.map((e) => localize(e, locale))
    .sort((a, b) => (rank.get(a.data.agreement) ?? 0) - (rank.get(b.data.agreement) ?? 0) || a.data.order - b.data.order);
}

export const focusArea = (slug: string, locale: Locale) => localize(find(getContent().focusAreas, slug, 'focus area'), locale);

export const focusAreasOf = (agreementSlug: string, locale: Locale) =>
  focusAreas(locale).filter((f) => f.data.agreement === agreementSlug);

export const focusAreasIn = (themeSlug: string, locale: Locale) =>
  focusAreas(locale).filter((f) => f.data.theme === themeSlug);

/** A theme with the other regions' focus areas in it, for "who else works on this". */
export type SharedTheme = {theme: Localized<Theme>; others: {agreement: Localized<Agreement>; focusAreas: Localized<FocusArea>[]}[]};

export function sharedThemes(agreementSlug: string, locale: Locale): SharedTheme[] {
  const own = new Set(focusAreasOf(agreementSlug, locale).map((f) => f.data.theme));
  return themes(locale)
    .filter((t) => own.has(t.slug))
    .map((t) => ({theme: t, others: byAgreement(focusAreasIn(t.slug, locale), locale).filter((g) => g.agreement.slug !== agreementSlug)}));
}

/** Focus areas grouped under their agreements, in the agreements' order. */
export function byAgreement(list: Localized<FocusArea>[], locale: Locale) {
  return agreements(locale)
    .map((agreement) => ({agreement, focusAreas: list.filter((f) => f.data.agreement === agreement.slug)}))
    .filter((g) => g.focusAreas.length > 0);
}

export const pressReleases = (locale: Locale): Localized<PressRelease>[] =>
  getContent().pressReleases.map((e) => localize(e, locale));

export const pressRelease = (slug: string, locale: Locale) =>
  localize(find(getContent().pressReleases, slug, 'press release'), locale);

/** Releases about one agreement, newest first. */
export const releasesAbout = (agreementSlug: string, locale: Locale) =>
  pressReleases(locale).filter((r) => r.data.agreements.includes(agreementSlug));

/** Releases in one theme, newest first. */
export const releasesInTheme = (themeSlug: string, locale: Locale) =>
  pressReleases(locale).filter((r) => r.data.themes?.includes(themeSlug) ?? false);

/** The year a release belongs to in the archive: the year the ministry issued it. */
export const releaseYear = (r: {data: {issued: string}}) => r.data.issued.slice(0, 4);

export const releasesOfYear = (year: string, locale: Locale) => pressReleases(locale).filter((r) => releaseYear(r) === year);

/** The archive's years, newest first, with how many releases each has. */
export function releaseYears(): {year: string; count: number}[] {
  const counts = new Map<string, number>();
  for (const e of getContent().pressReleases) {
    const first = Object.values(e.versions)[0];
    if (first) counts.set(releaseYear(first), (counts.get(releaseYear(first)) ?? 0) + 1);
  }
  return [...counts].map(([year, count]) => ({year, count})).sort((a, b) => b.year.localeCompare(a.year));
}

/** The language versions a release really has (not fallbacks). */
export const releaseVersions = (slug: string) => find(getContent().pressReleases, slug, 'press release').versions;

export const page = (id: PageId, locale: Locale): Localized<Page> => localize(find(getContent().pages, id, 'page'), locale);

export const networkProjects = (locale: Locale): Localized<NetworkProject>[] =>
  getContent().networkProjects.map((e) => localize(e, locale));

export const networkProject = (slug: string, locale: Locale) =>
  localize(find(getContent().networkProjects, slug, 'network project'), locale);

export const slugs = {
  agreements: () => getContent().agreements.map((e) => e.slug),
  themes: () => getContent().themes.map((e) => e.slug),
  focusAreas: () => getContent().focusAreas.map((e) => e.slug),
  pressReleases: () => getContent().pressReleases.map((e) => e.slug),
  networkProjects: () => getContent().networkProjects.map((e) => e.slug)
};

/** Each agreement as a card: region, member cities and the titles of its focus areas. */
export const agreementCards = (locale: Locale) =>
  agreements(locale).map((a) => ({
    slug: a.slug,
    title: a.data.title,
    cities: a.data.cities,
    focusAreas: focusAreasOf(a.slug, locale).map((f) => f.data.title),
    lang: a.fallback ? a.locale : undefined
  }));

/** The regions for the map; with a theme, only those with a focus area in it are highlighted. */
export function mapRegions(locale: Locale, themeSlug?: string) {
  const inTheme = themeSlug ? new Set(focusAreasIn(themeSlug, locale).map((f) => f.data.agreement)) : undefined;
  return agreements(locale).map((a) => ({
    slug: a.slug,
    name: a.data.title,
    coordinates: a.data.coordinates.map((c): [number, number] => [c.latitude, c.longitude]),
    highlighted: inTheme ? inTheme.has(a.slug) : true
  }));
}
