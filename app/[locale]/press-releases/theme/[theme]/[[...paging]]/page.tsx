import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import {ReleaseListPage, releaseListMetadata} from '@/components/ReleaseListPage';
import {pageLocale} from '@/lib/i18n/page';
import {releasesInTheme, slugs} from '@/lib/content/queries';
import {routing} from '@/lib/i18n/routing';
import {laterPages, pageNumber} from '@/lib/press-room';

// Releases in one theme, newest first, in pages (see ../../../[slug]/[[...paging]] for why the page number is a catch-all).

type Params = Promise<{locale: string; theme: string; paging?: string[]}>;

export const dynamicParams = false;
export const generateStaticParams = () =>
  slugs.themes().flatMap((theme) => [[], ...laterPages(releasesInTheme(theme, routing.defaultLocale).length)].map((paging) => ({theme, paging})));

async function props(params: Params) {
  const locale = await pageLocale(params);
  const {theme: slug, paging} = await params;
  const page = pageNumber(paging);
  if (page === undefined) notFound();
  return {list: {kind: 'theme' as const, slug}, page, locale};
}

export async function generateMetadata({params}: {params: Params}): Promise<Metadata> {
  return releaseListMetadata(await props(params));
}

export default async function ReleasesInThemePage({params}: {params: Params}) {
  return <ReleaseListPage {...await props(params)} />;
}
