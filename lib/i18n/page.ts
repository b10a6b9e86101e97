import {notFound} from 'next/navigation';
import {setRequestLocale} from 'next-intl/server';
import {isLocale, routing, type Locale} from './routing';

export type LocaleParams = Promise<{locale: string}>;
export type SlugParams = Promise<{locale: string; slug: string}>;

/** Reads the page's locale and tells next-intl about it, which static rendering requires. */
export async function pageLocale(params: Promise<{locale: string}>): Promise<Locale> {
  const {locale} = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

export function localeParams() {
  return routing.locales.map((locale) => ({locale}));
}
