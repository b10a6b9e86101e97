import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import {FeedLinks} from '@/components/FeedLinks';
import {PageHeading} from '@/components/PageHeading';
import {SourceList} from '@/components/SourceList';
import {PageShell} from '@/components/PageShell';
import {PressReleaseList} from '@/components/PressReleaseList';
import {Link} from '@/lib/i18n/navigation';
import {pageLocale, type LocaleParams} from '@/lib/i18n/page';
import {agreements, pressReleases, releaseYears, themes} from '@/lib/content/queries';
import type {Localized} from '@/lib/content';
import type {Locale} from '@/lib/i18n/routing';
import {pageMetadata} from '@/lib/metadata';
import {paths} from '@/lib/paths';
import {latestInPressRoom, listPath, releasesIn, type ReleaseList} from '@/lib/press-room';

export async function generateMetadata({params}: {params: LocaleParams}): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({locale, namespace: 'PressReleasesPage'});
  return pageMetadata({locale, path: paths.pressReleases, title: t('title'), description: t('description')});
}

/** A list of links to release lists, each with its number of releases. */
function ListLinks({items}: {items: {href: string; label: string; count: number; lang?: string}[]}) {
  return (
    <ul className="mt-s grid gap-xxs s:grid-cols-2 m:grid-cols-3">
      {items.map((item) => (
        <li key={item.href}>
          <Link href={item.href} lang={item.lang}>
            {item.label}
          </Link>{' '}
          <span className="text-black-light1">({item.count})</span>
        </li>
      ))}
    </ul>
  );
}

/** A link to the releases about one agreement or in one theme, named as its entry names it. */
function filterLink(list: ReleaseList, entry: Localized<{title: string}>, locale: Locale) {
  return {href: listPath(list), label: entry.data.title, count: releasesIn(list, locale).length, lang: entry.fallback ? entry.locale : undefined};
}

/**
 * The press room: the newest releases, then the whole archive by year and by agreement or theme,
 * every list a plain link, so that any release is at most three clicks from here.
 */
export default async function PressReleasesPage({params}: {params: LocaleParams}) {
  const locale = await pageLocale(params);
  const t = await getTranslations({locale, namespace: 'PressReleasesPage'});
  const all = pressReleases(locale);
  const years = releaseYears();
  return (
    <PageShell locale={locale} path={paths.pressReleases} trail={[{label: t('title'), href: paths.pressReleases}]}>
      <PageHeading title={t('title')} lead={t('description')} />
      <FeedLinks list={{kind: 'all'}} locale={locale} />
      <section aria-labelledby="latest" className="mt-xl">
        <h2 id="latest">{t('latest')}</h2>
        <div className="mt-s">
          <PressReleaseList releases={all.slice(0, latestInPressRoom)} locale={locale} headingLevel={3} />
        </div>
      </section>
      <section aria-labelledby="archive" className="mt-xxl">
        <h2 id="archive">{t('archive')}</h2>
        <p className="mt-xs">{t('archiveNote', {count: all.length})}</p>
        <h3 className="mt-m">{t('byYear')}</h3>
        <ListLinks items={years.map(({year, count}) => ({href: paths.pressReleaseYear(year), label: year, count}))} />
        <h3 className="mt-m">{t('byRegion')}</h3>
        <ListLinks items={agreements(locale).map((a) => filterLink({kind: 'region', slug: a.slug}, a, locale))} />
        <h3 className="mt-m">{t('byTheme')}</h3>
        <ListLinks items={themes(locale).map((th) => filterLink({kind: 'theme', slug: th.slug}, th, locale))} />
      </section>
      <SourceList sources={[]} locale={locale} listsOtherPages />
    </PageShell>
  );
}
