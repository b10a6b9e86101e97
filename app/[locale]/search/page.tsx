import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import {PageHeading} from '@/components/PageHeading';
import {PageShell} from '@/components/PageShell';
import {SearchForm} from '@/components/SearchForm';
import {SearchResults} from '@/components/SearchResults';
import {Link, localePath} from '@/lib/i18n/navigation';
import {pageLocale, type LocaleParams} from '@/lib/i18n/page';
import {pageMetadata} from '@/lib/metadata';
import {paths} from '@/lib/paths';
import {metaAddress} from '@/lib/search/files';

export async function generateMetadata({params}: {params: LocaleParams}): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({locale, namespace: 'Search'});
  return {...(await pageMetadata({locale, path: paths.search, title: t('title'), description: t('description')})), robots: {index: false}};
}

export default async function SearchPage({params}: {params: LocaleParams}) {
  const locale = await pageLocale(params);
  const t = await getTranslations({locale, namespace: 'Search'});
  const nav = await getTranslations({locale, namespace: 'MainNav'});
  const focusArea = await getTranslations({locale, namespace: 'FocusAreaPage'});
  const browse = [
    [paths.agreements, nav('agreements')],
    [paths.themes, nav('themes')],
    [paths.focusAreas, nav('focusAreas')],
    [paths.pressReleases, nav('pressReleases')],
    [paths.programme, nav('programme')],
    [paths.networks, nav('networks')]
  ] as const;
  return (
    <PageShell
      locale={locale}
      path={paths.search}
      trail={[{label: t('title'), href: paths.search}]}
    >
      <PageHeading title={t('title')} />
      {/* Without script this field could not search: the page says so and offers the browse pages instead. */}
      <div className="max-w-[36rem] [@media(scripting:none)]:hidden">
        <SearchForm locale={locale} id="search-page-field" />
      </div>
      <SearchResults
        fieldId="search-page-field"
        index={metaAddress(locale)}
        labels={{
          noScript: t('noScript'),
          results: t('results'),
          more: t('more'),
          loading: t('loading'),
          error: t('error'),
          prompt: t('prompt'),
          similar: t.raw('similar'),
          some: t.raw('some'),
          noResultsHelp: t('noResultsHelp'),
          narrow: t('narrow'),
          all: t('all'),
          otherNames: focusArea('alternativeNames'),
          facets: {type: t('facetType'), region: t('facetRegion'), theme: t('facetTheme')},
          counts: {zero: t.raw('resultCount.zero'), one: t.raw('resultCount.one'), other: t.raw('resultCount.other')}
        }}
      />
      <nav aria-label={t('browse')} className="mt-xxl">
        <h2 className="text-heading3">{t('browse')}</h2>
        <ul className="mt-s flex flex-wrap gap-x-l gap-y-xxs">
          {browse.map(([href, label]) => (
            <li key={href}>
              <Link href={href}>{label}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </PageShell>
  );
}
