import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import {AgreementLinks} from '@/components/AgreementLinks';
import {PageDates} from '@/components/PageDates';
import {PageHistory} from '@/components/PageHistory';
import {SourceList} from '@/components/SourceList';
import {historyOf} from '@/lib/content/history';
import {FallbackNotice} from '@/components/FallbackNotice';
import {PageHeading} from '@/components/PageHeading';
import {PageShell} from '@/components/PageShell';
import {Prose} from '@/components/Prose';
import {Timeline} from '@/components/Timeline';
import {pageLocale, type LocaleParams} from '@/lib/i18n/page';
import {page} from '@/lib/content/queries';
import {pageMetadata} from '@/lib/metadata';
import {paths} from '@/lib/paths';

export async function generateMetadata({params}: {params: LocaleParams}): Promise<Metadata> {
  const locale = await pageLocale(params);
  const p = page('programme', locale);
  return pageMetadata({locale, path: paths.programme, title: p.data.title, description: p.data.description});
}

export default async function ProgrammePage({params}: {params: LocaleParams}) {
  const locale = await pageLocale(params);
  const t = await getTranslations({locale, namespace: 'ProgrammePage'});
  const p = page('programme', locale);
  const lang = p.fallback ? p.locale : undefined;
  const history = historyOf(p.data);
  return (
    <PageShell
      locale={locale}
      path={paths.programme}
      trail={[{label: p.data.title, href: paths.programme}]}
    >
      {p.fallback ? <FallbackNotice shown={p.locale} /> : null}
      <PageHeading title={p.data.title} lead={p.data.description} lang={lang} />
      <PageDates history={history} locale={locale} page={{name: p.data.title, path: paths.programme, inLanguage: p.locale}} />
      <Prose html={p.html} lang={lang} slots={{agreements: <AgreementLinks locale={locale} />}} />
      {p.data.timeline ? (
        <section aria-labelledby="timeline" className="mt-xxl">
          <h2 id="timeline">{t('timeline')}</h2>
          <div className="mt-m" lang={lang}>
            <Timeline items={p.data.timeline} locale={locale} />
          </div>
        </section>
      ) : null}
      <SourceList sources={p.data.sources} locale={locale} />
      <PageHistory history={history} locale={locale} lang={lang} />
    </PageShell>
  );
}
