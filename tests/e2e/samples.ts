import {routing} from '../../lib/i18n/routing';
import {paths} from '../../lib/paths';
import {content, inLocale, releasesNewestFirst} from './expected';

export const locales = routing.locales;

/** A locale-free site path as a page is addressed, with its final slash: "/agreements/x/". */
const pagePathOf = (sitePath: string) => (sitePath.endsWith('/') ? sitePath : `${sitePath}/`);

/** The agreements a release concerns (the same in every language version). */
const concerns = (r: (typeof content.pressReleases)[number]) => inLocale(r, locales[0]).data.agreements;

const [newestRelease] = releasesNewestFirst;

/**
 * The entries the sample pages are taken from, chosen from the content the site was built from
 * (never named here), so that an editor's new or removed entry never leaves a sample behind:
 * the first of each collection in the site's own order, the newest release, its year, and a region
 * that has releases (any region, where none has).
 */
export const sample = {
  agreement: content.agreements[0],
  theme: content.themes[0],
  focusArea: content.focusAreas[0],
  release: newestRelease,
  year: newestRelease ? inLocale(newestRelease, locales[0]).data.issued.slice(0, 4) : undefined,
  region: content.agreements.find((a) => content.pressReleases.some((r) => concerns(r).includes(a.slug))) ?? content.agreements[0],
  networkProject: content.networkProjects[0]
};

const some = <T>(value: T | undefined, make: (value: T) => {type: string; path: string}) => (value === undefined ? [] : [make(value)]);

/** One page of every type, by its locale-free path; a type whose entries the content lacks has no sample. */
export const pageTypes: readonly {type: string; path: string}[] = [
  {type: 'home', path: '/'},
  {type: 'agreement list', path: pagePathOf(paths.agreements)},
  ...some(sample.agreement, (a) => ({type: 'agreement', path: pagePathOf(paths.agreement(a.slug))})),
  {type: 'theme list', path: pagePathOf(paths.themes)},
  ...some(sample.theme, (th) => ({type: 'theme', path: pagePathOf(paths.theme(th.slug))})),
  {type: 'focus area list', path: pagePathOf(paths.focusAreas)},
  ...some(sample.focusArea, (f) => ({type: 'focus area', path: pagePathOf(paths.focusArea(f.slug))})),
  {type: 'press release list', path: pagePathOf(paths.pressReleases)},
  ...some(sample.release, (r) => ({type: 'press release', path: pagePathOf(paths.pressRelease(r.slug))})),
  ...some(sample.year, (y) => ({type: 'press release year', path: pagePathOf(paths.pressReleaseYear(y))})),
  ...some(sample.region, (a) => ({type: 'press releases of a region', path: pagePathOf(paths.pressReleasesAbout(a.slug))})),
  {type: 'programme', path: pagePathOf(paths.programme)},
  {type: 'networks', path: pagePathOf(paths.networks)},
  ...some(sample.networkProject, (p) => ({type: 'network project', path: pagePathOf(paths.networkProject(p.slug))})),
  {type: 'accessibility statement', path: pagePathOf(paths.accessibility)}
];

/** The sample page of a type, by its locale-free path, where the content has one. */
export const samplePath = (type: string) => pageTypes.find((p) => p.type === type)?.path;

/** Texts the tests look for, as a reader sees them in each language. */
export const ui = {
  fi: {self: 'Suomi', language: 'Kieli', breadcrumb: 'Murupolku', skip: 'Siirry pääsisältöön', site: 'Ekosysteemisopimukset', main: 'Päävalikko'},
  sv: {self: 'Svenska', language: 'Språk', breadcrumb: 'Brödsmulestig', skip: 'Hoppa till huvudinnehållet', site: 'Ekosystemavtal', main: 'Huvudmeny'},
  en: {self: 'English', language: 'Language', breadcrumb: 'Breadcrumb', skip: 'Skip to main content', site: 'Ecosystem agreements', main: 'Main'}
} as const;

export const url = (locale: string, path: string) => `/${locale}${path}`;
