import {Feed} from 'feed';
import {getTranslations} from 'next-intl/server';
import type {Locale} from './i18n/routing';
import {pressReleases} from './content/queries';
import {toInstant} from './dates';
import {absoluteUrl} from './urls';
import {paths} from './paths';
import {localePath} from './i18n/navigation';
import {contentLicence, siteOrigin} from './site';

/** Where a language's press-release feed lives (a file, so no trailing slash). */
export const feedPath = (locale: Locale) => `${localePath(paths.pressReleases, locale)}rss.xml`;
export const feedUrl = (locale: Locale) => `${siteOrigin}${feedPath(locale)}`;

/** A press release's stable identifier in feeds and open data. */
export const releaseId = (slug: string, locale: Locale) => `urn:ekosysteemisopimukset:press-release:${slug}:${locale}`;

/** The RSS 2.0 feed of one language's press releases, newest first. */
export async function pressReleaseFeed(locale: Locale): Promise<string> {
  const t = await getTranslations({locale, namespace: 'Feed'});
  const releases = pressReleases(locale).filter((r) => !r.fallback);
  const newest = releases[0];
  const feed = new Feed({
    title: t('title'),
    description: t('description'),
    id: absoluteUrl(paths.pressReleases, locale),
    link: absoluteUrl(paths.pressReleases, locale),
    language: locale,
    copyright: contentLicence.name,
    updated: newest ? toInstant(newest.data.published) : undefined,
    feedLinks: {rss: feedUrl(locale)},
    generator: t('title')
  });
  for (const r of releases) {
    const url = absoluteUrl(paths.pressRelease(r.slug), locale);
    feed.addItem({
      title: r.data.title,
      // An id that survives a change of domain: the release's slug and language.
      id: releaseId(r.slug, locale),
      link: url,
      description: r.data.summary,
      date: toInstant(r.data.published)
    });
  }
  return feed.rss2();
}
