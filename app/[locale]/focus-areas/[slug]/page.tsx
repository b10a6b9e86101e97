import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import {PageDates} from '@/components/PageDates';
import {OtherNames} from '@/components/OtherNames';
import {SourceList} from '@/components/SourceList';
import {PageHistory} from '@/components/PageHistory';
import {historyOf} from '@/lib/content/history';
import {FactList} from '@/components/FactList';
import {FallbackNotice} from '@/components/FallbackNotice';
import {FocusAreaLinks} from '@/components/FocusAreaLinks';
import {PageHeading} from '@/components/PageHeading';
import {PageShell} from '@/components/PageShell';
import {Prose} from '@/components/Prose';
import {Link} from '@/lib/i18n/navigation';
import {pageLocale, type SlugParams} from '@/lib/i18n/page';
import {agreement, agreements, focusArea, focusAreasIn, focusAreasOf, slugs, theme, themes} from '@/lib/content/queries';
import {pageMetadata} from '@/lib/metadata';
import {paths} from '@/lib/paths';

export const dynamicParams = false;
export const generateStaticParams = () => slugs.focusAreas().map((slug) => ({slug}));

export async function generateMetadata({params}: {params: SlugParams}): Promise<Metadata> {
  const locale = await pageLocale(params);
  const {slug} = await params;
  const f = focusArea(slug, locale);
  const a = agreement(f.data.agreement, locale);
  const th = theme(f.data.theme, locale);
  const t = await getTranslations({locale, namespace: 'FocusAreaPage'});
  return pageMetadata({
    locale,
    path: paths.focusArea(slug),
    // The region tells apart focus areas of the same name (Turku's and Jyväskylä's).
    title: `${f.data.title}, ${a.data.title}`,
    description: f.data.summary ?? t('description', {region: a.data.title, theme: th.data.title})
  });
}

export default async function FocusAreaPage({params}: {params: SlugParams}) {
  const locale = await pageLocale(params);
  const {slug} = await params;
  const t = await getTranslations({locale, namespace: 'FocusAreaPage'});
  const crumbs = await getTranslations({locale, namespace: 'Breadcrumbs'});
  const f = focusArea(slug, locale);
  const a = agreement(f.data.agreement, locale);
  const th = theme(f.data.theme, locale);
  const lang = f.fallback ? f.locale : undefined;
  const region = new Map(agreements(locale).map((x) => [x.slug, x.data.title]));
  const others = focusAreasIn(f.data.theme, locale).filter((o) => o.data.agreement !== f.data.agreement);
  const siblings = focusAreasOf(f.data.agreement, locale).filter((o) => o.slug !== slug);
  const themeTitle = new Map(themes(locale).map((x) => [x.slug, x.data.title]));
  const history = historyOf(f.data);
  return (
    <PageShell
      locale={locale}
      path={paths.focusArea(slug)}
      trail={[
        {label: crumbs('focusAreas'), href: paths.focusAreas},
        {label: f.data.title, href: paths.focusArea(slug)}
      ]}
    >
      {f.fallback ? <FallbackNotice shown={f.locale} /> : null}
      <PageHeading kicker={t('kicker')} title={f.data.title} lead={f.data.summary} lang={lang} />
      <PageDates history={history} locale={locale} page={{name: f.data.title, path: paths.focusArea(slug), inLanguage: f.locale}} />
      <FactList
        facts={[
          {term: t('agreement'), value: <Link href={paths.agreement(a.slug)}>{a.data.title}</Link>},
          {term: t('theme'), value: <Link href={paths.theme(th.slug)}>{th.data.title}</Link>},
          ...(f.data.alternativeNames
            ? [{term: t('alternativeNames'), value: <OtherNames names={f.data.alternativeNames} sources={f.data.sources} locale={locale} />}]
            : [])
        ]}
      />
      <Prose html={f.html} lang={lang} />
      {/* The only focus area of its agreement says so, rather than head an empty section. */}
      {siblings.length === 0 ? (
        <p className="mt-xxl">{t('noSiblings')}</p>
      ) : (
        <section aria-labelledby="siblings" className="mt-xxl">
          <h2 id="siblings">{t('siblings')}</h2>
          <div className="mt-s">
            <FocusAreaLinks
              items={siblings.map((o) => ({slug: o.slug, title: o.data.title, note: themeTitle.get(o.data.theme), lang: o.fallback ? o.locale : undefined}))}
            />
          </div>
        </section>
      )}
      <section aria-labelledby="same-theme" className="mt-xxl">
        <h2 id="same-theme">{t('sameTheme', {theme: th.data.title})}</h2>
        <div className="mt-s">
          <FocusAreaLinks
            items={others.map((o) => ({slug: o.slug, title: o.data.title, note: region.get(o.data.agreement), lang: o.fallback ? o.locale : undefined}))}
          />
        </div>
      </section>
      <SourceList sources={f.data.sources} locale={locale} />
      <PageHistory history={history} locale={locale} lang={lang} />
    </PageShell>
  );
}
