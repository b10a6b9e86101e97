import {isLocale} from '@/lib/i18n/routing';
import {localeParams} from '@/lib/i18n/page';
import {searchData} from '@/lib/search/documents';

// What the search page of one language downloads: its pages as search documents (see
// lib/search/documents.ts), which the search island indexes in the browser.
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = localeParams;

export async function GET(_request: Request, {params}: {params: Promise<{locale: string}>}) {
  const {locale} = await params;
  if (!isLocale(locale)) return new Response(null, {status: 404});
  return new Response(JSON.stringify(searchData(locale)), {headers: {'Content-Type': 'application/json; charset=utf-8'}});
}
