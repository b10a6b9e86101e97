import {useTranslations} from 'next-intl';
import {Link} from '@/lib/i18n/navigation';
import type {Locale} from '@/lib/i18n/routing';
import type {Localized} from '@/lib/content';
import type {PressRelease} from '@/lib/content/schemas';
import {paths} from '@/lib/paths';
import {FormattedDate} from './FormattedDate';

/**
 * Releases, newest first, each with the ministry's date, when the site's summary appeared, its
 * title and summary: so that no list shows a summary under the ministry's date alone.
 */
export function PressReleaseList({releases, locale, headingLevel = 2}: {releases: Localized<PressRelease>[]; locale: Locale; headingLevel?: 2 | 3}) {
  const t = useTranslations('ReleaseList');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="grid gap-l">
      {releases.map((r) => (
        <li key={r.slug} lang={r.fallback ? r.locale : undefined}>
          <p className="text-body-text-small text-black-light1">
            {t.rich('dates', {
              kind: r.data.kind,
              issued: () => <FormattedDate value={r.data.issued} locale={locale} withTime={false} />,
              published: () => <FormattedDate value={r.data.published} locale={locale} withTime={false} />
            })}
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
