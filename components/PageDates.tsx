import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/lib/i18n/routing';
import type {History} from '@/lib/content/history';
import type {SitePath} from '@/lib/paths';
import {webPageData} from '@/lib/structured-data';
import {absoluteUrl} from '@/lib/urls';
import {compareDates} from '@/lib/dates';
import {FormattedDate} from './FormattedDate';
import {JsonLd} from './JsonLd';

/**
 * When the page first appeared and when it last changed, under its heading, so that someone who
 * linked to it can tell at a glance whether it changed since. The same dates go to the sitemap
 * and, given the page's name, address and language, to its structured data as a WebPage (a
 * release states them in its NewsArticle instead).
 */
export async function PageDates({history, locale, page, of = 'page'}: {history: History; locale: Locale; page?: {name: string; path: SitePath; inLanguage: Locale}; of?: 'page' | 'summary'}) {
  const t = await getTranslations({locale, namespace: 'PageDates'});
  // Labelled as the page's (or the summary's) own dates, so that no one reads them as the dates of
  // the agreement or release the page is about; "last updated" only when it differs.
  const changed = history.updates.length > 0 || compareDates(history.modified, history.published) !== 0;
  return (
    <>
      {page ? <JsonLd data={webPageData({name: page.name, url: absoluteUrl(page.path, locale), locale: page.inLanguage, history})} /> : null}
      <p className="mb-l text-body-text-small text-black-light1">
        <span className="inline-block">
          {t(of === 'summary' ? 'summaryPublished' : 'published')} <FormattedDate value={history.published} locale={locale} />
        </span>
        {changed ? (
          <>
            {' · '}
            <span className="inline-block">
              {t(of === 'summary' ? 'summaryModified' : 'modified')} <FormattedDate value={history.modified} locale={locale} />
              {history.updates.length > 0 ? (
                <>
                  {' '}
                  (<a href="#history">{t('seeChanges', {count: history.updates.length})}</a>)
                </>
              ) : null}
            </span>
          </>
        ) : null}
      </p>
    </>
  );
}
