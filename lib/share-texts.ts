import {getTranslations} from 'next-intl/server';
import type {Locale} from './i18n/routing';
import {agreement, focusAreasOf, pressRelease} from './content/queries';
import {formatDate} from './dates';
import {paths} from './paths';

/** What a share image says, and its text alternative: the same words, so the two never drift apart.
 *  The image lives at share.png beside its page. */
export type ShareTexts = {site: string; kicker?: string; title: string; detail?: string; alt: string; page: string};

export async function siteShare(locale: Locale): Promise<ShareTexts> {
  const t = await getTranslations({locale, namespace: 'SiteHeader'});
  return {site: t('siteName'), title: t('tagline'), alt: `${t('siteName')}: ${t('tagline')}`, page: paths.home};
}

export async function agreementShare(slug: string, locale: Locale): Promise<ShareTexts> {
  const site = await getTranslations({locale, namespace: 'SiteHeader'});
  const t = await getTranslations({locale, namespace: 'AgreementPage'});
  const a = agreement(slug, locale);
  const detail = focusAreasOf(slug, locale)
    .map((f) => f.data.title)
    .join(' · ');
  return {
    site: site('siteName'),
    kicker: t('kicker'),
    title: a.data.title,
    detail,
    alt: `${t('kicker')}: ${a.data.title}. ${detail}`,
    page: paths.agreement(slug)
  };
}

export async function pressReleaseShare(slug: string, locale: Locale): Promise<ShareTexts> {
  const site = await getTranslations({locale, namespace: 'SiteHeader'});
  const t = await getTranslations({locale, namespace: 'PressReleasePage'});
  const r = pressRelease(slug, locale);
  const kicker = `${t('kicker', {kind: r.data.kind})} ${formatDate(r.data.issued.slice(0, 10), locale)}`;
  return {
    site: site('siteName'),
    kicker,
    title: r.data.title,
    // The card's byline says whose text it is: the site's summary, not the ministry's release.
    detail: t('attributionHeading', {kind: r.data.kind}),
    alt: `${kicker}: ${r.data.title}`,
    page: paths.pressRelease(slug)
  };
}
