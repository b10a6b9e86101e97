import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import {AgreementFocusAreaList} from '@/components/AgreementFocusAreaList';
import {ContactList} from '@/components/ContactList';
import {ReleaseAttribution} from '@/components/ReleaseAttribution';
import {FactList, type Fact} from '@/components/FactList';
import {FallbackNotice} from '@/components/FallbackNotice';
import {FormattedDate} from '@/components/FormattedDate';
import {PageHeading} from '@/components/PageHeading';
import {PageShell} from '@/components/PageShell';
import {PermanentLink} from '@/components/PermanentLink';
import {FeedLink} from '@/components/FeedLink';
import {Prose} from '@/components/Prose';
import {Link} from '@/lib/i18n/navigation';
import {pageLocale, type SlugParams} from '@/lib/i18n/page';
import {routing} from '@/lib/i18n/routing';
import {pressRelease, releaseVersions, slugs} from '@/lib/content/queries';
import {JsonLd} from '@/components/JsonLd';
import {pageMetadata, shareImageUrl} from '@/lib/metadata';
import {newsArticleData} from '@/lib/structured-data';
import {absoluteUrl} from '@/lib/urls';
import {pressReleaseShare} from '@/lib/share-texts';
import {paths} from '@/lib/paths';

export const dynamicParams = false;
export const generateStaticParams = () => slugs.pressReleases().map((slug) => ({slug}));

export async function generateMetadata({params}: {params: SlugParams}): Promise<Metadata> {
  const locale = await pageLocale(params);
  const {slug} = await params;
  const r = pressRelease(slug, locale);
  return pageMetadata({
    locale,
    path: paths.pressRelease(slug),
    title: r.data.title,
    description: r.data.summary,
    share: await pressReleaseShare(slug, locale),
    article: {published: r.data.published}
  });
}

export default async function PressReleasePage({params}: {params: SlugParams}) {
  const locale = await pageLocale(params);
  const {slug} = await params;
  const t = await getTranslations({locale, namespace: 'PressReleasePage'});
  const crumbs = await getTranslations({locale, namespace: 'Breadcrumbs'});
  const languages = await getTranslations({locale, namespace: 'Languages'});
  const r = pressRelease(slug, locale);
  const share = await pressReleaseShare(slug, locale);
  const lang = r.fallback ? r.locale : undefined;
  const versions = releaseVersions(slug);
  const otherVersions = routing.locales.filter((l) => l !== r.locale && versions[l]);
  const facts: Fact[] = [
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
                    <span className="text-black-light1">({languages(l)})</span>
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
      <JsonLd data={newsArticleData({release: r, url: absoluteUrl(paths.pressRelease(slug), locale), image: shareImageUrl(share, locale), publisher: r.data.issuer})} />
      <article>
        <PageHeading kicker={t('kicker')} title={r.data.title} lead={r.data.summary} lang={lang} />
        <ReleaseAttribution release={r.data} locale={locale} lang={lang} />
        {facts.length > 0 ? <FactList facts={facts} /> : null}
        <Prose html={r.html} lang={lang} slots={{'focus-areas': <AgreementFocusAreaList locale={locale} />}} />
        <section aria-labelledby="contacts" className="mt-xxl">
          <h2 id="contacts">{t('contacts')}</h2>
          <p className="mt-xs text-black-light1">{t.rich('contactsNote', {date: () => <FormattedDate value={r.data.published.slice(0, 10)} locale={locale} />})}</p>
          <div className="mt-s" lang={lang}>
            <ContactList contacts={r.data.contacts} />
          </div>
        </section>
        <PermanentLink path={paths.pressRelease(slug)} locale={locale} />
      </article>
      <FeedLink locale={locale} />
    </PageShell>
  );
}
