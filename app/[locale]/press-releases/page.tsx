import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import {PageHeading} from '@/components/PageHeading';
import {PageShell} from '@/components/PageShell';
import {FeedLink} from '@/components/FeedLink';
import {PressReleaseList} from '@/components/PressReleaseList';
import {pageLocale, type LocaleParams} from '@/lib/i18n/page';
import {pressReleases} from '@/lib/content/queries';
import {pageMetadata} from '@/lib/metadata';
import {paths} from '@/lib/paths';

export async function generateMetadata({params}: {params: LocaleParams}): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({locale, namespace: 'PressReleasesPage'});
  return pageMetadata({locale, path: paths.pressReleases, title: t('title'), description: t('description')});
}

export default async function PressReleasesPage({params}: {params: LocaleParams}) {
  const locale = await pageLocale(params);
  const t = await getTranslations({locale, namespace: 'PressReleasesPage'});
  return (
    <PageShell
      locale={locale}
      path={paths.pressReleases}
      trail={[{label: t('title'), href: paths.pressReleases}]}
    >
      <PageHeading title={t('title')} lead={t('description')} />
      <PressReleaseList releases={pressReleases(locale)} locale={locale} />
      <FeedLink locale={locale} />
    </PageShell>
  );
}
