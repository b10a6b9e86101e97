import {useTranslations} from 'next-intl';
import type {Locale} from '@/lib/i18n/routing';
import {feedPath} from '@/lib/feed';

/** A visible way to the language's press-release feed (the same feed <head> announces). */
export function FeedLink({locale}: {locale: Locale}) {
  const t = useTranslations('Feed');
  return (
    <p className="no-print mt-m">
      <a href={feedPath(locale)} type="application/rss+xml">
        {t('subscribe')}
      </a>
    </p>
  );
}
