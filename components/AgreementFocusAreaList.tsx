import {Link} from '@/lib/i18n/navigation';
import type {Locale} from '@/lib/i18n/routing';
import {agreements, focusAreasOf} from '@/lib/content/queries';
import {paths} from '@/lib/paths';

/** Every agreement with its focus areas, names from the entries: the list a release's "::focus-areas" line stands for. */
export function AgreementFocusAreaList({locale}: {locale: Locale}) {
  return (
    <ul>
      {agreements(locale).map((a) => (
        <li key={a.slug} lang={a.fallback ? a.locale : undefined}>
          <Link href={paths.agreement(a.slug)}>{a.data.title}</Link>:{' '}
          {focusAreasOf(a.slug, locale).map((f, i) => (
            <span key={f.slug} lang={f.fallback ? f.locale : undefined}>
              {i > 0 ? '; ' : null}
              <Link href={paths.focusArea(f.slug)}>{f.data.title}</Link>
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}
