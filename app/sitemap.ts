import type {MetadataRoute} from 'next';
import {routing} from '@/lib/i18n/routing';
import {lastModified, sitePages} from '@/lib/site-pages';
import {absoluteUrl} from '@/lib/urls';

export const dynamic = 'force-static';

/** Every page in every language, each listing its language versions. */
export default function sitemap(): MetadataRoute.Sitemap {
  return sitePages().flatMap(({path, sources}) => {
    const modified = lastModified(sources);
    const languages = Object.fromEntries([
      ...routing.locales.map((l) => [l, absoluteUrl(path, l)]),
      ['x-default', absoluteUrl(path, routing.defaultLocale)]
    ]);
    return routing.locales.map((locale) => ({
      url: absoluteUrl(path, locale),
      ...(modified ? {lastModified: modified} : {}),
      alternates: {languages}
    }));
  });
}
