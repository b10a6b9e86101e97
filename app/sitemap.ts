import type {MetadataRoute} from 'next';
import {routing} from '@/lib/i18n/routing';
import {machineDate} from '@/lib/dates';
import {sitePages} from '@/lib/site-pages';
import {absoluteUrl} from '@/lib/urls';

export const dynamic = 'force-static';

/** Every page in every language, each listing its language versions and the date its content last changed. */
export default function sitemap(): MetadataRoute.Sitemap {
  return sitePages().flatMap(({path, modified}) => {
    const languages = Object.fromEntries([
      ...routing.locales.map((l) => [l, absoluteUrl(path, l)]),
      ['x-default', absoluteUrl(path, routing.defaultLocale)]
    ]);
    return routing.locales.map((locale) => ({
      url: absoluteUrl(path, locale),
      ...(modified ? {lastModified: machineDate(modified)} : {}),
      alternates: {languages}
    }));
  });
}
