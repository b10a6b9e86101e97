import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import {routing, type Locale} from './i18n/routing';
import {absoluteUrl} from './urls';
import {machineDate} from './dates';
import {feedLinks, type FeedList} from './feed';
import {shareImageSize} from './share-image';
import {siteShare, type ShareTexts} from './share-texts';
import type {SitePath} from './paths';


/** The share image that sits beside a page. */
export const shareImageUrl = (share: ShareTexts, locale: Locale) => `${absoluteUrl(share.page, locale)}share.png`;

const ogLocale: Record<Locale, string> = {fi: 'fi_FI', sv: 'sv_FI', en: 'en_GB'};

type PageMeta = {
  locale: Locale;
  path: SitePath;
  /** The page's own title; the site name is added by the layout's template. */
  title?: string;
  description: string;
  /** The page's own share image; the site's otherwise. */
  share?: ShareTexts;
  /** For press releases: publication dates, as the content gives them. */
  article?: {published: string; modified?: string};
  /** Feeds of this page's own releases (an agreement's, a theme's), announced before the language's. */
  feeds?: FeedList[];
};

/**
 * Everything a page says about itself in <head>: title and description in its language,
 * canonical URL, hreflang alternates (reciprocal, with x-default), the language's press-release
 * feeds (RSS and Atom) after the page's own, Open Graph and Twitter cards with a share image made at build time.
 */
export async function pageMetadata({locale, path, title, description, share, article, feeds = []}: PageMeta): Promise<Metadata> {
  const site = await getTranslations({locale, namespace: 'SiteHeader'});
  const announced = (await Promise.all([...feeds, {kind: 'all' as const}].map((list) => feedLinks(list, locale)))).flat();
  const types: Record<string, {url: string; title: string}[]> = {};
  for (const f of announced) (types[f.type] ??= []).push({url: f.url, title: f.title});
  const image = share ?? (await siteShare(locale));
  const languages: Record<string, string> = Object.fromEntries(routing.locales.map((l) => [l, absoluteUrl(path, l)]));
  languages['x-default'] = absoluteUrl(path, routing.defaultLocale);
  const url = absoluteUrl(path, locale);
  const images = [{url: shareImageUrl(image, locale), ...shareImageSize, alt: image.alt}];
  const shownTitle = title ?? site('siteName');
  return {
    ...(title ? {title} : {}),
    description,
    alternates: {
      canonical: url,
      languages,
      types
    },
    openGraph: {
      siteName: site('siteName'),
      title: shownTitle,
      description,
      url,
      locale: ogLocale[locale],
      alternateLocale: routing.locales.filter((l) => l !== locale).map((l) => ogLocale[l]),
      images,
      ...(article
        ? {type: 'article', publishedTime: machineDate(article.published), ...(article.modified ? {modifiedTime: machineDate(article.modified)} : {})}
        : {type: 'website'})
    },
    twitter: {card: 'summary_large_image', title: shownTitle, description, images}
  };
}
