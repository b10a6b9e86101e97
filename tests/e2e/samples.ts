import {routing} from '../../lib/i18n/routing';

export const locales = routing.locales;

/** One page of every type, by its locale-free path. */
export const pageTypes = [
  {type: 'home', path: '/'},
  {type: 'agreement list', path: '/agreements/'},
  {type: 'agreement', path: '/agreements/tampere/'},
  {type: 'theme list', path: '/themes/'},
  {type: 'theme', path: '/themes/wellbeing/'},
  {type: 'focus area list', path: '/focus-areas/'},
  {type: 'focus area', path: '/focus-areas/tampere-digital-health-solutions/'},
  {type: 'press release list', path: '/press-releases/'},
  {type: 'press release', path: '/press-releases/2020-05-20-agreements-to-be-concluded-with-18-cities/'},
  {type: 'press release year', path: '/press-releases/2021/'},
  {type: 'press releases of a region', path: '/press-releases/region/tampere/'},
  {type: 'programme', path: '/programme/'},
  {type: 'networks', path: '/networks/'},
  {type: 'network project', path: '/networks/regional-towns-innovation-ecosystem-network/'},
  {type: 'accessibility statement', path: '/accessibility/'}
] as const;

/** Texts the tests look for, as a reader sees them in each language. */
export const ui = {
  fi: {self: 'Suomi', language: 'Kieli', breadcrumb: 'Murupolku', skip: 'Siirry pääsisältöön', site: 'Ekosysteemisopimukset', main: 'Päävalikko'},
  sv: {self: 'Svenska', language: 'Språk', breadcrumb: 'Brödsmulestig', skip: 'Hoppa till huvudinnehållet', site: 'Ekosystemavtal', main: 'Huvudmeny'},
  en: {self: 'English', language: 'Language', breadcrumb: 'Breadcrumb', skip: 'Skip to main content', site: 'Ecosystem agreements', main: 'Main'}
} as const;

export const url = (locale: string, path: string) => `/${locale}${path}`;
