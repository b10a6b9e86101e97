import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import {PageDates} from '@/components/PageDates';
import {SourceList} from '@/components/SourceList';
import {PageHistory} from '@/components/PageHistory';
import {historyOf} from '@/lib/content/history';
import {RelatedReleases} from '@/components/RelatedReleases';
import {FactList} from '@/components/FactList';
import {FallbackNotice} from '@/components/FallbackNotice';
import {FocusAreaLinks} from '@/components/FocusAreaLinks';
import {FormattedDate} from '@/components/FormattedDate';
import {PageHeading} from '@/components/PageHeading';
import {PageShell} from '@/components/PageShell';
import {PermanentLink} from '@/components/PermanentLink';
import {Prose} from '@/components/Prose';
import {Link} from '@/lib/i18n/navigation';
import {pageLocale, type SlugParams} from '@/lib/i18n/page';
import {agreement, focusAreasOf, sharedThemes, slugs, themes} from '@/lib/content/queries';
import {pageMetadata} from '@/lib/metadata';
import {agreementShare} from '@/lib/share-texts';
import {agreementDescription} from '@/lib/descriptions';
import {paths} from '@/lib/paths';
import {officialLinks} from '@/lib/site';

export const dynamicParams = false;
export const generateStaticParams = () => slugs.agreements().map((slug) => ({slug}));

export async function generateMetadata({params}: {params: SlugParams}): Promise<Metadata> {
  const locale = await pageLocale(params);
  const {slug} = await params;
  const a = agreement(slug, locale);
  const t = await getTranslations({locale, namespace: 'AgreementPage'});
  const description = agreementDescription(a, focusAreasOf(slug, locale), (values) => t('description', values));
  return pageMetadata({locale, path: paths.agreement(slug), title: a.data.title, description, share: await agreementShare(slug, locale), feeds: [{kind: 'region', slug}]});
}

export default async function AgreementPage({params}: {params: SlugParams}) {
  const locale = await pageLocale(params);
  const {slug} = await params;
  const t = await getTranslations({locale, namespace: 'AgreementPage'});
  const crumbs = await getTranslations({locale, namespace: 'Breadcrumbs'});
  const a = agreement(slug, locale);
  const lang = a.fallback ? a.locale : undefined;
  const themeTitle = new Map(themes(locale).map((th) => [th.slug, th.data.title]));
  const shared = sharedThemes(slug, locale);
  const history = historyOf(a.data);
  return (
    <PageShell
      locale={locale}
      path={paths.agreement(slug)}
      trail={[
        {label: crumbs('agreements'), href: paths.agreements},
        {label: a.data.title, href: paths.agreement(slug)}
      ]}
    >
      {a.fallback ? <FallbackNotice shown={a.locale} /> : null}
      <PageHeading kicker={t('kicker')} title={a.data.title} lead={a.data.summary} lang={lang} />
      <PageDates history={history} locale={locale} page={{name: a.data.title, path: paths.agreement(slug), inLanguage: a.locale}} />
      <FactList
        facts={[
          {term: t('cities'), value: <span lang={lang}>{a.data.cities.join(', ')}</span>},
          {term: t('signed'), value: <FormattedDate value={a.data.signed} locale={locale} />},
          {term: t('validUntil'), value: t.rich('validUntilValue', {date: () => <FormattedDate value={a.data.validUntil} locale={locale} />})}
        ]}
      />
      <section aria-labelledby="focus-areas" className="mb-xl">
        <h2 id="focus-areas">{t('focusAreas')}</h2>
        <div className="mt-s">
          <FocusAreaLinks
            items={focusAreasOf(slug, locale).map((f) => ({
              slug: f.slug,
              title: f.data.title,
              note: themeTitle.get(f.data.theme),
              summary: f.data.summary,
              lang: f.fallback ? f.locale : undefined
            }))}
          />
        </div>
        <p className="mt-m">{t.rich('shared', {link: (chunks) => <Link href={paths.programme}>{chunks}</Link>})}</p>
      </section>
      <Prose html={a.html} lang={lang} />

      <section aria-labelledby="shared" className="mt-xxl">
        <h2 id="shared">{t('sharedHeading')}</h2>
        {shared.map(({theme, others}) => (
          <div key={theme.slug} className="mt-m">
            <h3>
              <Link href={paths.theme(theme.slug)}>{theme.data.title}</Link>
            </h3>
            {others.length === 0 ? (
              <p>{t('noOthers')}</p>
            ) : (
              <ul className="mt-xs grid gap-xxs">
                {others.map(({agreement: other, focusAreas}) => (
                  <li key={other.slug}>
                    <Link href={paths.agreement(other.slug)}>{other.data.title}</Link>
                    <span className="text-black-light1"> — {focusAreas.map((f) => f.data.title).join('; ')}</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </section>

      <RelatedReleases list={{kind: 'region', slug}} name={a.data.title} locale={locale} />

      <SourceList sources={a.data.sources} locale={locale} />
      <PageHistory history={history} locale={locale} lang={lang} />
      <PermanentLink path={paths.agreement(slug)} locale={locale} />

      <section aria-labelledby="read-more" className="mt-xxl">
        <h2 id="read-more">{t('readMore')}</h2>
        <ul className="mt-s grid gap-xxs">
          <li>
            <a href={officialLinks.ministry[locale]}>{t('ministryPage')}</a>
          </li>
          <li>
            <a href={officialLinks.cities[locale]}>{t('citiesNetwork')}</a>
          </li>
        </ul>
      </section>
    </PageShell>
  );
}
