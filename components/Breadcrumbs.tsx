import {useTranslations} from 'next-intl';
import {Link} from '@/lib/i18n/navigation';
import type {SitePath} from '@/lib/paths';

export type Crumb = {label: string; href: SitePath};

/** The trail from the home page; the last crumb is the current page and is not a link. */
export function Breadcrumbs({trail}: {trail: Crumb[]}) {
  const t = useTranslations('Breadcrumbs');
  return (
    <nav aria-label={t('label')} className="no-print mb-m text-body-text-small">
      <ol className="flex flex-wrap gap-x-xs">
        {trail.map((crumb, i) => {
          const last = i === trail.length - 1;
          return (
            <li key={crumb.href} className="flex gap-x-xs">
              {last ? (
                <span aria-current="page">{crumb.label}</span>
              ) : (
                <>
                  <Link href={crumb.href}>{crumb.label}</Link>
                  <span aria-hidden="true">›</span>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
