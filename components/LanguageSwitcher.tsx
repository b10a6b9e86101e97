import {useTranslations} from 'next-intl';
import {Link} from '@/lib/i18n/navigation';
import {routing, type Locale} from '@/lib/i18n/routing';
import type {SitePath} from '@/lib/paths';
import {IslandScript} from './IslandScript';

/**
 * Real links to this same page in every language, each language named in itself. With keepQuery
 * (the search page) the keep-query island adds the address's query to them, which static links
 * cannot know; without script they lead to the search page itself.
 */
export function LanguageSwitcher({locale, path, names, keepQuery = false}: {locale: Locale; path: SitePath; names: Record<Locale, string>; keepQuery?: boolean}) {
  const t = useTranslations('LanguageSwitcher');
  return (
    <nav aria-label={t('label')} className="no-print" data-island={keepQuery ? 'keep-query' : undefined}>
      {keepQuery ? <IslandScript name="keep-query" /> : null}
      <ul className="flex gap-s">
        {routing.locales.map((l) => (
          <li key={l}>
            <Link
              href={path}
              locale={l}
              lang={l}
              hrefLang={l}
              aria-current={l === locale ? 'true' : undefined}
              className={l === locale ? 'font-semibold text-black-base no-underline' : undefined}
            >
              {names[l]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
