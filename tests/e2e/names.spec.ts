import fs from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {Parser} from 'htmlparser2';
import {loadContent} from '../../lib/content';
import {wholeWords} from '../../lib/content/editorial';
import {filesUnder} from '../../scripts/lib/files';
import {routing, type Locale} from '../../lib/i18n/routing';
import {paths} from '../../lib/paths';
import {url} from './samples';

// Addresses end in a slash (trailingSlash); the app's localePath needs Next.js, which a test run lacks.
const address = (path: string, locale: Locale) => `${url(locale, path)}/`;

// One name for each thing: wherever the built site links to a focus area or an agreement, the
// link says the name in that entry, in the link's language; and the other wordings of a focus
// area (its alternative names) stand only on its own page.
const out = path.join(process.cwd(), 'out');
const content = loadContent(process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content'));

const pages = routing.locales.flatMap((locale) =>
  filesUnder(path.join(out, locale))
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({locale, file, address: `/${path.relative(out, file)}`.replace(/index\.html$/, '')})));

/** Each entry's address in each language, and its name there. */
const names = (entries: {slug: string; versions: Partial<Record<Locale, {data: {title: string}}>>}[], path: (slug: string) => string) =>
  entries.flatMap((e) => routing.locales.map((l): [string, string] => [address(path(e.slug), l), e.versions[l]?.data.title ?? '']));
const entryName = new Map([...names(content.focusAreas, paths.focusArea), ...names(content.agreements, paths.agreement)]);

type Anchor = {href: string; text: string; hreflang?: string};

/** Links in <main>, with their text as read (whitespace collapsed). */
function mainLinks(file: string): {links: Anchor[]; mainText: string} {
  const links: Anchor[] = [];
  const open: Anchor[] = [];
  let depth = 0;
  let mainText = '';
  const parser = new Parser({
    onopentag(name, attrs) {
      // Elements separate words in what a reader sees (a term and its definition).
      if (depth > 0) mainText += ' ';
      if (name === 'main') depth++;
      if (depth > 0 && name === 'a' && attrs.href) open.push({href: attrs.href, text: '', hreflang: attrs.hreflang});
    },
    ontext(text) {
      if (depth === 0) return;
      mainText += text;
      for (const a of open) a.text += text;
    },
    onclosetag(name) {
      if (depth > 0) mainText += ' ';
      if (name === 'main') depth--;
      if (name === 'a' && open.length > 0) links.push(open.pop()!);
    }
  });
  parser.end(fs.readFileSync(file, 'utf8'));
  const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();
  return {links: links.map((l) => ({...l, text: tidy(l.text)})), mainText: tidy(mainText)};
}

/** At the least, the pages of the agreements and focus areas in every language, which the build must have written. */
const entryPages = (content.agreements.length + content.focusAreas.length) * routing.locales.length;

test('every link to a focus area or an agreement says the name in its entry', () => {
  expect(pages.length).toBeGreaterThanOrEqual(entryPages);
  const wrong: string[] = [];
  let checked = 0;
  for (const page of pages) {
    for (const link of mainLinks(page.file).links) {
      const expected = entryName.get(link.href);
      if (expected === undefined || link.hreflang) continue;
      checked++;
      if (link.text !== expected) wrong.push(`${page.address}: link to ${link.href} says "${link.text}", the entry's name is "${expected}"`);
    }
  }
  expect(wrong).toEqual([]);
  // At the least, in every language: the agreement list's link to each agreement, each focus area's link to its agreement, and each agreement's to its focus areas.
  expect(checked).toBeGreaterThanOrEqual((content.agreements.length + 2 * content.focusAreas.length) * routing.locales.length);
});

test("a focus area's other wordings stand on its own page and nowhere else", () => {
  const misplaced: string[] = [];
  const withAlternatives = content.focusAreas.flatMap((f) =>
    routing.locales.flatMap((locale: Locale) => (f.versions[locale]?.data.alternativeNames ?? []).map((n) => ({slug: f.slug, locale, name: n.name})))
  );
  test.skip(withAlternatives.length === 0, 'no focus area has other wordings');
  // An other wording can be the start of a name ("Health and wellbeing" in "Health and wellbeing
  // technology"), so names are taken out of the text first.
  const titles = (locale: Locale) =>
    content.focusAreas.map((f) => f.versions[locale]?.data.title ?? '').filter((t) => t !== '').sort((a, b) => b.length - a.length);
  for (const page of pages) {
    const raw = mainLinks(page.file).mainText;
    const withoutNames = titles(page.locale).reduce((text, title) => text.split(title).join(' | '), raw);
    for (const alt of withAlternatives) {
      if (alt.locale !== page.locale) continue;
      const own = page.address === address(paths.focusArea(alt.slug), alt.locale);
      const pattern = wholeWords(alt.name);
      if (own && !pattern.test(raw)) misplaced.push(`${page.address}: does not show its other wording "${alt.name}"`);
      // A one-word wording ("Photonics") is an ordinary word too, as in the editorial check.
      const aName = alt.name.trim().split(/\s+/).length > 1;
      if (!own && aName && pattern.test(withoutNames)) misplaced.push(`${page.address}: uses "${alt.name}", the other wording of ${alt.slug}, instead of its name`);
    }
  }
  expect(misplaced).toEqual([]);
});

