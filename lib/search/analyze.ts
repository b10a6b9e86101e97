import {stemmer as english} from '@orama/stemmers/english';
import {stemmer as finnish} from '@orama/stemmers/finnish';
import {stemmer as swedish} from '@orama/stemmers/swedish';
import type {Locale} from '../i18n/routing';
import {baseFormGuesses, type StemChanges} from './finnish';

// How search reads words, the same at build time (tests, bench) and in the browser (the island).
// A page's words are indexed as written, as their Snowball stem, and, in the short fields (title,
// other names, facts), as every ending of a compound: "akkukemia" also as "kemia", "vattenkompetens" as
// "kompetens". A query word then matches
//   - any indexed word it begins ("akku" finds "akkukemia", "vesi" "vesiosaaminen"),
//   - by its stem ("batteries" finds "battery", "hälsa" finds "hälsoteknik"),
//   - in Finnish, by the base forms it may be (lib/search/finnish.ts: "Seinäjoelle" finds
//     "Seinäjoki", which the index holds as Voikko gave it at build time),
//   - in Finnish and Swedish, by its first letters without the ending ("Tampereen" finds
//     "Tampere", "datakeskus" finds "datakeskukset"), which weighs less,
//   - and by the words the lexicon (content/search-words.yaml) gives as the same thing.
// In Finnish the build indexes Voikko's base forms and compound parts instead of every ending
// (lib/search/index-build.ts).

const stemmers: Record<Locale, (word: string) => string> = {fi: finnish, sv: swedish, en: english};

/**
 * Words that say nothing of a page: left out of a query that has other words. With them the words
 * of a question typed as a sentence ("mitkä kaupungit ovat mukana", "who decides …").
 */
const stopWords: Record<Locale, ReadonlySet<string>> = {
  fi: new Set(['ja', 'tai', 'sekä', 'on', 'ovat', 'ei', 'se', 'ne', 'että', 'kanssa', 'mikä', 'mitkä', 'mitä', 'kuka', 'ketkä', 'keitä', 'kenen', 'miten', 'miksi', 'milloin', 'missä', 'mistä', 'mihin', 'paljonko', 'kuinka', 'paljon', 'onko', 'ovatko']),
  sv: new Set(['och', 'eller', 'i', 'på', 'av', 'för', 'med', 'till', 'om', 'att', 'en', 'ett', 'den', 'det', 'de', 'som', 'vad', 'vilka', 'vilken', 'vilket', 'vem', 'vems', 'hur', 'när', 'var', 'varför', 'mycket', 'är', 'får', 'finns']),
  en: new Set(['and', 'or', 'the', 'a', 'an', 'of', 'in', 'on', 'for', 'to', 'with', 'by', 'at', 'is', 'are', 'what', 'which', 'who', 'whom', 'how', 'when', 'where', 'why', 'much', 'many', 'do', 'does', 'did', 'get', 'gets', 'there'])
};

