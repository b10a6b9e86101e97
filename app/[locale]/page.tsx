import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import {PageHeading} from '@/components/PageHeading';
import {PageShell} from '@/components/PageShell';
import {PressReleaseList} from '@/components/PressReleaseList';
import {SourceList} from '@/components/SourceList';
import {Prose} from '@/components/Prose';
import {Timeline} from '@/components/Timeline';
import {FallbackNotice} from '@/components/FallbackNotice';
import {Link} from '@/lib/i18n/navigation';
import {pageLocale, type LocaleParams} from '@/lib/i18n/page';
import {agreements, focusAreasIn, mapRegions, page, pressReleases, themes} from '@/lib/content/queries';
import {RegionMap} from '@/components/RegionMap';
import {pageMetadata} from '@/lib/metadata';
import {paths} from '@/lib/paths';

export async function generateMetadata({params}: {params: LocaleParams}): Promise<Metadata> {
  const locale = await pageLocale(params);
  const home = page('home', locale);
  return {...(await pageMetadata({locale, path: paths.home, description: home.data.description})), title: {absolute: home.data.title}};
}

export default async function HomePage({params}: {params: LocaleParams}) {
  const locale = await pageLocale(params);
  const t = await getTranslations({locale, namespace: 'HomePage'});
  const map = await getTranslations({locale, namespace: 'Map'});
  const home = page('home', locale);
  const programme = page('programme', locale);
  const keyDates = (programme.data.timeline ?? []).filter((item) => item.key);
  return (
    <PageShell locale={locale} path={paths.home}>
      {home.fallback ? <FallbackNotice shown={home.locale} /> : null}
      <PageHeading title={home.data.title} lead={home.data.description} lang={home.fallback ? home.locale : undefined} />
      <Prose html={home.html} lang={home.fallback ? home.locale : undefined} />
      <p className="mt-s">
        <Link href={paths.programme}>{t('readMoreProgramme')}</Link>
      </p>

      <section aria-labelledby="regions" className="mt-xxl">
        <h2 id="regions">{t('regionsHeading')}</h2>
        <p className="mb-m max-w-prose">{t('regionsIntro', {count: agreements(locale).length})}</p>
        <RegionMap regions={mapRegions(locale)} locale={locale} mapLabel={map('label')} listLabel={map('list')} />
      </section>

      <section aria-labelledby="themes" className="mt-xxl">
        <h2 id="themes">{t('themesHeading')}</h2>
        <ul className="mt-m grid gap-m m:grid-cols-3">
          {themes(locale).map((theme) => (
            <li key={theme.slug} className="bg-highlight-light4 p-s" lang={theme.fallback ? theme.locale : undefined}>
              <h3>
                <Link href={paths.theme(theme.slug)}>{theme.data.title}</Link>
              </h3>
              <p>{theme.data.summary}</p>
              <p className="mt-xs text-body-text-small">{t('themeCount', {count: focusAreasIn(theme.slug, locale).length})}</p>
            </li>
          ))}
        </ul>
      </section>

      <div className="mt-xxl grid gap-xxl l:grid-cols-2">
        <section aria-labelledby="releases">
          <h2 id="releases">{t('releasesHeading')}</h2>
          <div className="mt-m">
            <PressReleaseList releases={pressReleases(locale).slice(0, 3)} locale={locale} headingLevel={3} />
          </div>
          <p className="mt-m">
            <Link href={paths.pressReleases}>{t('allReleases')}</Link>
          </p>
        </section>
        <section aria-labelledby="key-dates">
          <h2 id="key-dates">{t('keyDatesHeading')}</h2>
          <div className="mt-m" lang={programme.fallback ? programme.locale : undefined}>
            <Timeline items={keyDates} locale={locale} />
          </div>
        </section>
      </div>
      <SourceList sources={home.data.sources} locale={locale} listsOtherPages />
    </PageShell>
  );
}