/**
 * A page's visible text (in <body>), with which of its characters stand inside an element marked
 * with a given language, so that a phrase can be checked for its lang attribute.
 */
function textWithLanguage(file: string, lang: string): {text: string; marked: boolean[]} {
  let text = '';
  const marked: boolean[] = [];
  const stack: (string | undefined)[] = [];
  let inBody = false;
  const skip = new Set(['script', 'style', 'template']);
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'body') inBody = true;
        if (skip.has(name)) skipping++;
        stack.push(attrs.lang ?? stack.at(-1));
        text += ' ';
        marked.push(false);
      },
      ontext(chunk) {
        if (!inBody || skipping > 0) return;
        const inside = stack.at(-1) === lang;
        text += chunk;
        for (let i = 0; i < chunk.length; i++) marked.push(inside);
      },
      onclosetag(name) {
        if (skip.has(name)) skipping--;
        stack.pop();
        text += ' ';
        marked.push(false);
      }
    },
    {decodeEntities: true}
  );
  parser.end(fs.readFileSync(file, 'utf8'));
  return {text, marked};
}

test('Finnish names and phrases on Swedish and English pages are marked as Finnish (WCAG 3.1.2)', () => {
  // Every Finnish phrase the content knows as such: names of focus areas and themes, other
  // wordings, the ministry's headlines and the titles of sources, all in Finnish.
  const finnish = new Set<string>();
  for (const f of content.focusAreas) {
    if (f.versions.fi) finnish.add(f.versions.fi.data.title);
    for (const v of Object.values(f.versions)) for (const n of v?.data.alternativeNames ?? []) if (n.language === 'fi') finnish.add(n.name);
  }
  for (const th of content.themes) if (th.versions.fi) finnish.add(th.versions.fi.data.title);
  for (const r of content.pressReleases) for (const v of Object.values(r.versions)) for (const m of v?.data.ministryVersions ?? []) if (m.language === 'fi') finnish.add(m.headline);
  for (const e of [...content.agreements, ...content.focusAreas, ...content.themes, ...content.pressReleases, ...content.pages, ...content.networkProjects]) {
    for (const v of Object.values(e.versions)) for (const s of v?.data.sources ?? []) if (s.language === 'fi') finnish.add(s.title);
  }
  // Place names (Turku, Mikkeli) are the same words in English and stand in Swedish compounds and
  // company names; they are not Finnish phrases to mark.
  const places = new Set(content.agreements.flatMap((a) => Object.values(a.versions).flatMap((v) => (v ? [v.data.title, ...v.data.cities] : []))).map((p) => p.toLowerCase()));
  for (const place of places) for (const phrase of finnish) if (phrase.toLowerCase() === place) finnish.delete(phrase);
  const unmarked: string[] = [];
  let checked = 0;
  for (const locale of routing.locales.filter((l) => l !== 'fi')) {
    // A name that is the same in this language ("Sustainable Industry X (SIX)") is not Finnish here.
    const own = new Set(
      [...content.focusAreas, ...content.themes, ...content.agreements].flatMap((e) => (e.versions[locale] ? [e.versions[locale].data.title.toLowerCase()] : []))
    );
    const phrases = [...finnish].filter((p) => !own.has(p.toLowerCase()));
    for (const page of pages.filter((p) => p.locale === locale)) {
      const shown = textWithLanguage(page.file, 'fi');
      const marked = shown.marked;
      // Addresses (the permanent address, the test domain) are not words of the text.
      const text = shown.text.replace(/https?:\/\/\S+/g, (url) => ' '.repeat(url.length));
      for (const phrase of phrases) {
        const pattern = new RegExp(wholeWords(phrase, 'i').source, 'giu');
        for (const match of text.matchAll(pattern)) {
          // wholeWords() captures the character before the phrase as its first group.
          const start = (match.index ?? 0) + (match[1]?.length ?? 0);
          checked++;
          const inside = Array.from({length: phrase.length}, (_, i) => marked[start + i]).every(Boolean);
          if (!inside) unmarked.push(`${page.address}: "${phrase}" is not inside an element with lang="fi"`);
        }
      }
    }
  }
  expect(unmarked).toEqual([]);
  // A source in Finnish is listed on its entry's page in every language, so where the content has one, the check met some phrase.
  const sources = [...content.agreements, ...content.focusAreas, ...content.themes, ...content.pressReleases, ...content.pages, ...content.networkProjects].flatMap((e) =>
    Object.values(e.versions).flatMap((v) => v?.data.sources ?? [])
  );
  const finnishSource = sources.some((s) => s.language === 'fi' && finnish.has(s.title));
  if (finnishSource) expect(checked).toBeGreaterThan(0);
});
