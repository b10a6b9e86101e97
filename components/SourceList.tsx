import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/lib/i18n/routing';
import type {SourceRef} from '@/lib/content/schemas';
import {FormattedDate} from './FormattedDate';

/**
 * The public sources of a page's facts, as the entry lists them: each title (in its own language,
 * marked as such) linked to its public address, with its publisher and the date it gives itself,
 * or "undated", so that a reader can check every fact and see how old it is. A page that lists
 * other pages (the agreements, the focus areas) says that each of those names its own.
 */
export async function SourceList({sources, locale, listsOtherPages = false}: {sources: SourceRef[]; locale: Locale; listsOtherPages?: boolean}) {
  const t = await getTranslations({locale, namespace: 'Sources'});
  const inLanguage = await getTranslations({locale, namespace: 'InLanguage'});
  return (
    <section aria-labelledby="sources" className="mt-xxl">
      <h2 id="sources">{t('heading')}</h2>
      {sources.length > 0 ? <p className="mt-xs max-w-prose text-black-light1">{t('intro')}</p> : null}
      {sources.length > 0 ? (
        <ol className="mt-s grid max-w-prose list-decimal gap-xs pl-l">
          {sources.map((s) => {
            const foreign = s.language !== locale ? s.language : undefined;
            const title = <cite lang={foreign}>{s.title}</cite>;
            return (
              <li key={s.url ?? s.title}>
                {s.url ? (
                  <a href={s.url} hrefLang={foreign}>
                    {title}
                  </a>
                ) : (
                  title
                )}
                {foreign ? <> ({inLanguage(s.language)})</> : null}
                {/* One entry, separated by commas, so that the publisher never starts a sentence in lower case. */}
                {s.publisher ? <>, {s.publisher}</> : null}, {s.date ? <FormattedDate value={s.date} locale={locale} /> : t('undated')}
              </li>
            );
          })}
        </ol>
      ) : null}
      {listsOtherPages ? <p className="mt-s max-w-prose text-black-light1">{t('listNote')}</p> : null}
    </section>
  );
}
