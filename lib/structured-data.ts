import type {BreadcrumbList, GovernmentOrganization, NewsArticle, WebPage, WithContext} from 'schema-dts';
import type {Locale} from './i18n/routing';
import type {Localized} from './content';
import type {PressRelease} from './content/schemas';
import {historyOf, type History} from './content/history';
import {machineDate} from './dates';
import {feedbackEmail, siteOrigin} from './site';
import {absoluteUrl} from './urls';
import type {SitePath} from './paths';

/** Who publishes the site (content/site.yaml), named in the page's language, with its feedback address. */
export function publisherData(name: string): WithContext<GovernmentOrganization> {
  return {'@context': 'https://schema.org', '@type': 'GovernmentOrganization', '@id': `${siteOrigin}/#publisher`, name, email: feedbackEmail};
}

/** The same organisation inside another item. */
function publisher(name: string): GovernmentOrganization {
  return {'@type': 'GovernmentOrganization', '@id': `${siteOrigin}/#publisher`, name};
}

export function breadcrumbData(trail: {label: string; href: SitePath}[], locale: Locale): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.label,
      item: absoluteUrl(crumb.href, locale)
    }))
  };
}

/**
 * A release page is the site's summary of the ministry's release: the summary is the article,
 * written and published by the site's publisher, and the ministry's release, in each language
 * version the sources hold, is what it is based on.
 */
export function newsArticleData({release, url, image, publisher: site}: {release: Localized<PressRelease>; url: string; image: string; publisher: string}): WithContext<NewsArticle> {
  const history = historyOf(release.data);
  const issuer: GovernmentOrganization = {'@type': 'GovernmentOrganization', name: release.data.issuer};
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: release.data.title,
    description: release.data.summary,
    inLanguage: release.locale,
    url,
    mainEntityOfPage: url,
    image: [image],
    datePublished: machineDate(history.published),
    dateModified: machineDate(history.modified),
    author: publisher(site),
    publisher: publisher(site),
    isBasedOn: release.data.ministryVersions.map((v) => ({
      '@type': 'NewsArticle' as const,
      headline: v.headline,
      inLanguage: v.language,
      datePublished: machineDate(v.published),
      ...(v.url ? {url: v.url} : {}),
      author: issuer,
      publisher: issuer
    }))
  };
}

/** A dated page (agreement, focus area, theme, programme): the same dates it shows and the sitemap gives. */
export function webPageData({name, url, locale, history}: {name: string; url: string; locale: Locale; history: History}): WithContext<WebPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name,
    url,
    inLanguage: locale,
    datePublished: machineDate(history.published),
    dateModified: machineDate(history.modified)
  };
}
