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
import {Link} from '@/lib/i18n/navigation';
import {pageLocale, type LocaleParams} from '@/lib/i18n/page';
import {networkProjects, page} from '@/lib/content/queries';
import {pageMetadata} from '@/lib/metadata';
import {paths} from '@/lib/paths';

export async function generateMetadata({params}: {params: LocaleParams}): Promise<Metadata> {
  const locale = await pageLocale(params);
  const p = page('networks', locale);
  return pageMetadata({locale, path: paths.networks, title: p.data.title, description: p.data.description});
}

export default async function NetworksPage({params}: {params: LocaleParams}) {
  const locale = await pageLocale(params);
  const t = await getTranslations({locale, namespace: 'NetworksPage'});
  const p = page('networks', locale);
  const lang = p.fallback ? p.locale : undefined;
  const history = historyOf(p.data);
  return (
    <PageShell
      locale={locale}
      path={paths.networks}
      trail={[{label: p.data.title, href: paths.networks}]}
    >
      {p.fallback ? <FallbackNotice shown={p.locale} /> : null}
      <PageHeading title={p.data.title} lead={p.data.description} lang={lang} />
      <PageDates history={history} locale={locale} page={{name: p.data.title, path: paths.networks, inLanguage: p.locale}} />
      <Prose html={p.html} lang={lang} />
      <section aria-labelledby="projects" className="mt-xxl">
        <h2 id="projects">{t('projects')}</h2>
        <ul className="mt-s grid gap-m">
          {networkProjects(locale).map((project) => (
            <li key={project.slug} lang={project.fallback ? project.locale : undefined}>
              <h3>
                <Link href={paths.networkProject(project.slug)}>{project.data.title}</Link>
              </h3>
              <p className="max-w-prose">{project.data.summary}</p>
            </li>
          ))}
        </ul>
      </section>
      <SourceList sources={p.data.sources} locale={locale} />
      <PageHistory history={history} locale={locale} lang={lang} />
    </PageShell>
  );
}
