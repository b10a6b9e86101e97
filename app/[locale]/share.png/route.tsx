import {localeParams, pageLocale, type LocaleParams} from '@/lib/i18n/page';
import {shareImage} from '@/lib/share-image';
import {siteShare} from '@/lib/share-texts';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = localeParams;

export async function GET(_request: Request, {params}: {params: LocaleParams}) {
  return shareImage(await siteShare(await pageLocale(params)));
}
