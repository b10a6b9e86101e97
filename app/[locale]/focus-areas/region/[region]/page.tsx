import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import {FocusAreasView} from '@/components/FocusAreasView';
import {pageLocale} from '@/lib/i18n/page';
import {agreement, slugs} from '@/lib/content/queries';
import {pageMetadata} from '@/lib/metadata';
import {paths} from '@/lib/paths';

type Params = Promise<{locale: string; region: string}>;

export const dynamicParams = false;
export const generateStaticParams = () => slugs.agreements().map((region) => ({region}));

async function texts(params: Params) {
  const locale = await pageLocale(params);
  const {region: slug} = await params;
  const t = await getTranslations({locale, namespace: 'FocusAreasPage'});
  const name = agreement(slug, locale).data.title;
  return {locale, slug, title: t('regionTitle', {region: name}), description: t('regionDescription', {region: name})};
}

export async function generateMetadata({params}: {params: Params}): Promise<Metadata> {
  const {locale, slug, title, description} = await texts(params);
  return pageMetadata({locale, path: paths.focusAreasOfRegion(slug), title, description});
}

export default async function FocusAreasOfRegionPage({params}: {params: Params}) {
  const {locale, slug, title, description} = await texts(params);
  return <FocusAreasView locale={locale} path={paths.focusAreasOfRegion(slug)} title={title} description={description} filter={{kind: 'region', slug}} />;
}
