import type {ReactNode} from 'react';
import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import {JsonLd} from '@/components/JsonLd';
import {SkipLink} from '@/components/SkipLink';
import {publisherData} from '@/lib/structured-data';
import {SiteFooter} from '@/components/SiteFooter';
import {sourceSans} from '@/lib/fonts';
import {localeParams, pageLocale, type LocaleParams} from '@/lib/i18n/page';
import {siteOrigin, sitePublisher} from '@/lib/site';

export const dynamicParams = false;
export const generateStaticParams = localeParams;

export async function generateMetadata({params}: {params: LocaleParams}): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({locale, namespace: 'SiteHeader'});
  return {
    metadataBase: new URL(siteOrigin),
    title: {template: `%s – ${t('siteName')}`, default: t('siteName')}
  };
}

export default async function LocaleLayout({children, params}: {children: ReactNode; params: LocaleParams}) {
  const locale = await pageLocale(params);
  const t = await getTranslations({locale, namespace: 'SkipLink'});
  return (
    <html lang={locale} className={sourceSans.variable}>
      <body className="flex min-h-screen flex-col">
        <SkipLink label={t('label')} />
        <JsonLd data={publisherData(sitePublisher[locale])} />
        {children}
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
