import {Fragment} from 'react';
import {getTranslations} from 'next-intl/server';
import {FormattedDate} from '@/components/FormattedDate';
import type {Locale} from '@/lib/i18n/routing';
import type {PressRelease} from '@/lib/content/schemas';
import {officialLinks} from '@/lib/site';

/**
 * The box at the top of a release page: this is our summary, not the ministry's text, and whose
 * release it summarises, from when, in which language version, under which headline.
 */
export async function ReleaseAttribution({release, locale, lang}: {release: PressRelease; locale: Locale; lang?: string}) {
  const t = await getTranslations({locale, namespace: 'PressReleasePage'});
  return (
    <section aria-labelledby="attribution" className="mb-xl max-w-3xl border-l-4 border-highlight-base bg-highlight-light4 p-m">
      <h2 id="attribution" className="text-heading3">
        {t('attributionHeading')}
      </h2>
      <p className="mt-xs">{t('attribution')}</p>
      <dl className="mt-s grid grid-cols-1 gap-x-l gap-y-xxs s:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t('issuer')}</dt>
        <dd className="mb-xs s:mb-0" lang={lang}>
          {release.issuer}
        </dd>
        <dt className="font-semibold">{t('published')}</dt>
        <dd className="mb-xs s:mb-0">
          <FormattedDate value={release.published} locale={locale} />
        </dd>
        {release.ministryVersions.map((v) => (
          <Fragment key={v.language}>
            <dt className="font-semibold">{t('summarised')}</dt>
            <dd className="mb-xs s:mb-0">
              {t('versionLanguage', {language: v.language})} <FormattedDate value={v.published} locale={locale} />
            </dd>
            <dt className="font-semibold">{t('headline')}</dt>
            <dd className="mb-xs s:mb-0">
              <q lang={v.language}>{v.headline}</q>
            </dd>
          </Fragment>
        ))}
        <dt className="font-semibold">{t('where')}</dt>
        <dd>{t.rich('whereValue', {link: (chunks) => <a href={officialLinks.ministryHome}>{chunks}</a>})}</dd>
      </dl>
    </section>
  );
}