/** Letters and digits in any script, with the joiners that stay inside a word ("Life-science", "S:t"). */
const wordPattern = /[\p{L}\p{N}]+(?:[-:'’][\p{L}\p{N}]+)*/gu;

export type Token = {word: string; start: number; end: number};

/** The words of a text with where they stand in it (for marking matches in excerpts). */
export function tokens(text: string): Token[] {
  return [...text.matchAll(wordPattern)].map((m) => ({word: m[0], start: m.index, end: m.index + m[0].length}));
}

export const normalize = (word: string) => word.normalize('NFC').toLocaleLowerCase('fi');

/** The shortest ending indexed as a word of its own, and the shortest beginning it leaves. */
const minTail = 4;
const minHead = 3;

/** Every ending of a long word that could be a word of its own: "akkukemia" → "kemia", "ukemia" … */
function tails(word: string): string[] {
  const out: string[] = [];
  for (let i = minHead; i <= word.length - minTail; i += 1) out.push(word.slice(i));
  return out;
}

/**
 * The index terms of one word. A hyphenated or colon-joined word is also indexed by its parts
 * ("Terveys-" in "Terveys- ja hyvinvointiteknologia", "Carbon-neutral"); with `compounds`, by its
 * endings too, unless it is one of the `places`.
 */
export function indexTerms(locale: Locale, word: string, compounds: boolean, places?: ReadonlySet<string>): string[] {
  const whole = normalize(word);
  // A place name is not a compound: "Uleåborg" must not answer "Åbo".
  const split = compounds && locale !== 'en' && !places?.has(whole);
  // Pages repeat their words, and excerpts look at the same words again: each is worked out once.
  const key = `${locale}|${split ? 1 : 0}|${whole}`;
  let terms = known.get(key);
  if (!terms) known.set(key, (terms = termsOf(locale, whole, split)));
  return terms;
}

const known = new Map<string, string[]>();

function termsOf(locale: Locale, whole: string, split: boolean): string[] {
  const parts = whole.split(/[-:'’]/).filter(Boolean);
  const terms = new Set<string>([whole, ...parts]);
  for (const part of parts) {
    terms.add(stemmers[locale](part));
    if (split) for (const tail of tails(part)) terms.add(tail);
  }
  return [...terms].filter((t) => t.length > 0);
}

/** One way a query word may match: the term, whether it may begin a longer word, and its weight. */
export type Variant = {term: string; prefix: boolean; weight: number};

/** The first letters of an inflected Finnish or Swedish word, without the ending that changes. */
function withoutEnding(word: string): string | undefined {
  if (word.length < 7) return undefined;
  return word.slice(0, Math.max(5, word.length - 2));
}

/** The stem of a word (in lower case) by the language's Snowball stemmer. */
export const stem = (locale: Locale, word: string) => stemmers[locale](word);

/**
 * The ways one query word may match, best first: each is a list of terms that must all match (a
 * synonym may be a phrase). `changes` are the Finnish stem changes the build learned; `isBase`
 * tells whether the index holds a word as a base form.
 */
export function queryVariants(locale: Locale, word: string, synonyms: ReadonlyMap<string, string[][]>, changes?: StemChanges, isBase?: (word: string) => boolean): Variant[][] {
  const w = normalize(word);
  const own: Variant[] = [{term: w, prefix: w.length >= 3, weight: 1}];
  const stemmed = stemmers[locale](w);
  if (stemmed !== w && stemmed.length >= 3) own.push({term: stemmed, prefix: true, weight: 0.9});
  // A base form the word may be matches only as a whole word: a wrong guess then finds nothing.
  // A word the index holds as a base form is taken as typed ("Vaasa" is not "vaa" + "-sa").
  const guesses = locale === 'fi' && changes && !isBase?.(w) ? baseFormGuesses(w, changes) : [];
  for (const guess of guesses) own.push({term: guess, prefix: false, weight: 0.9});
  const cut = locale === 'en' ? undefined : withoutEnding(w);
  if (cut && cut !== stemmed) own.push({term: cut, prefix: true, weight: 0.6});
  // Each synonym is a word or a phrase; a phrase must match all its words.
  const found = [w, stemmed, ...guesses].map((k) => synonyms.get(k)).find((s) => s !== undefined) ?? [];
  const others = found.map((phrase) => phrase.map((s) => ({term: normalize(s), prefix: s.length >= 3, weight: 0.8})));
  return [...own.map((v) => [v]), ...others];
}

/** The terms a word of a page's text may stand for in the browser (to mark it in an excerpt). */
export function textTerms(locale: Locale, word: string, changes?: StemChanges): string[] {
  const terms = indexTerms(locale, word, locale !== 'fi');
  return locale === 'fi' && changes ? [...terms, ...baseFormGuesses(normalize(word), changes)] : terms;
}

/** The index is split by the first two letters of its terms; a query loads the parts its terms begin with. */
export const shardKey = (term: string) => [...term].slice(0, 2).join('');

/** The words of a query that count: stop words go, unless the query has nothing else. */
export function queryWords(locale: Locale, query: string): string[] {
  const words = tokens(query).map((t) => t.word);
  const kept = words.filter((w) => !stopWords[locale].has(normalize(w)));
  return kept.length > 0 ? kept : words;
}

/** Each word of a language's groups (as written and as its stem), with the other members of its group, each a list of words. */
export function synonymMap(locale: Locale, groups: string[][]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const g of groups) {
    for (const m of g) {
      if (/\s/.test(m.trim())) continue; // a phrase expands a word; it is not looked up itself
      const others = g.filter((o) => o !== m).map((o) => o.trim().split(/\s+/));
      const word = normalize(m);
      for (const key of new Set([word, stemmers[locale](word)])) map.set(key, [...(map.get(key) ?? []), ...others]);
    }
  }
  return map;
}
