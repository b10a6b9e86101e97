import {isLocale, routing} from '@/lib/i18n/routing';
import {slugs} from '@/lib/content/queries';
import {feedResponse} from '@/lib/feed';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = () => routing.locales.flatMap((locale) => slugs.themes().map((theme) => ({locale, theme})));

export async function GET(_request: Request, {params}: {params: Promise<{locale: string; theme: string}>}) {
  const {locale, theme} = await params;
  if (!isLocale(locale)) return new Response(null, {status: 404});
  return feedResponse({kind: 'theme', slug: theme}, 'rss', locale);
}
