import {useTranslations} from 'next-intl';
import {Link} from '@/lib/i18n/navigation';
import type {Locale} from '@/lib/i18n/routing';
import {paths, type SitePath} from '@/lib/paths';
import {LanguageSwitcher} from './LanguageSwitcher';
import {MainNav} from './MainNav';
import {SearchForm} from './SearchForm';

export function SiteHeader({locale, path, languageNames}: {locale: Locale; path: SitePath; languageNames: Record<Locale, string>}) {
  const t = useTranslations('SiteHeader');
  // The search page has a search field of its own, which shows the query: a second one here would
  // be one too many, on a phone above all. There the language links keep the query instead.
  const onSearch = path === paths.search;
  return (
    <header className="border-b-4 border-brand-base bg-white-base">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-s px-m py-s">
        <p className="m-0">
          <Link href={paths.home} aria-current={path === paths.home ? 'page' : undefined} className="text-heading3 font-semibold text-brand-base no-underline hover:underline">
            {t('siteName')}
          </Link>
          <span className="block text-body-text-small text-black-light1">{t('tagline')}</span>
        </p>
        <div className="flex flex-wrap items-center gap-m">
          {onSearch ? null : (
            <div className="no-print w-full s:w-[28rem]">
              <SearchForm locale={locale} id="site-search" showLabel />
            </div>
          )}
          <LanguageSwitcher locale={locale} path={path} names={languageNames} keepQuery={onSearch} />
        </div>
      </div>
      <MainNav path={path} />
    </header>
  );
}
