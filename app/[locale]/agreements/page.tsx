import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import {AgreementList} from '@/components/AgreementList';
import {PageHeading} from '@/components/PageHeading';
import {PageShell} from '@/components/PageShell';
import {pageLocale, type LocaleParams} from '@/lib/i18n/page';
import {agreementCards} from '@/lib/content/queries';
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
  const home = await getTranslations({locale, namespace: 'Breadcrumbs'});
  return (
    <PageShell
      locale={locale}
      path={paths.agreements}
      trail={[
        {label: home('home'), href: paths.home},
        {label: t('title'), href: paths.agreements}
      ]}
    >
      <PageHeading title={t('title')} lead={t('description')} />
      <AgreementList
        items={agreementCards(locale)}
      />
    </PageShell>
  );
}
