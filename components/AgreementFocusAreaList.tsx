import {useTranslations} from 'next-intl';
import {Link} from '@/lib/i18n/navigation';
import type {Locale} from '@/lib/i18n/routing';
import {agreements, focusAreasOf} from '@/lib/content/queries';
import {paths} from '@/lib/paths';

/**
 * Every agreement with its focus areas, names from the entries: the list a release's
 * "::focus-areas" line stands for. An agreement whose name leaves out a member municipality
 * (Imatra, Sotkamo) names it, as the ministry's list did; and the list says that its names are
 * the site's, which may be worded differently from the release.
 */
export function AgreementFocusAreaList({locale}: {locale: Locale}) {
  const t = useTranslations('AgreementFocusAreaList');
  return (
    <>
      <p>{t('names')}</p>
      <ul>
        {agreements(locale).map((a) => {
          const others = a.data.cities.filter((city) => !a.data.title.includes(city));
          return (
            <li key={a.slug} lang={a.fallback ? a.locale : undefined}>
              <Link href={paths.agreement(a.slug)}>{a.data.title}</Link>
              {others.length > 0 ? ` (${t('including', {cities: others.join(', ')})})` : null}:{' '}
              {focusAreasOf(a.slug, locale).map((f, i) => (
                <span key={f.slug} lang={f.fallback ? f.locale : undefined}>
                  {i > 0 ? '; ' : null}
                  <Link href={paths.focusArea(f.slug)}>{f.data.title}</Link>
                </span>
              ))}
            </li>
          );
        })}
      </ul>
    </>
  );
}
