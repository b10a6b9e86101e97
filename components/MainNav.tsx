import {useTranslations} from 'next-intl';
import {Link} from '@/lib/i18n/navigation';
import {paths, type SitePath} from '@/lib/paths';

const sections = [
  ['agreements', paths.agreements],
  ['themes', paths.themes],
  ['focusAreas', paths.focusAreas],
  ['pressReleases', paths.pressReleases],
  ['programme', paths.programme],
  ['networks', paths.networks]
] as const;

/** The main sections; the current page is marked, and so is the section it belongs to. */
export function MainNav({path}: {path: SitePath}) {
  const t = useTranslations('MainNav');
  return (
    <nav aria-label={t('label')} className="no-print border-t border-depth-light1">
      <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-l gap-y-xxs px-m py-xs">
        {sections.map(([key, href]) => {
          const current = path === href ? 'page' : path.startsWith(`${href}/`) ? 'true' : undefined;
          return (
            <li key={key}>
              <Link
                href={href}
                aria-current={current}
                className={`inline-block py-xxs font-semibold text-brand-base no-underline hover:underline ${current ? 'border-b-4 border-highlight-base' : ''}`}
              >
                {t(key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
