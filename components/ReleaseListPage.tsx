import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import {getTranslations} from 'next-intl/server';
import {routing, type Locale} from '@/lib/i18n/routing';
import {agreement, slugs, theme} from '@/lib/content/queries';
import type {FeedList} from '@/lib/feed';
import {pageMetadata} from '@/lib/metadata';
import {paths} from '@/lib/paths';
import {laterPages, listPath, pageCount, pageNumber, pageOf, releasesIn, type ReleaseList} from '@/lib/press-room';
import {pageLocale} from '@/lib/i18n/page';
import {FeedLinks} from './FeedLinks';
import {PageHeading} from './PageHeading';
import {SourceList} from './SourceList';
import {PageShell} from './PageShell';
import {Pagination} from './Pagination';
import {PressReleaseList} from './PressReleaseList';

type Props = {list: Exclude<ReleaseList, {kind: 'all'}>; page: number; locale: Locale};

/** The list's name in the page's language: "Press releases 2021", "Press releases: Tampere". */
async function texts({list, page, locale}: Props) {
  const t = await getTranslations({locale, namespace: 'ReleaseList'});
  const releases = releasesIn(list, locale);
  const total = pageCount(releases.length);
  if (page > total) notFound();
  const name =
    list.kind === 'year'
      ? t('yearTitle', {year: list.year})
      : list.kind === 'region'
        ? t('regionTitle', {name: agreement(list.slug, locale).data.title})
        : t('themeTitle', {name: theme(list.slug, locale).data.title});
  const title = page > 1 ? t('pageTitle', {title: name, page, total}) : name;
  const description = list.kind === 'year' ? t('yearDescription', {count: releases.length, year: list.year}) : t('filterDescription', {count: releases.length});
  return {t, releases, total, name, title, description};
}

export async function releaseListMetadata(props: Props): Promise<Metadata> {
  const {title, description} = await texts(props);
  const {list, page, locale} = props;
  const feeds: FeedList[] = list.kind === 'year' ? [] : [list];
  return pageMetadata({locale, path: paths.listPage(listPath(list), page), title, description, feeds});
}

/** One page of a year's releases, or of those about one agreement or theme, newest first. */
export async function ReleaseListPage(props: Props) {
  const {list, page, locale} = props;
  const {t, releases, total, name, title, description} = await texts(props);
  const crumbs = await getTranslations({locale, namespace: 'Breadcrumbs'});
  const base = listPath(list);
  return (
    <PageShell
      locale={locale}
      path={paths.listPage(base, page)}
      trail={[
        {label: crumbs('pressReleases'), href: paths.pressReleases},
        {label: name, href: base},
        ...(page > 1 ? [{label: t('page', {page}), href: paths.listPage(base, page)}] : [])
      ]}
    >
      <PageHeading title={title} lead={description} />
      {releases.length === 0 ? <p>{t('none')}</p> : <PressReleaseList releases={pageOf(releases, page)} locale={locale} />}
      <Pagination list={base} current={page} total={total} locale={locale} />
      {list.kind === 'year' ? null : <FeedLinks list={list} locale={locale} />}
      <SourceList sources={[]} locale={locale} listsOtherPages />
    </PageShell>
  );
}

type FilterParams = Promise<{locale: string; region?: string; theme?: string; paging?: string[]}>;

/**
 * The exports of the routes /press-releases/region/[region]/[[...paging]] and
 * /press-releases/theme/[theme]/[[...paging]]: every agreement's or theme's list and its later
 * pages. The page number is an optional catch-all because Next.js cannot export a route whose
 * list of pages is empty, as /page/2/ is while every list fits on one page.
 */
export function releaseFilterRoute(kind: 'region' | 'theme') {
  const all = () => (kind === 'region' ? slugs.agreements() : slugs.themes());
  async function props(params: FilterParams): Promise<Props> {
    const locale = await pageLocale(params);
    const values = await params;
    const slug = values[kind];
    const page = pageNumber(values.paging);
    if (!slug || page === undefined) notFound();
    return {list: {kind, slug}, page, locale};
  }
  return {
    generateStaticParams: () =>
      all().flatMap((slug) => [[], ...laterPages(releasesIn({kind, slug}, routing.defaultLocale).length)].map((paging) => ({[kind]: slug, paging}))),
    generateMetadata: async ({params}: {params: FilterParams}) => releaseListMetadata(await props(params)),
    Page: async ({params}: {params: FilterParams}) => <ReleaseListPage {...await props(params)} />
  };
}
