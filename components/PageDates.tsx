import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/lib/i18n/routing';
import type {History} from '@/lib/content/history';
import {FormattedDate} from './FormattedDate';

/**
 * When the page first appeared and when it last changed, under its heading, so that someone who
 * linked to it can tell at a glance whether it changed since. The same dates go to the sitemap
 * and the structured data.
 */
export async function PageDates({history, locale}: {history: History; locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'PageDates'});
  return (
    <p className="mb-l text-body-text-small text-black-light1">
      <span className="mr-m inline-block">
        {t('published')} <FormattedDate value={history.published} locale={locale} />
      </span>
      <span className="inline-block">
        {t('modified')} <FormattedDate value={history.modified} locale={locale} />
        {history.updates.length > 0 ? (
          <>
            {' '}
            (<a href="#history">{t('seeChanges', {count: history.updates.length})}</a>)
          </>
        ) : null}
      </span>
    </p>
  );
}
