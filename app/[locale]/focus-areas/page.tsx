import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import {FocusAreasView} from '@/components/FocusAreasView';
import {pageLocale, type LocaleParams} from '@/lib/i18n/page';
import {pageMetadata} from '@/lib/metadata';
import {paths} from '@/lib/paths';

export async function generateMetadata({params}: {params: LocaleParams}): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({locale, namespace: 'FocusAreasPage'});
  return pageMetadata({locale, path: paths.focusAreas, title: t('title'), description: t('description')});
}

export default async function FocusAreasPage({params}: {params: LocaleParams}) {
  const locale = await pageLocale(params);
  const t = await getTranslations({locale, namespace: 'FocusAreasPage'});
  return <FocusAreasView locale={locale} path={paths.focusAreas} title={t('title')} description={t('description')} filter={null} />;
}
