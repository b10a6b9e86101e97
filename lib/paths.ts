// The site's URL contract in one place: every internal link is built from these, and the
// language switcher, breadcrumbs and metadata all speak in the same locale-free paths.
export const paths = {
  home: '/',
  agreements: '/agreements',
  agreement: (slug: string) => `/agreements/${slug}`,
  themes: '/themes',
  theme: (slug: string) => `/themes/${slug}`,
  focusAreas: '/focus-areas',
  focusArea: (slug: string) => `/focus-areas/${slug}`,
  focusAreasInTheme: (theme: string) => `/focus-areas/theme/${theme}`,
  focusAreasOfRegion: (agreement: string) => `/focus-areas/region/${agreement}`,
  pressReleases: '/press-releases',
  pressRelease: (slug: string) => `/press-releases/${slug}`,
  /** A year's releases; its further pages are listPage(this, n). */
  pressReleaseYear: (year: string) => `/press-releases/${year}`,
  pressReleasesAbout: (agreement: string) => `/press-releases/region/${agreement}`,
  pressReleasesInTheme: (theme: string) => `/press-releases/theme/${theme}`,
  /** Page n of a list of releases: the list's own address for the first, /page/n for the rest. */
  listPage: (list: string, n: number) => (n <= 1 ? list : `${list}/page/${n}`),
  programme: '/programme',
  networks: '/networks',
  networkProject: (slug: string) => `/networks/${slug}`,
  openData: '/open-data',
  search: '/search',
  accessibility: '/accessibility'
} as const;

/**
 * The addresses an entry gives the site, by its collection's folder under content/: its own page
 * and the lists that exist because of it. When an entry is removed, each needs a redirect.
 */
export const entryPaths: Record<string, (slug: string) => string[]> = {
  agreements: (slug) => [paths.agreement(slug), paths.focusAreasOfRegion(slug), paths.pressReleasesAbout(slug)],
  themes: (slug) => [paths.theme(slug), paths.focusAreasInTheme(slug), paths.pressReleasesInTheme(slug)],
  'focus-areas': (slug) => [paths.focusArea(slug)],
  'press-releases': (slug) => [paths.pressRelease(slug)],
  'network-projects': (slug) => [paths.networkProject(slug)],
  // The pages' addresses are the routes' own (paths above), not their folder names.
  pages: () => []
};

/** A locale-free path such as "/agreements/tampere". */
export type SitePath = string;
