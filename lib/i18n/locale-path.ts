import {routing, type Locale} from './routing';

/**
 * The path of a page in a language, with the trailing slash of the URL contract: every link,
 * metadata entry and feed gets its address here. With `localePrefix: 'always'` and no localised
 * pathnames, next-intl's getPathname is the locale prefix and the path, which this reproduces
 * without loading next/navigation, so that the content loader, scripts and tests can use it too;
 * tests/unit/locale-path.test.ts proves it equals getPathname for every page of the site.
 */
export function localePath(href: string, locale: Locale): string {
  if (routing.localePrefix !== 'always') throw new Error('localePath assumes localePrefix "always"');
  const path = `/${locale}${href === '/' ? '' : href}`;
  return path.endsWith('/') ? path : `${path}/`;
}
