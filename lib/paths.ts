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
  programme: '/programme',
  networks: '/networks',
  networkProject: (slug: string) => `/networks/${slug}`,
  openData: '/open-data',
  search: '/search',
  accessibility: '/accessibility'
} as const;

/** A locale-free path such as "/agreements/tampere". */
export type SitePath = string;
