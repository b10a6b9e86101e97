import type {Locale} from './i18n/routing';
import type {Localized} from './content';
import type {PressRelease} from './content/schemas';
import {pressReleases, releasesAbout, releasesInTheme, releasesOfYear} from './content/queries';
import {paths, type SitePath} from './paths';

// How the press room divides its releases into pages, so that no page grows with the archive.

/** No page of the site lists more releases than this. */
export const releasesPerPage = 30;
/** The newest releases on the press room's front page; the archive and filters hold the rest. */
export const latestInPressRoom = 10;
/** The newest releases about an agreement or a theme shown on its own page. */
export const latestOnEntryPage = 3;
/** Each feed carries the newest this many releases. */
export const feedSize = 50;

/** A list of releases: all of them, one year's, or those about one agreement or theme. */
export type ReleaseList =
  | {kind: 'all'}
  | {kind: 'year'; year: string}
  | {kind: 'region'; slug: string}
  | {kind: 'theme'; slug: string};

export function releasesIn(list: ReleaseList, locale: Locale): Localized<PressRelease>[] {
  switch (list.kind) {
    case 'all':
      return pressReleases(locale);
    case 'year':
      return releasesOfYear(list.year, locale);
    case 'region':
      return releasesAbout(list.slug, locale);
    case 'theme':
      return releasesInTheme(list.slug, locale);
  }
}

/** The address of a list's first page (its feeds sit beside it). */
export function listPath(list: ReleaseList): SitePath {
  switch (list.kind) {
    case 'all':
      return paths.pressReleases;
    case 'year':
      return paths.pressReleaseYear(list.year);
    case 'region':
      return paths.pressReleasesAbout(list.slug);
    case 'theme':
      return paths.pressReleasesInTheme(list.slug);
  }
}

/** How many pages a list of this many releases takes (an empty list still has its first page). */
export const pageCount = (releases: number) => Math.max(1, Math.ceil(releases / releasesPerPage));

/** The releases on page n (counting from 1). */
export const pageOf = <T>(releases: T[], n: number): T[] => releases.slice((n - 1) * releasesPerPage, n * releasesPerPage);

/** Page n's address after its list's own, as route segments: [] for the first, ["page", "2"] for the second. */
const segmentsOf = (n: number) => paths.listPage('', n).split('/').filter(Boolean);

/** The route segments of the pages after the first: ["page", "2"], ["page", "3"], ... */
export const laterPages = (releases: number) => Array.from({length: pageCount(releases) - 1}, (_, i) => segmentsOf(i + 2));

/** Reads a page number from the route's segments: [] is page 1, ["page", "2"] page 2; anything else is not a page. */
export function pageNumber(segments: string[] | undefined): number | undefined {
  if (!segments || segments.length === 0) return 1;
  const n = Number(segments.at(-1));
  return Number.isInteger(n) && n >= 2 && segmentsOf(n).join('/') === segments.join('/') ? n : undefined;
}
