import {localeParams, pageLocale, type SlugParams} from '@/lib/i18n/page';
import {slugs} from '@/lib/content/queries';
import {shareImage} from '@/lib/share-image';
import {pressReleaseShare} from '@/lib/share-texts';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = () => localeParams().flatMap(({locale}) => slugs.pressReleases().map((slug) => ({locale, slug})));

export async function GET(_request: Request, {params}: {params: SlugParams}) {
  const locale = await pageLocale(params);
  return shareImage(await pressReleaseShare((await params).slug, locale));
}
