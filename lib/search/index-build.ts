import {createHash} from 'node:crypto';
import MiniSearch from 'minisearch';
import {indexTerms, normalize, shardKey, stem, tokens} from './analyze';
import {boost, facets, fields, SiteSearch, type DocumentRow, type SearchData, type SearchDocument, type SearchMeta, type Shard} from './engine';
import {learnStemChanges} from './finnish';
import {analyzeFinnish, type VoikkoAnalysis} from './voikko';

// The search index, built at build time (never in the browser): each language's pages
// (lib/search/documents.ts) indexed with MiniSearch, then split so that a query downloads only
// what it needs:
//   meta.json     what every query needs: each page's type, region, theme and field lengths, the
//                 facet names, the lexicon and (Finnish) the learned stem changes;
//   t/<key>.json  the index terms that begin with two given letters, with the pages they are on;
//   d/<id>.json   one page as a result shows it: address, title, other names, text for the excerpt.
// In Finnish each word is indexed by its base forms and compound parts as Voikko gives them.

/** What the build writes for one language. */
export type BuiltIndex = {meta: SearchMeta; shards: Map<string, Shard>; documents: SearchDocument[]};

/** Finnish words as Voikko reads them: the index terms of each word, and (word, base form) pairs to learn from. */
type FinnishReading = {terms: Map<string, string[]>; pairs: [string, string][]; bases: Set<string>};

const minPart = 3;

/** The parts of a word Voikko's STRUCTURE marks ("=ppppp=pppppp": "seinä", "joelle"). */
function surfaceParts(word: string, structure: string): string[] {
  const parts: string[] = [];
  let at = 0;
  let current = '';
  for (const mark of structure) {
    if (mark === '=') {
      if (current) parts.push(current);
      current = '';
      continue;
    }
    current += word[at] ?? '';
    at += 1;
  }
  if (current) parts.push(current);
  return parts;
}

/** Base forms and the base forms of compound parts ("energiajärjestelmien": energiajärjestelmä, järjestelmä, energia). */
function readings(word: string, analyses: VoikkoAnalysis[], lemmaOf: (part: string) => string[]): {bases: string[]; parts: string[]; heads: string[]} {
  const bases = new Set<string>();
  const parts = new Set<string>();
  const heads = new Set<string>();
  for (const a of analyses) {
    if (!a.BASEFORM) continue;
    const base = normalize(a.BASEFORM);
    bases.add(base);
    if (!a.STRUCTURE) continue;
    const surface = surfaceParts(word, a.STRUCTURE);
    if (surface.length < 2) continue;
    heads.add(surface.at(-1)!);
    // The base form keeps the first parts as written and puts the last in its base form.
    const before = surface.slice(0, -1);
    const lead = before.join('');
    if (!base.startsWith(lead)) continue;
    const last = base.slice(lead.length);
    // Every ending of the compound: "systeemisopimus", "sopimus" of "ekosysteemisopimus".
    for (let i = 1; i < surface.length; i += 1) {
      const tail = surface.slice(i, -1).join('') + last;
      if (tail.length >= minPart) parts.add(tail);
    }
    for (const part of before) if (part.length >= minPart) for (const p of [part, ...lemmaOf(part)]) parts.add(p);
  }
  return {bases: [...bases], parts: [...parts], heads: [...heads]};
}

