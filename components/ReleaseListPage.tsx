import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/lib/i18n/routing';
import {agreement, theme} from '@/lib/content/queries';
import type {FeedList} from '@/lib/feed';
import {pageMetadata} from '@/lib/metadata';
import {paths} from '@/lib/paths';
import {listPath, pageCount, pageOf, releasesIn, type ReleaseList} from '@/lib/press-room';
import {FeedLinks} from './FeedLinks';
import {PageHeading} from './PageHeading';
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
    </PageShell>
  );
}
