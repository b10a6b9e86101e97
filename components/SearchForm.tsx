import {useTranslations} from 'next-intl';
import {localePath} from '@/lib/i18n/navigation';
import type {Locale} from '@/lib/i18n/routing';
import {paths} from '@/lib/paths';

/** A plain GET form to the search page: it works as HTML, and the search page does the rest. */
export function SearchForm({locale, id, defaultValue}: {locale: Locale; id: string; defaultValue?: string}) {
  const t = useTranslations('Search');
  return (
    <form role="search" action={localePath(paths.search, locale)} method="get" className="flex flex-wrap items-end gap-xs" aria-label={t('label')}>
      <label htmlFor={id} className="sr-only">
        {t('label')}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        className="min-w-0 flex-1 rounded-basic border border-depth-dark1 px-xs py-inset-xs"
      />
      <button type="submit" className="rounded-basic bg-brand-base px-s py-inset-xs font-semibold text-white-base hover:bg-highlight-dark1">
        {t('button')}
      </button>
    </form>
  );
}