/** A word's hyphen- or colon-joined parts ("tki-toiminta": "tki", "toiminta"). */
const joined = (word: string) => word.split(/[-:'’]/).filter(Boolean);

/**
 * Words that share a head with the next one: "Terveys- ja hyvinvointiteknologia" stands for
 * "terveysteknologia" too, and "bio- ja kiertotalouden" for "biotalouden".
 */
const sharedHead = /([\p{L}\p{N}]+)-(?=,?\s)((?:,\s*[\p{L}\p{N}]+-)*)\s+(?:ja|tai|sekä)\s+([\p{L}\p{N}]+)/gu;

function finnishReading(texts: string[], places: ReadonlySet<string>): {reading: FinnishReading; extra: (text: string) => string[]} {
  const words = new Set<string>();
  for (const text of texts) for (const t of tokens(text)) for (const w of [normalize(t.word), ...joined(normalize(t.word))]) words.add(w);
  const analyses = analyzeFinnish([...words]);
  const lemmaOf = (part: string) => {
    const found = analyses.get(part) ?? analyzeFinnish([part]).get(part) ?? [];
    return [...new Set(found.map((a) => normalize(a.BASEFORM ?? '')).filter(Boolean))];
  };
  const read = new Map<string, ReturnType<typeof readings>>();
  const readWord = (w: string) => {
    let r = read.get(w);
    if (!r) read.set(w, (r = readings(w, analyses.get(w) ?? analyzeFinnish([w]).get(w) ?? [], lemmaOf)));
    return r;
  };
  // The words a shared head gives ("terveysteknologia"), per text.
  const extra = (text: string) => {
    const out: string[] = [];
    for (const m of text.matchAll(sharedHead)) {
      const heads = readWord(normalize(m[3]!)).heads;
      if (heads.length === 0) continue;
      const fronts = [m[1]!, ...(m[2] ?? '').split(/[,\s-]+/).filter(Boolean)];
      for (const front of fronts) for (const head of heads) out.push(normalize(front) + head);
    }
    return out;
  };
  const expanded = new Set(texts.flatMap(extra));
  const more = [...expanded].filter((w) => !analyses.has(w));
  if (more.length > 0) for (const [w, a] of analyzeFinnish(more)) analyses.set(w, a);

  const terms = new Map<string, string[]>();
  const pairs: [string, string][] = [];
  const bases = new Set<string>();
  for (const w of [...words, ...expanded]) {
    const set = new Set<string>([w]);
    for (const part of new Set([w, ...joined(w)])) {
      set.add(part);
      set.add(stem('fi', part));
      const r = readWord(part);
      for (const b of r.bases) {
        set.add(b);
        bases.add(b);
        if (part === w) pairs.push([w, b]);
      }
      // A part that is a place of the site is not that place: "Savilahti" is not Lahti.
      for (const p of r.parts) if (!places.has(p)) set.add(p);
    }
    terms.set(w, [...set].filter((t) => t.length > 0));
  }
  return {reading: {terms, pairs, bases}, extra};
}

/** A part larger than this (as JSON, characters) is split again by its terms' next letter. */
const largestPartDefault = 32_000;

/**
 * The index in parts by the first two letters of its terms (shardKey), and a part that grows
 * past largestPart again by the next letter, and so on: at ten thousand releases a common
 * beginning ("ek" of every "ekosysteemisopimus") does not make every query that starts so heavy.
 * A term stays in the deepest part whose key begins it.
 */
function splitIndex(entries: Shard, largestPart: number): Map<string, Shard> {
  const parts = new Map<string, Shard>();
  const place = (key: string, shard: Shard) => {
    if (JSON.stringify(shard).length <= largestPart) return void parts.set(key, shard);
    const here: Shard = [];
    const deeper = new Map<string, Shard>();
    for (const entry of shard) {
      const letters = [...entry[0]];
      if (letters.length <= [...key].length) here.push(entry);
      else {
        const next = key + letters[[...key].length];
        const part = deeper.get(next);
        if (part) part.push(entry);
        else deeper.set(next, [entry]);
      }
    }
    if (deeper.size === 1 && here.length === 0 && [...deeper.values()][0]!.length === 1) return void parts.set(key, shard);
    if (here.length > 0) parts.set(key, here);
    for (const [k, v] of deeper) place(k, v);
  };
  const byKey = new Map<string, Shard>();
  for (const entry of entries) {
    const key = shardKey(entry[0]);
    const part = byKey.get(key);
    if (part) part.push(entry);
    else byKey.set(key, [entry]);
  }
  for (const [key, shard] of byKey) place(key, shard);
  return parts;
}

const fieldText = (data: SearchData, doc: SearchDocument, field: string): string => {
  if (field === 'kind') return data.labels.type[doc.type] ?? '';
  const value = (doc as Record<string, unknown>)[field];
  return Array.isArray(value) ? value.join('\n') : ((value as string | undefined) ?? '');
};

const shortFields = new Set(['title', 'names', 'facts', 'kind']);

/** Indexes one language's pages and splits the index for the browser. */
export function buildIndex(data: SearchData, {largestPart = largestPartDefault} = {}): BuiltIndex {
  const {locale} = data;
  const places = new Set(data.places.flatMap((p) => tokens(p).map((t) => normalize(t.word))));
  const texts = data.documents.flatMap((doc) => fields.map((f) => fieldText(data, doc, f)));
  const finnish = locale === 'fi' ? finnishReading(texts, places) : undefined;
  const termsOf = (word: string, field: string): string[] => {
    const w = normalize(word);
    const read = finnish?.reading.terms.get(w);
    if (!read) return indexTerms(locale, word, shortFields.has(field), places);
    // A word Voikko does not know keeps the word-part endings of the short fields.
    return shortFields.has(field) && read.length <= 3 ? [...new Set([...read, ...indexTerms(locale, word, true, places)])] : read;
  };
  const index = new MiniSearch<SearchDocument & {id: number}>({
    fields: [...fields],
    extractField: (doc, field) => {
      if (field === 'id') return doc.id as unknown as string;
      const text = fieldText(data, doc, field);
      const extra = finnish?.extra(text) ?? [];
      return extra.length > 0 ? `${text}\n${extra.join(' ')}` : text;
    },
    tokenize: (text) => tokens(text).map((t) => t.word),
    processTerm: (term, field) => termsOf(term, field ?? '')
  });
  index.addAll(data.documents.map((d, id) => ({...d, id})));
  const js = index.toJSON();

  const entries: Shard = js.index.map(([term, postings]) => (finnish?.reading.bases.has(term) ? [term, postings as Shard[number][1], 1] : [term, postings as Shard[number][1]]));
  const shards = splitIndex(entries, largestPart);
  const values = Object.fromEntries(facets.map((f) => [f, Object.keys(data.labels[f])])) as Record<(typeof facets)[number], string[]>;
  const position = (facet: 'region' | 'theme', v: string) => values[facet].indexOf(v);
  const fieldLength = js.fieldLength as Record<string, number[]>;
  const rows: DocumentRow[] = data.documents.map((doc, id) => [
    values.type.indexOf(doc.type),
    (doc.region ?? []).map((r) => position('region', r)),
    (doc.theme ?? []).map((t) => position('theme', t)),
    fieldLength[String(id)] ?? fields.map(() => 0)
  ]);
  const changes = finnish ? learnStemChanges(finnish.reading.pairs) : undefined;
  const body = {
    locale,
    documentCount: js.documentCount,
    averageFieldLength: js.averageFieldLength,
    rows,
    labels: data.labels,
    words: data.words,
    changes,
    shards: [...shards.keys()].sort()
  };
  const version = createHash('sha256')
    .update(JSON.stringify([body, [...shards], data.documents]))
    .digest('hex')
    .slice(0, 12);
  return {meta: {...body, version}, shards, documents: data.documents};
}

/** The whole index of a language, loaded at once (tests, bench). */
export function fullSearch(data: SearchData): SiteSearch {
  const built = buildIndex(data);
  return SiteSearch.fromParts(built.meta, [...built.shards.values()], built.documents);
}

export {boost};
