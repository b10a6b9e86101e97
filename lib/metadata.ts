import type {Metadata} from 'next';
import {routing, type Locale} from './i18n/routing';
import {localePath} from './i18n/navigation';
import {siteOrigin} from './site';
import type {SitePath} from './paths';

/** The absolute URL of a page in a language. */
export function absoluteUrl(path: SitePath, locale: Locale): string {
  return `${siteOrigin}${localePath(path, locale)}`;
}

/** Title, description, canonical URL and hreflang alternates for one page. */
export function pageMetadata({locale, path, title, description}: {locale: Locale; path: SitePath; title?: string; description: string}): Metadata {
  const languages: Record<string, string> = Object.fromEntries(routing.locales.map((l) => [l, absoluteUrl(path, l)]));
  languages['x-default'] = absoluteUrl(path, routing.defaultLocale);
  return {
    ...(title ? {title} : {}),
    description,
    alternates: {canonical: absoluteUrl(path, locale), languages}
  };
}
