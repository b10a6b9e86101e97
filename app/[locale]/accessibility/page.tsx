import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import {FallbackNotice} from '@/components/FallbackNotice';
import {PageDates} from '@/components/PageDates';
import {PageHistory} from '@/components/PageHistory';
import {SourceList} from '@/components/SourceList';
import {historyOf} from '@/lib/content/history';
import {PageHeading} from '@/components/PageHeading';
import {PageShell} from '@/components/PageShell';
import {Prose} from '@/components/Prose';
import {pageLocale, type LocaleParams} from '@/lib/i18n/page';
import {page} from '@/lib/content/queries';
import {pageMetadata} from '@/lib/metadata';
import {paths} from '@/lib/paths';
import {feedbackEmail, officialLinks, sitePublisher} from '@/lib/site';
import {checkedPageCount} from '@/lib/site-pages';
import {FactList} from '@/components/FactList';

export async function generateMetadata({params}: {params: LocaleParams}): Promise<Metadata> {
  const locale = await pageLocale(params);
  const p = page('accessibility', locale);
  return pageMetadata({locale, path: paths.accessibility, title: p.data.title, description: p.data.description});
}

export default async function AccessibilityPage({params}: {params: LocaleParams}) {
  const locale = await pageLocale(params);
  const t = await getTranslations({locale, namespace: 'AccessibilityPage'});
  const p = page('accessibility', locale);
  const lang = p.fallback ? p.locale : undefined;
  const history = historyOf(p.data);
  return (
    <PageShell
      locale={locale}
      path={paths.accessibility}
      trail={[{label: p.data.title, href: paths.accessibility}]}
    >
      {p.fallback ? <FallbackNotice shown={p.locale} /> : null}
      <PageHeading title={p.data.title} lead={p.data.description} lang={lang} />
      <PageDates history={history} locale={locale} page={{name: p.data.title, path: paths.accessibility, inLanguage: p.locale}} />
      <FactList facts={[{term: t('publisher'), value: sitePublisher[locale]}]} />
      <Prose html={p.html} lang={lang} slots={{'checked-pages': <p>{t('checkedPages', {count: checkedPageCount()})}</p>}} />
      <section aria-labelledby="feedback" className="mt-xxl max-w-prose">
        <h2 id="feedback">{t('feedbackHeading')}</h2>
        <p className="mt-s">{t('feedback')}</p>
        <p className="mt-s">
          <a href={`mailto:${feedbackEmail}`}>{feedbackEmail}</a>
        </p>
      </section>
      <section aria-labelledby="enforcement" className="mt-xxl max-w-prose">
        <h2 id="enforcement">{t('enforcementHeading')}</h2>
        <p className="mt-s">{t('enforcement')}</p>
        <p className="mt-s">
          <a href={officialLinks.accessibilityGuidance[locale]}>{t('guidanceLink')}</a>
        </p>
      </section>
      <SourceList sources={p.data.sources} locale={locale} />
      <PageHistory history={history} locale={locale} lang={lang} />
    </PageShell>
  );
}
