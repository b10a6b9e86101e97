import {Feed} from 'feed';
import {getTranslations} from 'next-intl/server';
import {isLocale, routing, type Locale} from './i18n/routing';
import {agreement, slugs, theme} from './content/queries';
import {historyOf} from './content/history';
import {getContent} from './content';
import {toInstant} from './dates';
import {absoluteUrl} from './urls';
import {paths} from './paths';
import {localePath} from './i18n/navigation';
import {contentLicence, siteOrigin} from './site';
import {feedSize, listPath, releasesIn, type ReleaseList} from './press-room';

/** The lists that have feeds: all releases, and those about one agreement or one theme. */
export type FeedList = Exclude<ReleaseList, {kind: 'year'}>;
export type FeedFormat = 'rss' | 'atom';

export const feedTypes: Record<FeedFormat, string> = {rss: 'application/rss+xml', atom: 'application/atom+xml'};
const fileNames: Record<FeedFormat, string> = {rss: 'rss.xml', atom: 'atom.xml'};

/** Where a feed lives: beside its list's first page (a file, so no trailing slash). */
export const feedPath = (list: FeedList, format: FeedFormat, locale: Locale) => `${localePath(listPath(list), locale)}${fileNames[format]}`;
export const feedUrl = (list: FeedList, format: FeedFormat, locale: Locale) => `${siteOrigin}${feedPath(list, format, locale)}`;

/** A press release's stable identifier in feeds and open data: its slug and language, not its address. */
export const releaseId = (slug: string, locale: Locale) => `urn:ekosysteemisopimukset:press-release:${slug}:${locale}`;

/** A feed's title in a language: "… – press releases", or with the agreement's or theme's name. */
export async function feedTitle(list: FeedList, locale: Locale): Promise<string> {
  const t = await getTranslations({locale, namespace: 'Feed'});
  switch (list.kind) {
    case 'all':
      return t('title');
    case 'region':
      return t('regionTitle', {name: agreement(list.slug, locale).data.title});
    case 'theme':
      return t('themeTitle', {name: theme(list.slug, locale).data.title});
  }
}

/** Both formats of a list's feed, for <link rel="alternate"> and visible links. */
export async function feedLinks(list: FeedList, locale: Locale) {
  const title = await feedTitle(list, locale);
  return (['rss', 'atom'] as const).map((format) => ({format, type: feedTypes[format], url: feedUrl(list, format, locale), path: feedPath(list, format, locale), title}));
}

/**
 * A feed of a list's newest summaries in one language (those written in it; a fallback is not
 * news in that language), as RSS 2.0 or Atom 1.0: newest by when the summary appeared on the site,
 * so that a summary of an older release still reaches subscribers. An item's dates are the
 * summary's own (published, last updated, so that a change note reaches them); the ministry's
 * date stays on the page. Items are titled as summaries, and the site is their author.
 */
export async function releaseFeed(list: FeedList, format: FeedFormat, locale: Locale): Promise<string> {
  const t = await getTranslations({locale, namespace: 'Feed'});
  const page = await getTranslations({locale, namespace: 'PressReleasePage'});
  const site = await getTranslations({locale, namespace: 'SiteHeader'});
  const dated = releasesIn(list, locale)
    .filter((r) => !r.fallback)
    .map((r) => ({release: r, history: historyOf(r.data)}))
    .sort((a, b) => toInstant(b.history.published).getTime() - toInstant(a.history.published).getTime())
    .slice(0, feedSize);
  const updated = dated.map((d) => toInstant(d.history.modified)).sort((a, b) => b.getTime() - a.getTime())[0];
  const home = absoluteUrl(listPath(list), locale);
  const feed = new Feed({
    title: await feedTitle(list, locale),
    description: t('description'),
    id: home,
    link: home,
    language: locale,
    copyright: contentLicence.name,
    // Atom requires a date: a list with no releases yet is as new as the build.
    updated: updated ?? getContent().now,
    author: {name: site('siteName')},
    feedLinks: {rss: feedUrl(list, 'rss', locale), atom: feedUrl(list, 'atom', locale)},
    generator: t('title')
  });
  for (const {release: r, history} of dated) {
    feed.addItem({
      title: page('documentTitle', {title: r.data.title}),
      // An id that survives a change of domain: the release's slug and language.
      id: releaseId(r.slug, locale),
      link: absoluteUrl(paths.pressRelease(r.slug), locale),
      description: r.data.summary,
      // RSS has one date, pubDate, which `feed` takes from `published` when it is given: leave it
      // out there, so that pubDate is the last update and a change note reaches subscribers.
      // Atom keeps both (<published> and <updated>).
      ...(format === 'atom' ? {published: toInstant(history.published)} : {}),
      date: toInstant(history.modified)
    });
  }
  return format === 'rss' ? feed.rss2() : feed.atom1();
}

/** The response for a feed route. */
export async function feedResponse(list: FeedList, format: FeedFormat, locale: Locale): Promise<Response> {
  return new Response(await releaseFeed(list, format, locale), {headers: {'Content-Type': `${feedTypes[format]}; charset=utf-8`}});
}

type FeedParams = Promise<{locale: string; region?: string; theme?: string}>;

/**
 * What a feed route exports besides its segment config (which Next.js reads as literals, so it
 * stays in each route file): the addresses to build and the response. `kind` is the route's
 * dynamic segment, [region] or [theme]; without it the route serves all releases.
 */
export function feedRoute(format: FeedFormat, kind?: 'region' | 'theme') {
  return {
    generateStaticParams: () =>
      routing.locales.flatMap((locale) => (kind ? (kind === 'region' ? slugs.agreements() : slugs.themes()).map((slug) => ({locale, [kind]: slug})) : [{locale}])),
    async GET(_request: Request, {params}: {params: FeedParams}) {
      const values = await params;
      const slug = kind ? values[kind] : undefined;
      if (!isLocale(values.locale) || (kind && !slug)) return new Response(null, {status: 404});
      return feedResponse(kind && slug ? {kind, slug} : {kind: 'all'}, format, values.locale);
    }
  };
}
