import {getTranslations} from 'next-intl/server';
import {FormattedDate} from '@/components/FormattedDate';
import type {Locale} from '@/lib/i18n/routing';
import type {PressRelease} from '@/lib/content/schemas';

/**
 * The box at the top of a release page: this is the site's summary, not the ministry's text; who
 * issued the original and when; its headline in the page's language (or in the languages the
 * ministry used, with this site's translation marked as such); and each language version of the
 * original with its own date, linked where the sources give its address.
 */
export async function ReleaseAttribution({release, locale, lang}: {release: PressRelease; locale: Locale; lang?: string}) {
  const t = await getTranslations({locale, namespace: 'PressReleasePage'});
  const inLanguage = await getTranslations({locale, namespace: 'InLanguage'});
  const kind = release.kind;
  const own = release.ministryVersions.find((v) => v.language === locale);
  const shownHeadlines = own ? [own] : release.ministryVersions;
  return (
    <section aria-labelledby="attribution" className="mb-xl max-w-3xl border-l-4 border-highlight-base bg-highlight-light4 p-m">
      <h2 id="attribution" className="text-heading3">
        {t('attributionHeading', {kind})}
      </h2>
      <p className="mt-xs">{t('attribution', {kind})}</p>
      <dl className="mt-s grid grid-cols-1 gap-x-l gap-y-xxs s:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t('issuer', {kind})}</dt>
        <dd className="mb-xs s:mb-0" lang={lang}>
          {release.issuer}
        </dd>
        <dt className="font-semibold">{t('published', {kind})}</dt>
        <dd className="mb-xs s:mb-0">
          <FormattedDate value={release.issued} locale={locale} />
        </dd>
        <dt className="font-semibold">{t('headline')}</dt>
        <dd className="mb-xs s:mb-0">
          <ul>
            {shownHeadlines.map((v) => (
              <li key={v.language}>
                <q lang={v.language === locale ? undefined : v.language}>{v.headline}</q>
                {v.language === locale ? null : <> ({inLanguage(v.language)})</>}
              </li>
            ))}
          </ul>
        </dd>
        {!own && release.headlineTranslation ? (
          <>
            <dt className="font-semibold">{t('headlineTranslation')}</dt>
            <dd className="mb-xs s:mb-0" lang={lang}>
              {release.headlineTranslation}
            </dd>
          </>
        ) : null}
        <dt className="font-semibold">{t('versions')}</dt>
        <dd>
          <ul>
            {release.ministryVersions.map((v) => {
              const label = t.rich('version', {language: inLanguage(v.language), date: () => <FormattedDate value={v.published} locale={locale} />});
              return (
                <li key={v.language}>
                  {v.url ? (
                    <a href={v.url} hrefLang={v.language}>
                      {label}
                    </a>
                  ) : (
                    label
                  )}
                </li>
              );
            })}
          </ul>
        </dd>
      </dl>
    </section>
  );
}
