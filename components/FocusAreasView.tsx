import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/lib/i18n/routing';
import {paths, type SitePath} from '@/lib/paths';
import type {BrowserFilter} from './FocusAreaBrowser';
import {FocusAreaFilterPage} from './FocusAreaFilterPage';
import {PageHeading} from './PageHeading';
import {SourceList} from './SourceList';
import {PageShell} from './PageShell';

/** The focus-area list page, unfiltered or filtered by one theme or region. */
export async function FocusAreasView({locale, path, title, description, filter}: {locale: Locale; path: SitePath; title: string; description: string; filter: BrowserFilter}) {
  const crumbs = await getTranslations({locale, namespace: 'Breadcrumbs'});
  const trail = [
    {label: crumbs('focusAreas'), href: paths.focusAreas},
    ...(filter ? [{label: title, href: path}] : [])
  ];
  return (
    <PageShell locale={locale} path={path} trail={trail}>
      <PageHeading title={title} lead={description} />
      <FocusAreaFilterPage locale={locale} filter={filter} />
      <SourceList sources={[]} locale={locale} listsOtherPages />
    </PageShell>
  );
}
