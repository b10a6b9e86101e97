import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import {AgreementFocusAreaList} from './AgreementFocusAreaList';
import {ContactList} from './ContactList';
import {ReleaseAttribution} from './ReleaseAttribution';
import {FactList, type Fact} from './FactList';
import {FallbackNotice} from './FallbackNotice';
import {FormattedDate} from './FormattedDate';
import {PageHeading} from './PageHeading';
import {PageShell} from './PageShell';
import {PermanentLink} from './PermanentLink';
import {FeedLinks} from './FeedLinks';
import {PageDates} from './PageDates';
import {PageHistory} from './PageHistory';
import {SourceList} from './SourceList';
import {sitePublisher} from '@/lib/site';
import {historyOf} from '@/lib/content/history';
import {Prose} from './Prose';
import {Link} from '@/lib/i18n/navigation';
import {routing, type Locale} from '@/lib/i18n/routing';
import {agreement, pressRelease, releaseVersions, theme} from '@/lib/content/queries';
import {JsonLd} from './JsonLd';
import {pageMetadata, shareImageUrl} from '@/lib/metadata';
import {newsArticleData} from '@/lib/structured-data';
import {absoluteUrl} from '@/lib/urls';
import {pressReleaseShare} from '@/lib/share-texts';
import {paths} from '@/lib/paths';

export async function pressReleaseMetadata(slug: string, locale: Locale): Promise<Metadata> {
  const r = pressRelease(slug, locale);
  const {published, modified} = historyOf(r.data);
  return pageMetadata({
    locale,
    path: paths.pressRelease(slug),
    title: (await getTranslations({locale, namespace: 'PressReleasePage'}))('documentTitle', {title: r.data.title}),
    description: r.data.summary,
    share: await pressReleaseShare(slug, locale),
    article: {published, modified}
  });
}

/** A release summary: what it says, whose release it summarises, what it concerns, whom to ask. */
export async function PressReleasePage({slug, locale}: {slug: string; locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'PressReleasePage'});
  const crumbs = await getTranslations({locale, namespace: 'Breadcrumbs'});
  const inLanguage = await getTranslations({locale, namespace: 'InLanguage'});
  const r = pressRelease(slug, locale);
  const share = await pressReleaseShare(slug, locale);
  const lang = r.fallback ? r.locale : undefined;
  const versions = releaseVersions(slug);
  const otherVersions = routing.locales.filter((l) => l !== r.locale && versions[l]);
  const history = historyOf(r.data);
  const linkList = (items: {href: string; label: string}[]) => (
    <ul className="flex flex-wrap gap-x-m">
      {items.map((item) => (
        <li key={item.href}>
          <Link href={item.href}>{item.label}</Link>
        </li>
      ))}
    </ul>
  );
  const facts: Fact[] = [
    {term: t('agreements', {count: r.data.agreements.length}), value: linkList(r.data.agreements.map((a) => ({href: paths.agreement(a), label: agreement(a, locale).data.title})))},
    ...(r.data.themes
      ? [{term: t('themes', {count: r.data.themes.length}), value: linkList(r.data.themes.map((th) => ({href: paths.theme(th), label: theme(th, locale).data.title})))}]
      : []),
    ...(otherVersions.length > 0
      ? [
          {
            term: t('otherVersions'),
            value: (
              <ul className="flex flex-wrap gap-x-m">
                {otherVersions.map((l) => (
                  <li key={l}>
                    <Link href={paths.pressRelease(slug)} locale={l} lang={l} hrefLang={l}>
                      {versions[l]?.data.title}
                    </Link>{' '}
                    <span className="text-black-light1">({inLanguage(l)})</span>
                  </li>
                ))}
              </ul>
            )
          }
        ]
      : [])
  ];
  return (
    <PageShell
      locale={locale}
      path={paths.pressRelease(slug)}
      trail={[
        {label: crumbs('pressReleases'), href: paths.pressReleases},
        {label: r.data.title, href: paths.pressRelease(slug)}
      ]}
    >
      {r.fallback ? <FallbackNotice shown={r.locale} /> : null}
      <JsonLd data={newsArticleData({release: r, url: absoluteUrl(paths.pressRelease(slug), locale), image: shareImageUrl(share, locale), publisher: sitePublisher[locale]})} />
      <article>
        <PageHeading kicker={t('kicker', {kind: r.data.kind})} title={r.data.title} lead={r.data.summary} lang={lang} />
        <PageDates history={history} locale={locale} of="summary" />
        <ReleaseAttribution release={r.data} locale={locale} lang={lang} />
        <FactList facts={facts} />
        <Prose html={r.html} lang={lang} slots={{'focus-areas': <AgreementFocusAreaList locale={locale} />}} />
        {r.data.contacts ? (
          <section aria-labelledby="contacts" className="mt-xxl">
            <h2 id="contacts">{t('contacts')}</h2>
            <p className="mt-xs text-black-light1">{t.rich('contactsNote', {kind: r.data.kind, date: () => <FormattedDate value={r.data.issued.slice(0, 10)} locale={locale} />})}</p>
            <div className="mt-s" lang={lang}>
              <ContactList contacts={r.data.contacts} />
            </div>
          </section>
        ) : null}
        <SourceList sources={r.data.sources} locale={locale} />
        <PageHistory history={history} locale={locale} lang={lang} />
        <PermanentLink path={paths.pressRelease(slug)} locale={locale} />
      </article>
      <FeedLinks list={{kind: 'all'}} locale={locale} />
    </PageShell>
  );
}
