import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import {PressReleasePage, pressReleaseMetadata} from '@/components/PressReleasePage';
import {ReleaseListPage, releaseListMetadata} from '@/components/ReleaseListPage';
import {pageLocale} from '@/lib/i18n/page';
import {releaseYears, slugs} from '@/lib/content/queries';
import {laterPages, pageNumber} from '@/lib/press-room';

// One segment after /press-releases/ holds both a release ("2021-02-09-state-signs-...") and a
// year of the archive ("2021"), whose later pages follow as /page/2/. A slug always starts with a
// full date, so the two never meet. The optional catch-all carries the page number, because
// Next.js cannot export a route whose list of pages is empty (as /page/2/ is while every year fits
// on one page).

type Params = Promise<{locale: string; slug: string; paging?: string[]}>;

export const dynamicParams = false;
export const generateStaticParams = () => [
  ...slugs.pressReleases().map((slug) => ({slug, paging: []})),
  ...releaseYears().flatMap(({year, count}) => [[], ...laterPages(count)].map((paging) => ({slug: year, paging})))
];

const isYear = (slug: string) => /^\d{4}$/.test(slug);

async function route(params: Params) {
  const locale = await pageLocale(params);
  const {slug, paging} = await params;
  const page = pageNumber(paging);
  if (page === undefined || (!isYear(slug) && page !== 1)) notFound();
  return {locale, slug, page};
}

export async function generateMetadata({params}: {params: Params}): Promise<Metadata> {
  const {locale, slug, page} = await route(params);
  return isYear(slug) ? releaseListMetadata({list: {kind: 'year', year: slug}, page, locale}) : pressReleaseMetadata(slug, locale);
}

export default async function ReleaseOrYearPage({params}: {params: Params}) {
  const {locale, slug, page} = await route(params);
  return isYear(slug) ? <ReleaseListPage list={{kind: 'year', year: slug}} page={page} locale={locale} /> : <PressReleasePage slug={slug} locale={locale} />;
}
