import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import {ContactList} from '@/components/ContactList';
import {FactList} from '@/components/FactList';
import {FallbackNotice} from '@/components/FallbackNotice';
import {PageDates} from '@/components/PageDates';
import {PageHistory} from '@/components/PageHistory';
import {SourceList} from '@/components/SourceList';
import {historyOf} from '@/lib/content/history';
import {FormattedDate} from '@/components/FormattedDate';
import {PageHeading} from '@/components/PageHeading';
import {PageShell} from '@/components/PageShell';
import {Prose} from '@/components/Prose';
import {pageLocale, type SlugParams} from '@/lib/i18n/page';
import {networkProject, page, slugs} from '@/lib/content/queries';
import {pageMetadata} from '@/lib/metadata';
import {paths} from '@/lib/paths';

export const dynamicParams = false;
export const generateStaticParams = () => slugs.networkProjects().map((slug) => ({slug}));

export async function generateMetadata({params}: {params: SlugParams}): Promise<Metadata> {
  const locale = await pageLocale(params);
  const {slug} = await params;
  const p = networkProject(slug, locale);
  return pageMetadata({locale, path: paths.networkProject(slug), title: p.data.title, description: p.data.summary});
}

export default async function NetworkProjectPage({params}: {params: SlugParams}) {
  const locale = await pageLocale(params);
  const {slug} = await params;
  const t = await getTranslations({locale, namespace: 'NetworkProjectPage'});
  const p = networkProject(slug, locale);
  const networks = page('networks', locale);
  const lang = p.fallback ? p.locale : undefined;
  const history = historyOf(p.data);
  return (
    <PageShell
      locale={locale}
      path={paths.networkProject(slug)}
      trail={[
        {label: networks.data.title, href: paths.networks},
        {label: p.data.title, href: paths.networkProject(slug)}
      ]}
    >
      {p.fallback ? <FallbackNotice shown={p.locale} /> : null}
      <PageHeading kicker={t('kicker')} title={p.data.title} lead={p.data.summary} lang={lang} />
      <PageDates history={history} locale={locale} page={{name: p.data.title, path: paths.networkProject(slug), inLanguage: p.locale}} />
      <FactList
        facts={[
          {
            term: t('period'),
            value: (
              <>
                {t.rich('periodValue', {
                  start: () => <FormattedDate value={p.data.startDate} locale={locale} />,
                  end: () => <FormattedDate value={p.data.endDate} locale={locale} />
                })}
              </>
            )
          }
        ]}
      />
      <Prose html={p.html} lang={lang} />
      <section aria-labelledby="contacts" className="mt-xxl" lang={lang}>
        <h2 id="contacts">{t('contacts')}</h2>
        <div className="mt-s">
          <ContactList contacts={p.data.contacts} />
        </div>
      </section>
      <SourceList sources={p.data.sources} locale={locale} />
      <PageHistory history={history} locale={locale} lang={lang} />
    </PageShell>
  );
}
