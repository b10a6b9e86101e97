import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import {FocusAreasView} from '@/components/FocusAreasView';
import {pageLocale} from '@/lib/i18n/page';
import {slugs, theme} from '@/lib/content/queries';
import {pageMetadata} from '@/lib/metadata';
import {paths} from '@/lib/paths';

type Params = Promise<{locale: string; theme: string}>;

export const dynamicParams = false;
export const generateStaticParams = () => slugs.themes().map((t) => ({theme: t}));

async function texts(params: Params) {
  const locale = await pageLocale(params);
  const {theme: slug} = await params;
  const t = await getTranslations({locale, namespace: 'FocusAreasPage'});
  const name = theme(slug, locale).data.title;
  return {locale, slug, title: t('themeTitle', {theme: name}), description: t('themeDescription', {theme: name})};
}

export async function generateMetadata({params}: {params: Params}): Promise<Metadata> {
  const {locale, slug, title, description} = await texts(params);
  return pageMetadata({locale, path: paths.focusAreasInTheme(slug), title, description});
}

export default async function FocusAreasInThemePage({params}: {params: Params}) {
  const {locale, slug, title, description} = await texts(params);
  return <FocusAreasView locale={locale} path={paths.focusAreasInTheme(slug)} title={title} description={description} filter={{kind: 'theme', slug}} />;
}
