import {remark} from 'remark';
import remarkGfm from 'remark-gfm';
import {toString} from 'mdast-util-to-string';
import type {Root, RootContent} from 'mdast';
import {routing, type Locale} from '../i18n/routing';
import type {Content, Entry} from './index';

// The editorial check: what makes a site read as generated rather than written. It works on the
// texts editors write (summaries, descriptions, timeline entries and bodies), language by language.

/** A sentence this long, standing in more entries than this, is filler. */
export const minWords = 8;
export const maxEntries = 3;

export type EditorialProblem = {message: string; files: string[]; guidance: string};

type Text = {file: string; entry: string; locale: Locale; text: string; prose: boolean};

const parser = remark().use(remarkGfm);

/** The readable blocks of a markdown body: paragraphs, list items, headings, table cells. */
function blocks(markdown: string): string[] {
  const out: string[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      out.push(toString(node));
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(parser.parse(markdown));
  return out;
}

/** Sentences end at . ! ? followed by a space and a capital letter or digit, or at the block's end. */
export function sentences(block: string): string[] {
  return block
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=["“”«»(]?[\p{Lu}\d])/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const words = (sentence: string) => sentence.split(' ').filter((w) => /[\p{L}\d]/u.test(w));
const normalise = (sentence: string) => words(sentence).map((w) => w.toLocaleLowerCase('fi').replace(/[^\p{L}\d%–-]/gu, '')).join(' ');

function textsOf<T extends object>(
  collection: string,
  entries: Entry<T>[],
  fields: (data: T) => (string | undefined)[],
  prose: boolean
): Text[] {
  return entries.flatMap((entry) =>
    routing.locales.flatMap((locale) => {
      const v = entry.versions[locale];
      if (!v) return [];
      const own = fields(v.data).filter((t): t is string => typeof t === 'string');
      const texts = [...own, ...(v.markdown ? blocks(v.markdown) : [])];
      return texts.map((text) => ({file: v.file, entry: `${collection}/${entry.slug}`, locale, text, prose}));
    })
  );
}

function allTexts(c: Content): Text[] {
  return [
    ...textsOf('agreements', c.agreements, (d) => [d.summary], true),
    ...textsOf('focus-areas', c.focusAreas, (d) => [d.summary], false),
    ...textsOf('themes', c.themes, (d) => [d.summary], true),
    ...textsOf('press-releases', c.pressReleases, (d) => [d.summary], true),
    ...textsOf('pages', c.pages, (d) => [d.description, ...(d.timeline ?? []).map((t) => t.text)], true),
    ...textsOf('network-projects', c.networkProjects, (d) => [d.summary], false)
  ];
}

/** Sentences of minWords or more that stand in more than maxEntries entries of one language. */
function repeatedSentences(texts: Text[]): EditorialProblem[] {
  const seen = new Map<string, {sentence: string; locale: Locale; entries: Set<string>; files: Set<string>}>();
  for (const t of texts) {
    for (const sentence of sentences(t.text)) {
      if (words(sentence).length < minWords) continue;
      const key = `${t.locale}\u0000${normalise(sentence)}`;
      const found = seen.get(key) ?? {sentence, locale: t.locale, entries: new Set(), files: new Set()};
      found.entries.add(t.entry);
      found.files.add(t.file);
      seen.set(key, found);
    }
  }
  return [...seen.values()]
    .filter((s) => s.entries.size > maxEntries)
    .map((s) => ({
      message: `The same sentence stands in ${s.entries.size} entries (${s.locale}): "${s.sentence}"`,
      files: [...s.files].sort(),
      guidance:
        'A sentence repeated across pages reads as filler. Say it once, on the page it belongs to (what all the agreements share goes on the programme page), and delete it from the others; where the page already shows the fact from the data (dates, regions, themes, focus areas), delete it there too.'
    }));
}

/** Focus-area names typed into prose, where the page should show them from the data. */
function retypedNames(c: Content, texts: Text[]): EditorialProblem[] {
  const problems: EditorialProblem[] = [];
  for (const locale of routing.locales) {
    const names = c.focusAreas.flatMap((f) => {
      const v = f.versions[locale];
      // Only the names: an other wording can be an everyday phrase ("Hälsa och välfärd").
      return v ? [{name: v.data.title, slug: f.slug}] : [];
    });
    for (const {name, slug} of names) {
      // One-word names (Akkukemia, Mätteknik) are ordinary words too; longer ones are names.
      if (words(name).length < 2) continue;
      const pattern = wholeWords(name, 'i');
      const files = [...new Set(texts.filter((t) => t.prose && t.locale === locale && pattern.test(t.text)).map((t) => t.file))].sort();
      if (files.length === 0) continue;
      problems.push({
        message: `The focus area name "${name}" (${locale}, focus-areas/${slug}) is typed into the text`,
        files,
        guidance:
          'Pages show focus-area names from the focus-area entries, so that each has one name everywhere. Delete the typed name: the page lists the focus areas itself (in a release, put a line "::focus-areas" where the list belongs).'
      });
    }
  }
  return problems;
}

/** A name as whole words: not inside a longer word ("Akkukemia" is not in "Akkukemian"). */
export function wholeWords(name: string, flags = ''): RegExp {
  return new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, `u${flags}`);
}

export function editorialProblems(c: Content): EditorialProblem[] {
  const texts = allTexts(c);
  return [...repeatedSentences(texts), ...retypedNames(c, texts)];
}

export function formatEditorial(p: EditorialProblem): string {
  return [p.message, ...p.files.map((f) => `  ${f}`), `  What to do: ${p.guidance}`].join('\n');
}
