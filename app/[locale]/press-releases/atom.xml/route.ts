import {isLocale} from '@/lib/i18n/routing';
import {localeParams} from '@/lib/i18n/page';
import {feedResponse} from '@/lib/feed';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = localeParams;

export async function GET(_request: Request, {params}: {params: Promise<{locale: string}>}) {
  const {locale} = await params;
  if (!isLocale(locale)) return new Response(null, {status: 404});
  return feedResponse({kind: 'all'}, 'atom', locale);
}
