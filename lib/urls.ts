import type {Locale} from './i18n/routing';
import {localePath} from './i18n/navigation';
import {isLocalBuild, siteOrigin} from './site';
import type {SitePath} from './paths';

/** The absolute URL of a page in a language, on the origin the site is built for. */
export function absoluteUrl(path: SitePath, locale: Locale): string {
  return `${siteOrigin}${localePath(path, locale)}`;
}

/**
 * A site address as a reader sees and copies it: absolute in a build for the public, only the
 * path in a build for this machine, so that no page ever shows a local address.
 */
export function shownAddress(address: string, origin = {origin: siteOrigin, local: isLocalBuild}): string {
  return origin.local ? address : `${origin.origin}${address}`;
}

/** A page's address in a language, as a reader sees it (see shownAddress). */
export const shownUrl = (path: SitePath, locale: Locale) => shownAddress(localePath(path, locale));
