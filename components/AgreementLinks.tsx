import {Link} from '@/lib/i18n/navigation';
import type {Locale} from '@/lib/i18n/routing';
import {agreements} from '@/lib/content/queries';
import {paths} from '@/lib/paths';

/** The agreements, in the order of the release of 9.2.2021, by the name of each entry. */
export function AgreementLinks({locale}: {locale: Locale}) {
  return (
    <ul>
      {agreements(locale).map((a) => (
        <li key={a.slug} lang={a.fallback ? a.locale : undefined}>
          <Link href={paths.agreement(a.slug)}>{a.data.title}</Link>
        </li>
      ))}
    </ul>
  );
}
