import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import {PageDates} from '@/components/PageDates';
import {PageHistory} from '@/components/PageHistory';
import {SourceList} from '@/components/SourceList';
import {historyOf} from '@/lib/content/history';
import {RelatedReleases} from '@/components/RelatedReleases';
import {FallbackNotice} from '@/components/FallbackNotice';
import {FocusAreaLinks} from '@/components/FocusAreaLinks';
import {PageHeading} from '@/components/PageHeading';
import {PageShell} from '@/components/PageShell';
import {Prose} from '@/components/Prose';
import {Link} from '@/lib/i18n/navigation';
import {pageLocale, type SlugParams} from '@/lib/i18n/page';
import {byAgreement, focusAreasIn, mapRegions, slugs, theme} from '@/lib/content/queries';
import {RegionMap} from '@/components/RegionMap';
import {pageMetadata} from '@/lib/metadata';
import {paths} from '@/lib/paths';

export const dynamicParams = false;
export const generateStaticParams = () => slugs.themes().map((slug) => ({slug}));

export async function generateMetadata({params}: {params: SlugParams}): Promise<Metadata> {
  const locale = await pageLocale(params);
  const {slug} = await params;
  const th = theme(slug, locale);
  return pageMetadata({locale, path: paths.theme(slug), title: th.data.title, description: th.data.summary, feeds: [{kind: 'theme', slug}]});
}

export default async function ThemePage({params}: {params: SlugParams}) {
  const locale = await pageLocale(params);
  const {slug} = await params;
  const t = await getTranslations({locale, namespace: 'ThemePage'});
  const crumbs = await getTranslations({locale, namespace: 'Breadcrumbs'});
  const map = await getTranslations({locale, namespace: 'Map'});
  const th = theme(slug, locale);
  const lang = th.fallback ? th.locale : undefined;
  const groups = byAgreement(focusAreasIn(slug, locale), locale);
  const history = historyOf(th.data);
  return (
    <PageShell
      locale={locale}
      path={paths.theme(slug)}
      trail={[
        {label: crumbs('themes'), href: paths.themes},
        {label: th.data.title, href: paths.theme(slug)}
      ]}
    >
      {th.fallback ? <FallbackNotice shown={th.locale} /> : null}
      <PageHeading kicker={t('kicker')} title={th.data.title} lead={th.data.summary} lang={lang} />
      <PageDates history={history} locale={locale} page={{name: th.data.title, path: paths.theme(slug), inLanguage: th.locale}} />
      <p className="mb-m max-w-prose">{t('source')}</p>
      <Prose html={th.html} lang={lang} />
      <section aria-labelledby="by-region" className="mt-xxl">
        <h2 id="by-region">{t('byRegion')}</h2>
        <p className="mt-xs">{t('counts', {focusAreas: groups.reduce((n, g) => n + g.focusAreas.length, 0), regions: groups.length})}</p>
        <div className="mt-m">
          <RegionMap regions={mapRegions(locale, slug)} locale={locale} mapLabel={map('themeLabel', {theme: th.data.title})} listLabel={map('list')} />
        </div>
        <div className="mt-m grid gap-m m:grid-cols-2">
          {groups.map(({agreement, focusAreas}) => (
            <div key={agreement.slug} lang={agreement.fallback ? agreement.locale : undefined}>
              <h3>
                <Link href={paths.agreement(agreement.slug)}>{agreement.data.title}</Link>
              </h3>
              <FocusAreaLinks items={focusAreas.map((f) => ({slug: f.slug, title: f.data.title, lang: f.fallback ? f.locale : undefined}))} />
            </div>
          ))}
        </div>
      </section>
      <RelatedReleases list={{kind: 'theme', slug}} name={th.data.title} locale={locale} />
      <SourceList sources={th.data.sources} locale={locale} />
      <PageHistory history={history} locale={locale} lang={lang} />
    </PageShell>
  );
}
