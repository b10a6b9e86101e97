import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import {PageHeading} from '@/components/PageHeading';
import {SourceList} from '@/components/SourceList';
import {PageShell} from '@/components/PageShell';
import {Link} from '@/lib/i18n/navigation';
import {pageLocale, type LocaleParams} from '@/lib/i18n/page';
import {byAgreement, focusAreasIn, themes} from '@/lib/content/queries';
import {pageMetadata} from '@/lib/metadata';
import {paths} from '@/lib/paths';

export async function generateMetadata({params}: {params: LocaleParams}): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({locale, namespace: 'ThemesPage'});
  return pageMetadata({locale, path: paths.themes, title: t('title'), description: t('description')});
}

export default async function ThemesPage({params}: {params: LocaleParams}) {
  const locale = await pageLocale(params);
  const t = await getTranslations({locale, namespace: 'ThemesPage'});
  return (
    <PageShell
      locale={locale}
      path={paths.themes}
      trail={[{label: t('title'), href: paths.themes}]}
    >
      <PageHeading title={t('title')} lead={t('description')} />
      <ul className="grid gap-l">
        {themes(locale).map((theme) => {
          const list = focusAreasIn(theme.slug, locale);
          return (
            <li key={theme.slug} lang={theme.fallback ? theme.locale : undefined} className="border-l-4 border-highlight-base pl-s">
              <h2>
                <Link href={paths.theme(theme.slug)}>{theme.data.title}</Link>
              </h2>
              <p className="max-w-prose">{theme.data.summary}</p>
              <p className="mt-xs text-body-text-small">
                {t('counts', {focusAreas: list.length, regions: byAgreement(list, locale).length})}
              </p>
            </li>
          );
        })}
      </ul>
      <p className="mt-xl max-w-prose text-black-light1">{t('source')}</p>
      <SourceList sources={[]} locale={locale} listsOtherPages />
    </PageShell>
  );
}
