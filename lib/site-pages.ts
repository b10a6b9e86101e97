import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {slugs} from './content/queries';
import {routing} from './i18n/routing';
import {paths, type SitePath} from './paths';

/** A page of the site and the content it is made from (for its last-modified date). */
export type SitePage = {path: SitePath; sources: string[]};

const c = (...parts: string[]) => path.join('content', ...parts);

/** Every page the site publishes in each language: the sitemap and the open data derive from this. */
export function sitePages(): SitePage[] {
  return [
    {path: paths.home, sources: [c('pages', 'home'), c('agreements'), c('themes'), c('press-releases'), c('pages', 'programme')]},
    {path: paths.agreements, sources: [c('agreements'), c('focus-areas')]},
    ...slugs.agreements().map((slug) => ({path: paths.agreement(slug), sources: [c('agreements', slug), c('focus-areas')]})),
    {path: paths.themes, sources: [c('themes'), c('focus-areas')]},
    ...slugs.themes().map((slug) => ({path: paths.theme(slug), sources: [c('themes', slug), c('focus-areas')]})),
    {path: paths.focusAreas, sources: [c('focus-areas'), c('agreements')]},
    ...slugs.themes().map((slug) => ({path: paths.focusAreasInTheme(slug), sources: [c('focus-areas'), c('themes', slug)]})),
    ...slugs.agreements().map((slug) => ({path: paths.focusAreasOfRegion(slug), sources: [c('focus-areas'), c('agreements', slug)]})),
    ...slugs.focusAreas().map((slug) => ({path: paths.focusArea(slug), sources: [c('focus-areas', slug)]})),
    {path: paths.pressReleases, sources: [c('press-releases')]},
    ...slugs.pressReleases().map((slug) => ({path: paths.pressRelease(slug), sources: [c('press-releases', slug)]})),
    {path: paths.programme, sources: [c('pages', 'programme')]},
    {path: paths.networks, sources: [c('pages', 'networks'), c('network-projects')]},
    ...slugs.networkProjects().map((slug) => ({path: paths.networkProject(slug), sources: [c('network-projects', slug)]})),
    {path: paths.openData, sources: [c()]},
    {path: paths.accessibility, sources: [c('pages', 'accessibility')]}
  ];
}

/**
 * How many pages the automated checks visit: every page in every language, each language's search
 * page, the language chooser at / and the 404 page (tests/e2e/urls.txt plus the 404 page).
 */
export function checkedPageCount(): number {
  return (sitePages().length + 1) * routing.locales.length + 2;
}

/**
 * When the content behind a page last changed, from git history; undefined outside a git
 * checkout, so that a build from a plain copy still works (and simply omits the date).
 */
export function lastModified(sources: string[]): Date | undefined {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cI', '--', ...sources], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim();
    return out ? new Date(out) : undefined;
  } catch {
    return undefined;
  }
}
