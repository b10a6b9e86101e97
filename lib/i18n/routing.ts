import {defineRouting} from 'next-intl/routing';

// The one list of locales. Everything else (pages, tests, content checks) derives from it.
export const routing = defineRouting({
  locales: ['fi', 'sv', 'en'],
  defaultLocale: 'fi',
  // Static export has no middleware to negotiate a locale, so every URL carries its prefix.
  localePrefix: 'always'
});

export type Locale = (typeof routing.locales)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (routing.locales as readonly string[]).includes(value);
}
