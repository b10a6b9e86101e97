import {getContent, type Entry} from './content';
import {historyOf, latestOf} from './content/history';
import {releaseYears} from './content/queries';
import type {Update} from './content/schemas';
import {routing} from './i18n/routing';
import {paths, type SitePath} from './paths';
import {listPath, pageCount, releasesIn, type ReleaseList} from './press-room';

/**
 * A page of the site and when its content last changed. A page that shows its dates (an entry's
 * own page, and the programme, networks and accessibility pages) takes the "last updated" date it
 * shows; a list takes the latest of what it lists.
 */
export type SitePage = {path: SitePath; modified?: string};

type Dated = {published: string; updates?: Update[]};

/** Fields that agree across languages can be read from any version. */
const dataOf = <T,>(entries: Entry<T>[]): T[] => entries.flatMap((e) => Object.values(e.versions)[0]?.data ?? []);
const latest = (...groups: Dated[][]) => latestOf(groups.flat().map((d) => historyOf(d).modified));

/** Every page the site publishes in each language: the sitemap, the open data and the search index derive from this. */
export function sitePages(): SitePage[] {
  const c = getContent();
  const page = (id: string) => dataOf(c.pages.filter((p) => p.slug === id));
  const releases = dataOf(c.pressReleases);
  const own = (entry: Entry<Dated>, path: SitePath): SitePage => ({path, modified: latest(dataOf([entry]))});
  /** A list of releases and its later pages: each page changes when the list does. */
  const releaseList = (list: ReleaseList, extra: Dated[] = []): SitePage[] => {
    const listed = releasesIn(list, routing.defaultLocale).map((r) => r.data);
    const modified = latest(listed, extra);
    return Array.from({length: pageCount(listed.length)}, (_, i) => ({path: paths.listPage(listPath(list), i + 1), modified}));
  };
  const [agreements, focusAreas, themes, networkProjects] = [dataOf(c.agreements), dataOf(c.focusAreas), dataOf(c.themes), dataOf(c.networkProjects)];
  return [
    {path: paths.home, modified: latest(page('home'), agreements, themes, releases.slice(0, 3), page('programme'))},
    {path: paths.agreements, modified: latest(agreements, focusAreas)},
    ...c.agreements.map((e) => own(e, paths.agreement(e.slug))),
    {path: paths.themes, modified: latest(themes, focusAreas)},
    ...c.themes.map((e) => own(e, paths.theme(e.slug))),
    {path: paths.focusAreas, modified: latest(focusAreas, agreements)},
    ...c.themes.map((e) => ({path: paths.focusAreasInTheme(e.slug), modified: latest(focusAreas, dataOf([e]))})),
    ...c.agreements.map((e) => ({path: paths.focusAreasOfRegion(e.slug), modified: latest(focusAreas, dataOf([e]))})),
    ...c.focusAreas.map((e) => own(e, paths.focusArea(e.slug))),
    {path: paths.pressReleases, modified: latest(releases, agreements, themes)},
    ...releaseYears().flatMap(({year}) => releaseList({kind: 'year', year})),
    ...c.agreements.flatMap((e) => releaseList({kind: 'region', slug: e.slug}, dataOf([e]))),
    ...c.themes.flatMap((e) => releaseList({kind: 'theme', slug: e.slug}, dataOf([e]))),
    ...c.pressReleases.map((e) => own(e, paths.pressRelease(e.slug))),
    {path: paths.programme, modified: latest(page('programme'))},
    {path: paths.networks, modified: latest(page('networks'))},
    ...c.networkProjects.map((e) => own(e, paths.networkProject(e.slug))),
    {path: paths.openData, modified: latest(agreements, focusAreas, themes, releases, dataOf(c.pages), networkProjects)},
    {path: paths.accessibility, modified: latest(page('accessibility'))}
  ];
}

/**
 * How many pages the automated checks visit: every page in every language, each language's search
 * page, the language chooser at / and the 404 page (the pages of the build, as tests/e2e/site.ts lists them, plus the 404 page).
 */
export function checkedPageCount(): number {
  return (sitePages().length + 1) * routing.locales.length + 2;
}
