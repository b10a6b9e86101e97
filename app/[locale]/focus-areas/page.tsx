import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import {FocusAreaLinks} from '@/components/FocusAreaLinks';
import {PageHeading} from '@/components/PageHeading';
import {PageShell} from '@/components/PageShell';
import {Link} from '@/lib/i18n/navigation';
import {pageLocale, type LocaleParams} from '@/lib/i18n/page';
import {agreements, focusAreasIn, themes} from '@/lib/content/queries';
import {pageMetadata} from '@/lib/metadata';
import {paths} from '@/lib/paths';

export async function generateMetadata({params}: {params: LocaleParams}): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({locale, namespace: 'FocusAreasPage'});
  return pageMetadata({locale, path: paths.focusAreas, title: t('title'), description: t('description')});
}

export default async function FocusAreasPage({params}: {params: LocaleParams}) {
  const locale = await pageLocale(params);
  const t = await getTranslations({locale, namespace: 'FocusAreasPage'});
  const crumbs = await getTranslations({locale, namespace: 'Breadcrumbs'});
  const region = new Map(agreements(locale).map((a) => [a.slug, a.data.title]));
  return (
    <PageShell
      locale={locale}
      path={paths.focusAreas}
      trail={[
        {label: crumbs('home'), href: paths.home},
        {label: t('title'), href: paths.focusAreas}
      ]}
    >
      <PageHeading title={t('title')} lead={t('description')} />
      {themes(locale).map((theme) => (
        <section key={theme.slug} aria-labelledby={`theme-${theme.slug}`} className="mt-xl">
          <h2 id={`theme-${theme.slug}`}>
            <Link href={paths.theme(theme.slug)}>{theme.data.title}</Link>
          </h2>
          <div className="mt-s">
            <FocusAreaLinks
              items={focusAreasIn(theme.slug, locale).map((f) => ({
                slug: f.slug,
                title: f.data.title,
                note: region.get(f.data.agreement),
                lang: f.fallback ? f.locale : undefined
              }))}
            />
          </div>
        </section>
      ))}
    </PageShell>
  );
}
