import {Link} from '@/lib/i18n/navigation';
import type {Locale} from '@/lib/i18n/routing';
import type {Localized} from '@/lib/content';
import type {PressRelease} from '@/lib/content/schemas';
import {paths} from '@/lib/paths';
import {FormattedDate} from './FormattedDate';

/** Releases, newest first, each with its date, title and summary. */
export function PressReleaseList({releases, locale, headingLevel = 2}: {releases: Localized<PressRelease>[]; locale: Locale; headingLevel?: 2 | 3}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="grid gap-l">
      {releases.map((r) => (
        <li key={r.slug} lang={r.fallback ? r.locale : undefined}>
          <p className="text-body-text-small text-black-light1">
            <FormattedDate value={r.data.published} locale={locale} />
          </p>
          <Heading className="text-heading3">
            <Link href={paths.pressRelease(r.slug)}>{r.data.title}</Link>
          </Heading>
          <p className="max-w-prose">{r.data.summary}</p>
        </li>
      ))}
    </ul>
  );
}
