import {getTranslations} from 'next-intl/server';
import type {Locale} from '@/lib/i18n/routing';
import {feedLinks, type FeedList} from '@/lib/feed';

/** Visible links to a list's feeds, in both formats (the same feeds the page's <head> announces). */
export async function FeedLinks({list, locale}: {list: FeedList; locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'Feed'});
  const links = await feedLinks(list, locale);
  return (
    <p className="no-print mt-m">
      {t('follow')}{' '}
      {links.map((l, i) => (
        <span key={l.format}>
          {i > 0 ? ', ' : null}
          <a href={l.path} type={l.type}>
            {t(l.format)}
          </a>
        </span>
      ))}
    </p>
  );
}
