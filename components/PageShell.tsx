import type {ReactNode} from 'react';
import {getTranslations} from 'next-intl/server';
import {routing, type Locale} from '@/lib/i18n/routing';
import {paths, type SitePath} from '@/lib/paths';
import {breadcrumbData} from '@/lib/structured-data';
import {Breadcrumbs, type Crumb} from './Breadcrumbs';
import {JsonLd} from './JsonLd';
import {SiteHeader} from './SiteHeader';

/**
 * Header, breadcrumbs and main landmark around a page. It lives in each page rather than in the
 * layout because the header's language links and current-page marks need the page's own path,
 * which a static layout cannot know without client script.
 */
export async function PageShell({
  locale,
  path,
  trail,
  children
}: {
  locale: Locale;
  path: SitePath;
  /** The breadcrumbs after the home page, ending with this page; the home page has none. */
  trail?: Crumb[];
  children: ReactNode;
}) {
  const crumbs = await getTranslations({locale, namespace: 'Breadcrumbs'});
  const fullTrail = trail && trail.length > 0 ? [{label: crumbs('home'), href: paths.home}, ...trail] : undefined;
  const names = Object.fromEntries(
    await Promise.all(
      routing.locales.map(async (l) => [l, (await getTranslations({locale: l, namespace: 'LanguageSwitcher'}))('selfName')] as const)
    )
  ) as Record<Locale, string>;
  return (
    <>
      <SiteHeader locale={locale} path={path} languageNames={names} />
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-6xl flex-1 px-m py-xl focus:outline-none"
      >
        {fullTrail ? (
          <>
            <Breadcrumbs trail={fullTrail} />
            <JsonLd data={breadcrumbData(fullTrail, locale)} />
          </>
        ) : null}
        {children}
      </main>
    </>
  );
}
