import {isLocale, routing} from '@/lib/i18n/routing';
import {slugs} from '@/lib/content/queries';
import {feedResponse} from '@/lib/feed';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = () => routing.locales.flatMap((locale) => slugs.agreements().map((region) => ({locale, region})));

export async function GET(_request: Request, {params}: {params: Promise<{locale: string; region: string}>}) {
  const {locale, region} = await params;
  if (!isLocale(locale)) return new Response(null, {status: 404});
  return feedResponse({kind: 'region', slug: region}, 'atom', locale);
}
