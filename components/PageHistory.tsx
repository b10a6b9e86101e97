import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/lib/i18n/routing';
import type {History} from '@/lib/content/history';
import {FormattedDate} from './FormattedDate';

/** The page's change notes, newest first, ending with its first publication; nothing when it has none. */
export async function PageHistory({history, locale, lang}: {history: History; locale: Locale; lang?: string}) {
  if (history.updates.length === 0) return null;
  const t = await getTranslations({locale, namespace: 'PageDates'});
  return (
    <section aria-labelledby="history" className="mt-xxl">
      <h2 id="history">{t('historyHeading')}</h2>
      <ol className="mt-s grid max-w-prose gap-xs">
        {history.updates.map((u) => (
          <li key={`${u.date}${u.note}`}>
            <FormattedDate value={u.date} locale={locale} />: <span lang={lang}>{u.note}</span>
          </li>
        ))}
        <li>
          <FormattedDate value={history.published} locale={locale} />: {t('firstPublished')}
        </li>
      </ol>
    </section>
  );
}
