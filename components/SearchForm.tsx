import {useTranslations} from 'next-intl';
import {localePath} from '@/lib/i18n/navigation';
import type {Locale} from '@/lib/i18n/routing';
import {paths} from '@/lib/paths';

/**
 * A plain GET form to the search page: it works as HTML, and the search page does the rest. Its
 * label is shown beside the field (showLabel) unless a heading right above says what it is.
 */
export function SearchForm({locale, id, showLabel = false}: {locale: Locale; id: string; showLabel?: boolean}) {
  const t = useTranslations('Search');
  return (
    <form role="search" action={localePath(paths.search, locale)} method="get" className="flex flex-wrap items-center gap-x-xs gap-y-xxs" aria-label={t('label')}>
      <label htmlFor={id} className={showLabel ? 'text-body-semi-bold-small' : 'sr-only'}>
        {t('label')}
      </label>
      <div className="flex flex-1 basis-[12rem] gap-xs">
        <input id={id} type="search" name="q" className="w-0 min-w-0 flex-1 rounded-basic border border-depth-dark1 px-xs py-inset-xs" />
        <button type="submit" className="rounded-basic bg-brand-base px-s py-inset-xs font-semibold text-white-base hover:bg-highlight-dark1">
          {t('button')}
        </button>
      </div>
    </form>
  );
}
