import {getContent, type Entry} from './content';
import {historyOf, latestOf} from './content/history';
import {releaseYear} from './content/queries';
import type {Update} from './content/schemas';
import {routing} from './i18n/routing';
import {paths, type SitePath} from './paths';
import {laterPages, listPath, type ReleaseList} from './press-room';

/**
 * A page of the site and when its content last changed. A page that shows its dates (an entry's
 * own page, and the programme, networks and accessibility pages) takes the "last updated" date it
 * shows; a list takes the latest of what it lists.
 */
export type SitePage = {path: SitePath; modified?: string};

type Dated = {published: string; updates?: Update[]};

/** Fields that agree across languages can be read from any version. */
const dataOf = <T,>(entry: Entry<T>): T | undefined => Object.values(entry.versions)[0]?.data;
const modifiedOf = (entry: Entry<Dated>): string | undefined => {
  const data = dataOf(entry);
  return data ? historyOf(data).modified : undefined;
};
const latest = (...entries: Entry<Dated>[][]) => latestOf(entries.flat().flatMap((e) => modifiedOf(e) ?? []));

/** Every page the site publishes in each language: the sitemap, the open data and the search index derive from this. */
export function sitePages(): SitePage[] {
  const c = getContent();
  const page = (id: string) => c.pages.filter((p) => p.slug === id);
  const releases = c.pressReleases;
  const about = (slug: string) => releases.filter((r) => dataOf(r)?.agreements.includes(slug));
  const inTheme = (slug: string) => releases.filter((r) => dataOf(r)?.themes?.includes(slug));
  const yearOf = (r: Entry<{published: string}>) => {
    const data = dataOf(r);
    return data ? releaseYear({data}) : undefined;
  };
  const years = [...new Set(releases.map(yearOf))].flatMap((y) => y ?? []);
  const ofYear = (year: string) => releases.filter((r) => yearOf(r) === year);
  const own = (entry: Entry<Dated>, path: SitePath): SitePage => ({path, modified: modifiedOf(entry)});
  /** A list of releases and its later pages: each page changes when the list does. */
  const releaseList = (list: ReleaseList, listed: Entry<Dated>[], extra: Entry<Dated>[] = []): SitePage[] => {
    const modified = latest(listed, extra);
    return [[], ...laterPages(listed.length)].map((segments) => ({path: [listPath(list), ...segments].join('/'), modified}));
  };
  return [
    {path: paths.home, modified: latest(page('home'), c.agreements, c.themes, releases.slice(0, 3), page('programme'))},
    {path: paths.agreements, modified: latest(c.agreements, c.focusAreas)},
    ...c.agreements.map((e) => own(e, paths.agreement(e.slug))),
    {path: paths.themes, modified: latest(c.themes, c.focusAreas)},
    ...c.themes.map((e) => own(e, paths.theme(e.slug))),
    {path: paths.focusAreas, modified: latest(c.focusAreas, c.agreements)},
    ...c.themes.map((e) => ({path: paths.focusAreasInTheme(e.slug), modified: latest(c.focusAreas, [e])})),
    ...c.agreements.map((e) => ({path: paths.focusAreasOfRegion(e.slug), modified: latest(c.focusAreas, [e])})),
    ...c.focusAreas.map((e) => own(e, paths.focusArea(e.slug))),
    {path: paths.pressReleases, modified: latest(releases, c.agreements, c.themes)},
    ...years.flatMap((year) => releaseList({kind: 'year', year}, ofYear(year))),
    ...c.agreements.flatMap((e) => releaseList({kind: 'region', slug: e.slug}, about(e.slug), [e])),
    ...c.themes.flatMap((e) => releaseList({kind: 'theme', slug: e.slug}, inTheme(e.slug), [e])),
    ...releases.map((e) => own(e, paths.pressRelease(e.slug))),
    ...page('programme').map((e) => own(e, paths.programme)),
    ...page('networks').map((e) => own(e, paths.networks)),
    ...c.networkProjects.map((e) => own(e, paths.networkProject(e.slug))),
    {path: paths.openData, modified: latest(c.agreements, c.focusAreas, c.themes, releases, c.pages, c.networkProjects)},
    ...page('accessibility').map((e) => own(e, paths.accessibility))
  ];
}

/**
 * How many pages the automated checks visit: every page in every language, each language's search
 * page, the language chooser at / and the 404 page (tests/e2e/urls.txt plus the 404 page).
 */
export function checkedPageCount(): number {
  return (sitePages().length + 1) * routing.locales.length + 2;
}
