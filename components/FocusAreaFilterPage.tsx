import {getTranslations} from 'next-intl/server';
import {localePath} from '@/lib/i18n/navigation';
import type {Locale} from '@/lib/i18n/routing';
import {agreements, focusAreas, themes} from '@/lib/content/queries';
import {paths} from '@/lib/paths';
import {FocusAreaBrowser, type BrowserFilter} from './FocusAreaBrowser';

/** The focus-area list with its filters, prepared on the server for one static page. */
export async function FocusAreaFilterPage({locale, filter}: {locale: Locale; filter: BrowserFilter}) {
  const t = await getTranslations({locale, namespace: 'FocusAreasPage'});
  const regionName = new Map(agreements(locale).map((a) => [a.slug, a.data.title]));
  const themeTitle = new Map(themes(locale).map((th) => [th.slug, th.data.title]));
  const items = focusAreas(locale).map((f) => ({
    slug: f.slug,
    title: f.data.title,
    href: localePath(paths.focusArea(f.slug), locale),
    region: f.data.agreement,
    regionName: regionName.get(f.data.agreement) ?? f.data.agreement,
    theme: f.data.theme,
    themeTitle: themeTitle.get(f.data.theme) ?? f.data.theme,
    lang: f.fallback ? f.locale : undefined
  }));
  const counts = Object.fromEntries(Array.from({length: items.length + 1}, (_, n) => [n, t('count', {count: n})]));
  return (
    <FocusAreaBrowser
      items={items}
      themes={themes(locale).map((th) => ({slug: th.slug, label: th.data.title, href: localePath(paths.focusAreasInTheme(th.slug), locale)}))}
      regions={agreements(locale).map((a) => ({slug: a.slug, label: a.data.title, href: localePath(paths.focusAreasOfRegion(a.slug), locale)}))}
      allHref={localePath(paths.focusAreas, locale)}
      initial={filter}
      labels={{themeFilter: t('themeFilter'), regionFilter: t('regionFilter'), all: t('all'), list: t('title'), counts}}
    />
  );
}
