import type {Locale} from './i18n/routing';
import {localePath} from './i18n/navigation';
import {siteOrigin} from './site';
import type {SitePath} from './paths';

/** The absolute URL of a page in a language, on the origin the site is built for. */
export function absoluteUrl(path: SitePath, locale: Locale): string {
  return `${siteOrigin}${localePath(path, locale)}`;
}
