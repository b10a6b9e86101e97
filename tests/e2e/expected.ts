import path from 'node:path';
import type {Locator} from '@playwright/test';
import {createTranslator} from 'use-intl/core';
import {loadContent} from '../../lib/content';
import {historyOf} from '../../lib/content/history';
import {formatDate, formatTime, hasTime, machineDate, toInstant} from '../../lib/dates';
import {paths} from '../../lib/paths';
import {readRedirects} from '../../lib/redirects';
import {routing, type Locale} from '../../lib/i18n/routing';
import en from '../../messages/en.json';
import fi from '../../messages/fi.json';
import sv from '../../messages/sv.json';

// What the pages should show, taken from where the site takes it: the content (names, dates,
// counts) and the messages (every label). So the tests follow an editor's valid change of either,
// and fail only when a page stops showing what the content and messages say.

/** Where the content the site was built from lies: CONTENT_DIR, as npm run build:test reads it, or content/. */
export const contentDir = process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content');

/** The content the site was built from (the snapshot in CONTENT_DIR, as npm run build:test reads it). */
export const content = loadContent(contentDir);

/** The old addresses the content sends on (redirects.yaml), as the build reads them. */
export const redirects = readRedirects(contentDir, []);

const messages: Record<Locale, typeof en> = {fi, sv, en};

/**
 * An entry as a reader of a language sees it: its version in that language or, where there is none,
 * the first version in the order of the languages, which the site shows instead with a notice.
 */
export function inLocale<V>(entry: {versions: Partial<Record<Locale, V>>}, locale: Locale): V & {fallback: boolean} {
  const own = entry.versions[locale];
  if (own) return {...own, fallback: false};
  const other = routing.locales.map((l) => entry.versions[l]).find((v) => v !== undefined);
  if (!other) throw new Error('An entry without any language version');
  return {...other, fallback: true};
}

type Named = {slug: string; versions: Partial<Record<Locale, {data: {title: string}}>>};

/** An entry's name in a language, as its page and every link to it say it: the entry found by its slug in a collection. */
export function titleOf(entries: Named[], slug: string, locale: Locale): string {
  const entry = entries.find((e) => e.slug === slug);
  if (!entry) throw new Error(`No entry "${slug}" in the content`);
  return inLocale(entry, locale).data.title;
}

/** The focus areas of a region or a theme (slugs of agreements and themes are the same in every language). */
export const focusAreasWhere = (match: (f: {agreement: string; theme: string}) => boolean) =>
  content.focusAreas.filter((f) => match(inLocale(f, routing.locales[0]).data));

/** The interface's words in a language, from messages/{locale}.json, with their placeholders filled in. */
export const words = (locale: Locale) => createTranslator({locale, messages: messages[locale], timeZone: 'Europe/Helsinki'});

/** A content date ("2021-02-09", "2020-05-20T13:33", "2021-02") as a page shows it in a language. */
export function shownDate(value: string, locale: Locale, withTime = true): string {
  const date = formatDate(value.slice(0, value.includes('T') ? 10 : undefined), locale);
  return withTime && hasTime(value) ? words(locale)('Dates.dateTime', {date, time: formatTime(value, locale)}) : date;
}

/** The <time> elements under a locator that carry a content date. */
export const timeOf = (scope: Locator, value: string) => scope.locator(`time[datetime="${machineDate(value)}"]`);

/** The definition (dd) that follows a term (dt) in a description list. */
export const definitionOf = (term: Locator) => term.locator('xpath=following-sibling::dd[1]');

/** A page's published and last-updated dates, as the content gives them. */
export const datesOf = historyOf;

/** The releases that are built, newest first by the ministry's date, as every list of releases orders them. */
export const releasesNewestFirst = [...content.pressReleases].sort((a, b) => issuedAt(b) - issuedAt(a));

/** When the ministry issued a release (the same in every language version). */
export function issuedAt(entry: (typeof content.pressReleases)[number]): number {
  const first = Object.values(entry.versions)[0];
  return first ? toInstant(first.data.issued).getTime() : 0;
}

const pagePaths = new Map([
  ['home', ''],
  ['programme', paths.programme],
  ['networks', paths.networks],
  ['accessibility', paths.accessibility]
]);

/** Where a page of content/pages/ stands (the home page is the language's root), as a path without its locale and final slash. */
export const pagePath = (id: string) => pagePaths.get(id) ?? `/${id}`;

/** Text as a reader reads it, whitespace collapsed. */
export const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();
