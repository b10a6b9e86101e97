import path from 'node:path';
import {createTranslator} from 'next-intl';
import {agreement, agreements, focusAreas, focusAreasOf, networkProjects, page, pressReleases, themes} from '../content/queries';
import {formatProblem, type Problem} from '../content/errors';
import {formatDate} from '../dates';
import {agreementDescription} from '../descriptions';
import {messagesFor} from '../i18n/all-messages';
import {localePath} from '../i18n/navigation';
import {routing, type Locale} from '../i18n/routing';
import {paths} from '../paths';
import type {SearchData, SearchDocument} from './engine';
import {readSearchWords} from './words';

// Each language's pages as search documents, built from the content (not from the built HTML), so
// that a page is found for what it is about (its name, facts, lead and own text) and never for the
// lists that lead elsewhere (other regions, the same theme elsewhere, navigation). The filter
// pages (focus areas by theme or region) and the search page are such lists and are left out.

/** "focusArea" → "focus-area": page types as they stand in the address. */
export const typeValue = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The order of the page-type facet, with the message (PageType) naming each. */
const typeKeys = ['agreement', 'focusArea', 'theme', 'pressRelease', 'networkProject', 'programme', 'networks', 'agreements', 'focusAreas', 'themes', 'pressReleases', 'openData', 'accessibility', 'home'] as const;

const nonEmpty = (...xs: (string | undefined)[]) => xs.filter((x): x is string => Boolean(x && x.trim()));

/** A region's names in the other languages ("Tammerfors", "Tampere"): a reader may use any of them in any language's search. */
function regionNamesElsewhere(slug: string, locale: Locale): string[] {
  const own = agreement(slug, locale).data;
  const mine = new Set([own.title, ...own.cities]);
  const names = routing.locales.filter((l) => l !== locale).flatMap((l) => {
    const other = agreement(slug, l).data;
    return [other.title, ...other.cities];
  });
  return [...new Set(names)].filter((n) => !mine.has(n));
}

