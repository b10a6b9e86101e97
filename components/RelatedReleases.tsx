import {getTranslations} from 'next-intl/server';
import {Link} from '@/lib/i18n/navigation';
import type {Locale} from '@/lib/i18n/routing';
import {latestOnEntryPage, listPath, releasesIn} from '@/lib/press-room';
import type {FeedList} from '@/lib/feed';
import {FeedLinks} from './FeedLinks';
import {PressReleaseList} from './PressReleaseList';

/** On an agreement's or a theme's page: its newest releases, a link to all of them, and its feeds. */
export async function RelatedReleases({list, name, locale}: {list: Exclude<FeedList, {kind: 'all'}>; name: string; locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'RelatedReleases'});
  const releases = releasesIn(list, locale);
  return (
    <section aria-labelledby="releases" className="mt-xxl">
      <h2 id="releases">{t('heading')}</h2>
      {releases.length === 0 ? (
        <p className="mt-s">{t('none')}</p>
      ) : (
        <div className="mt-s">
          <PressReleaseList releases={releases.slice(0, latestOnEntryPage)} locale={locale} headingLevel={3} />
          <p className="mt-m">
            <Link href={listPath(list)}>{t('all', {name, count: releases.length})}</Link>
          </p>
        </div>
      )}
      <FeedLinks list={list} locale={locale} />
    </section>
  );
}
