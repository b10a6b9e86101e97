import {useTranslations} from 'next-intl';
import {Link} from '@/lib/i18n/navigation';
import type {Locale} from '@/lib/i18n/routing';
import {paths} from '@/lib/paths';
import {feedbackEmail, officialLinks, sitePublisher} from '@/lib/site';

export function SiteFooter({locale}: {locale: Locale}) {
  const t = useTranslations('SiteFooter');
  return (
    <footer className="no-print mt-xxl bg-depth-light3 text-body-text-small">
      <div className="mx-auto grid max-w-6xl gap-l px-m py-xl m:grid-cols-3">
        <section aria-labelledby="footer-about">
          <h2 id="footer-about" className="text-body-semi-bold">
            {t('aboutHeading')}
          </h2>
          <p>{t('about')}</p>
          <p className="mt-xs">{t('publisher', {publisher: sitePublisher[locale]})}</p>
        </section>
        <section aria-labelledby="footer-feedback">
          <h2 id="footer-feedback" className="text-body-semi-bold">
            {t('feedbackHeading')}
          </h2>
          <p>
            {t('feedback')} <a href={`mailto:${feedbackEmail}`}>{feedbackEmail}</a>
          </p>
        </section>
        <nav aria-labelledby="footer-links">
          <h2 id="footer-links" className="text-body-semi-bold">
            {t('linksHeading')}
          </h2>
          <ul>
            <li>
              <Link href={paths.accessibility}>{t('accessibility')}</Link>
            </li>
            <li>
              <Link href={paths.openData}>{t('openData')}</Link>
            </li>
            <li>
              <a href={officialLinks.ministry[locale]}>{t('ministryPage')}</a>
            </li>
            <li>
              <a href={officialLinks.cities[locale]}>{t('citiesNetwork')}</a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
