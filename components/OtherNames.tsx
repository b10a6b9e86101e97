import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/lib/i18n/routing';
import type {OtherName, SourceRef} from '@/lib/content/schemas';
import {formatDate} from '@/lib/dates';

/** Other wordings of a name, each in its own language and with the source that uses it. */
export async function OtherNames({names, sources, locale}: {names: OtherName[]; sources: SourceRef[]; locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'FocusAreaPage'});
  const inLanguage = await getTranslations({locale, namespace: 'InLanguage'});
  return (
    <ul>
      {names.map((n) => {
        const source = sources.find((s) => s.url === n.source || s.title === n.source);
        const label = source ? [source.publisher ?? source.title, source.date ? formatDate(source.date.slice(0, 10), locale) : undefined].filter(Boolean).join(', ') : n.source;
        const foreign = n.language !== locale ? n.language : undefined;
        return (
          <li key={`${n.language}${n.name}`}>
            <span lang={foreign}>{n.name}</span> ({foreign ? `${inLanguage(n.language)}; ` : ''}
            {t('otherNameSource')} {source?.url ? <a href={source.url}>{label}</a> : label})
          </li>
        );
      })}
    </ul>
  );
}
