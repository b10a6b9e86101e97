import {getTranslations} from 'next-intl/server';
import {Link} from '@/lib/i18n/navigation';
import type {Locale} from '@/lib/i18n/routing';
import {paths, type SitePath} from '@/lib/paths';

/**
 * Links to every page of a list (so that any page is one click away), with the current one
 * marked, and to the previous and next page. Nothing when the list fits on one page.
 */
export async function Pagination({list, current, total, locale}: {list: SitePath; current: number; total: number; locale: Locale}) {
  if (total <= 1) return null;
  const t = await getTranslations({locale, namespace: 'Pagination'});
  const numbers = Array.from({length: total}, (_, i) => i + 1);
  return (
    <nav aria-label={t('label')} className="no-print mt-xl">
      <p className="mb-xs">{t('status', {current, total})}</p>
      <ul className="flex flex-wrap items-center gap-x-m gap-y-xs">
        {current > 1 ? (
          <li>
            <Link href={paths.listPage(list, current - 1)} rel="prev">
              {t('previous')}
            </Link>
          </li>
        ) : null}
        {numbers.map((n) => (
          <li key={n}>
            {n === current ? (
              <span aria-current="page" className="font-semibold">
                {n}
              </span>
            ) : (
              <Link href={paths.listPage(list, n)} aria-label={t('page', {n})}>
                {n}
              </Link>
            )}
          </li>
        ))}
        {current < total ? (
          <li>
            <Link href={paths.listPage(list, current + 1)} rel="next">
              {t('next')}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