export function searchDocuments(locale: Locale): SearchDocument[] {
  const messages = messagesFor(locale);
  const t = createTranslator({locale, messages});
  const themeName = new Map(themes(locale).map((th) => [th.slug, th.data.title]));
  const regionName = new Map(agreements(locale).map((a) => [a.slug, a.data.title]));
  const listPage = (key: 'agreements' | 'themes' | 'focusAreas' | 'pressReleases' | 'openData', p: string, ns: 'AgreementsPage' | 'ThemesPage' | 'FocusAreasPage' | 'PressReleasesPage' | 'OpenDataPage'): SearchDocument => ({
    url: localePath(p, locale),
    type: typeValue(key),
    title: t(`${ns}.title`),
    text: [t(`${ns}.description`)]
  });
  const contentPage = (id: 'home' | 'programme' | 'networks' | 'accessibility', type: string, p: string): SearchDocument => {
    const entry = page(id, locale);
    // The page's own headings: "Aikajana" over the programme's timeline.
    const headings = id === 'programme' && entry.data.timeline?.length ? [t('ProgrammePage.timeline')] : [];
    return {
      url: localePath(p, locale),
      type,
      title: entry.data.title,
      // The home page goes by the site's name in every language ("ekosysteemisopimus" in Swedish search).
      names: id === 'home' ? routing.locales.filter((l) => l !== locale).map((l) => messagesFor(l).SiteHeader.siteName) : undefined,
      text: [...nonEmpty(entry.data.description), ...entry.blocks, ...headings, ...(entry.data.timeline ?? []).map((item) => item.text)]
    };
  };

  return [
    ...agreements(locale).map((a): SearchDocument => {
      const own = focusAreasOf(a.slug, locale);
      return {
        url: localePath(paths.agreement(a.slug), locale),
        type: 'agreement',
        title: a.data.title,
        names: regionNamesElsewhere(a.slug, locale),
        // What the page says it is, over its title: "Ekosysteemisopimus".
        facts: [t('AgreementPage.kicker'), a.data.cities.join(', '), ...own.map((f) => f.data.title)],
        text: [...nonEmpty(a.data.summary), ...a.blocks],
        description: agreementDescription(a, own, (values) => t('AgreementPage.description', values)),
        region: [a.slug],
        theme: [...new Set(own.map((f) => f.data.theme))]
      };
    }),
    ...focusAreas(locale).map((f): SearchDocument => {
      const region = regionName.get(f.data.agreement) ?? '';
      const theme = themeName.get(f.data.theme) ?? '';
      return {
        url: localePath(paths.focusArea(f.slug), locale),
        type: 'focus-area',
        title: f.data.title,
        names: f.data.alternativeNames?.map((n) => n.name),
        facts: [region, ...regionNamesElsewhere(f.data.agreement, locale), theme],
        text: [...nonEmpty(f.data.summary), ...f.blocks],
        description: f.data.summary ?? t('FocusAreaPage.description', {region, theme}),
        region: [f.data.agreement],
        theme: [f.data.theme]
      };
    }),
    ...themes(locale).map((th): SearchDocument => ({
      url: localePath(paths.theme(th.slug), locale),
      type: 'theme',
      title: th.data.title,
      text: [th.data.summary, ...th.blocks],
      theme: [th.slug]
    })),
    ...pressReleases(locale).map((r): SearchDocument => {
      const issued = formatDate(r.data.issued.slice(0, 10), locale);
      const contacts = r.data.contacts ?? [];
      // The contacts as the page heads and introduces them ("Lisätiedot", "Yhteystiedot ovat …").
      const aboutContacts = contacts.length > 0 ? [t('PressReleasePage.contacts'), t.markup('PressReleasePage.contactsNote', {kind: r.data.kind, date: () => issued})] : [];
      return {
        url: localePath(paths.pressRelease(r.slug), locale),
        type: 'press-release',
        title: r.data.title,
        facts: [issued, r.data.issuer, ...r.data.ministryVersions.filter((v) => v.language === locale).map((v) => v.headline), ...contacts.map((c) => c.name)],
        text: [r.data.summary, ...r.blocks, ...aboutContacts]
      };
    }),
    ...networkProjects(locale).map((n): SearchDocument => ({
      url: localePath(paths.networkProject(n.slug), locale),
      type: 'network-project',
      title: n.data.title,
      facts: n.data.contacts.map((c) => c.name),
      text: [n.data.summary, ...n.blocks]
    })),
    contentPage('programme', 'programme', paths.programme),
    contentPage('networks', 'networks', paths.networks),
    listPage('agreements', paths.agreements, 'AgreementsPage'),
    listPage('focusAreas', paths.focusAreas, 'FocusAreasPage'),
    listPage('themes', paths.themes, 'ThemesPage'),
    listPage('pressReleases', paths.pressReleases, 'PressReleasesPage'),
    listPage('openData', paths.openData, 'OpenDataPage'),
    contentPage('accessibility', 'accessibility', paths.accessibility),
    contentPage('home', 'home', paths.home)
  ];
}

/** Everything the search page of one language downloads: its pages, facet names and words. */
export function searchData(locale: Locale, contentRoot = path.join(process.cwd(), 'content')): SearchData {
  const t = createTranslator({locale, messages: messagesFor(locale)});
  const problems: Problem[] = [];
  const words = readSearchWords(contentRoot, problems);
  if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));
  return {
    locale,
    documents: searchDocuments(locale),
    labels: {
      type: Object.fromEntries(typeKeys.map((k) => [typeValue(k), t(`PageType.${k}`)])),
      region: Object.fromEntries(agreements(locale).map((a) => [a.slug, a.data.title])),
      theme: Object.fromEntries(themes(locale).map((th) => [th.slug, th.data.title]))
    },
    words: words[locale],
    places: agreements(locale).flatMap((a) => [a.data.title, ...a.data.cities])
  };
}
