import {useTranslations} from 'next-intl';
import {Link} from '@/lib/i18n/navigation';
import {routing, type Locale} from '@/lib/i18n/routing';
import type {SitePath} from '@/lib/paths';

/** Real links to this same page in every language, each language named in itself. */
export function LanguageSwitcher({locale, path, names}: {locale: Locale; path: SitePath; names: Record<Locale, string>}) {
  const t = useTranslations('LanguageSwitcher');
  return (
    <nav aria-label={t('label')} className="no-print">
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
