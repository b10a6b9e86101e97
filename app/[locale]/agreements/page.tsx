import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import {AgreementList} from '@/components/AgreementList';
import {AgreementTable} from '@/components/AgreementTable';
import {PageHeading} from '@/components/PageHeading';
import {SourceList} from '@/components/SourceList';
import {PageShell} from '@/components/PageShell';
import {RegionMap} from '@/components/RegionMap';
import {pageLocale, type LocaleParams} from '@/lib/i18n/page';
import {agreementCards, agreements, focusAreasOf, mapRegions, themes} from '@/lib/content/queries';
import {pageMetadata} from '@/lib/metadata';
import {paths} from '@/lib/paths';

export async function generateMetadata({params}: {params: LocaleParams}): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({locale, namespace: 'AgreementsPage'});
  return pageMetadata({locale, path: paths.agreements, title: t('title'), description: t('description')});
}

export default async function AgreementsPage({params}: {params: LocaleParams}) {
  const locale = await pageLocale(params);
  const t = await getTranslations({locale, namespace: 'AgreementsPage'});
  const map = await getTranslations({locale, namespace: 'Map'});
  const themeList = themes(locale).map((th) => ({slug: th.slug, title: th.data.title}));
  return (
    <PageShell
      locale={locale}
      path={paths.agreements}
      trail={[{label: t('title'), href: paths.agreements}]}
    >
      <PageHeading title={t('title')} lead={t('description')} />

      <section aria-labelledby="map">
        <h2 id="map" className="mb-m">{t('mapHeading')}</h2>
        <RegionMap regions={mapRegions(locale)} locale={locale} mapLabel={map('label')} listLabel={map('list')} />
      </section>

      <section aria-labelledby="table" className="mt-xxl">
        <h2 id="table" className="mb-m">{t('tableHeading')}</h2>
        <AgreementTable
          id="themes-by-region"
          caption={t('tableCaption')}
          regionColumn={t('regionColumn')}
          none={t('none')}
          themes={themeList}
          rows={agreements(locale).map((a) => {
            const own = focusAreasOf(a.slug, locale);
            return {
              slug: a.slug,
              name: a.data.title,
              lang: a.fallback ? a.locale : undefined,
              cells: themeList.map((th) => own.filter((f) => f.data.theme === th.slug).map((f) => ({slug: f.slug, title: f.data.title})))
            };
          })}
        />
      </section>

      <section aria-labelledby="all" className="mt-xxl">
        <h2 id="all" className="mb-m">{t('listHeading')}</h2>
        <AgreementList headingLevel={3} items={agreementCards(locale)} />
      </section>
      <SourceList sources={[]} locale={locale} listsOtherPages />
    </PageShell>
  );
}
