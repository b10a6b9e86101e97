import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import {ReleaseListPage, releaseListMetadata} from '@/components/ReleaseListPage';
import {pageLocale} from '@/lib/i18n/page';
import {releasesAbout, slugs} from '@/lib/content/queries';
import {routing} from '@/lib/i18n/routing';
import {laterPages, pageNumber} from '@/lib/press-room';

// Releases about one agreement, newest first, in pages (see ../../../[slug]/[[...paging]] for why the page number is a catch-all).

type Params = Promise<{locale: string; region: string; paging?: string[]}>;

export const dynamicParams = false;
export const generateStaticParams = () =>
  slugs.agreements().flatMap((region) => [[], ...laterPages(releasesAbout(region, routing.defaultLocale).length)].map((paging) => ({region, paging})));

async function props(params: Params) {
  const locale = await pageLocale(params);
  const {region: slug, paging} = await params;
  const page = pageNumber(paging);
  if (page === undefined) notFound();
  return {list: {kind: 'region' as const, slug}, page, locale};
}

export async function generateMetadata({params}: {params: Params}): Promise<Metadata> {
  return releaseListMetadata(await props(params));
}

export default async function ReleasesAboutRegionPage({params}: {params: Params}) {
  return <ReleaseListPage {...await props(params)} />;
}
