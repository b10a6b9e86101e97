import MiniSearch, {type AsPlainObject, type Query, type SearchResult} from 'minisearch';
import type {Locale} from '../i18n/routing';
import {queryVariants, queryWords, synonymMap, textTerms, tokens, type Variant} from './analyze';
import type {StemChanges} from './finnish';

// The search itself, the same in the browser (islands/search.ts), the tests and the bench. The
// build indexes each language's pages (lib/search/index-build.ts) and splits the index; a query
// loads the index's meta part, the parts its words begin with and the pages it shows
// (`neededShards`, `SiteSearch.fromParts`), and this answers it with ranked results, counts for
// each facet, and excerpts with the matched words marked.

/** One page as search knows it. Text lives in blocks (paragraphs, headings), never run together. */
export type SearchDocument = {
  /** The page's address, with its language: "/fi/agreements/tampere/". */
  url: string;
  title: string;
  /** Page type, as in the facet and the address: "focus-area". */
  type: string;
  /** Other names the page goes by (a focus area's other wordings, its names in the other languages). */
  names?: string[];
  /** What the page states about itself: its region, theme, cities, focus areas, issuer, contacts. */
  facts?: string[];
  /** Its lead and own text, block by block. */
  text?: string[];
  /** Shown when none of its text matches: the page's description. */
  description?: string;
  region?: string[];
  theme?: string[];
};

export type Facet = 'type' | 'region' | 'theme';
export const facets: Facet[] = ['type', 'region', 'theme'];

/** What the build indexes for one language (lib/search/documents.ts). */
export type SearchData = {
  locale: Locale;
  documents: SearchDocument[];
  /** Names shown for each facet value (page types, regions, themes), in facet order. */
  labels: Record<Facet, Record<string, string>>;
  /** content/search-words.yaml for this language. */
  words: string[][];
  /** The names of regions, cities and municipalities, which are never split into parts. */
  places: string[];
};

/** The index fields, and where a match weighs most: a page's name, its other names, facts, text, and last what kind of page it is. */
export const fields = ['title', 'names', 'facts', 'text', 'kind'] as const;
export const boost = {title: 6, names: 4, facts: 1.5, text: 1, kind: 0.5};

/** One page in the meta part: its type, regions and themes (as positions in the facet's values) and its field lengths. */
export type DocumentRow = [type: number, region: number[], theme: number[], lengths: number[]];

/** The part of the index every query loads. */
export type SearchMeta = {
  locale: Locale;
  /** Changes whenever anything in the index does; the other parts are asked for with it. */
  version: string;
  documentCount: number;
  averageFieldLength: number[];
  rows: DocumentRow[];
  labels: Record<Facet, Record<string, string>>;
  words: string[][];
  /** Finnish only: how stems change before their endings, learned from Voikko at build time. */
  changes?: StemChanges;
  /** The keys of the index's other parts: two letters (see shardKey), or more where a part was split. */
  shards: string[];
};

/**
 * Index terms beginning with one key, each with its pages: {field: {page: count}} (MiniSearch's own
 * form), and 1 where the term is a base form Voikko gave (Finnish).
 */
export type Shard = [term: string, postings: Record<string, Record<string, number>>, base?: 1][];

export type Filters = Partial<Record<Facet, string>>;
export type FacetCount = {value: string; label: string; count: number};
/** A result: its page's number, score and matched terms, and the page itself where it is loaded (always in the tests). */
export type Hit = {id: number; score: number; terms: Set<string>; document?: SearchDocument};
export type Answer = {
  hits: Hit[];
  /** For each facet, the number of results within the other facets' narrowing ("All" under it). */
  totals: Record<Facet, number>;
  /** For each facet, its values among the results (within the other facets' narrowing), with counts. */
  counts: Record<Facet, FacetCount[]>;
  /** True when nothing matched as typed, and these are results for similar words. */
  similar: boolean;
  /** True when no page has every word, and these are the pages with some of them. */
  some: boolean;
};

/** The ways each word of a query may match. */
function variants(meta: SearchMeta, synonyms: ReadonlyMap<string, string[][]>, query: string, isBase?: (word: string) => boolean): Variant[][][] {
  return queryWords(meta.locale, query).map((w) => queryVariants(meta.locale, w, synonyms, meta.changes, isBase));
}

/** The parts of the index a query needs: the keys its terms begin with. */
export function neededShards(meta: SearchMeta, query: string): string[] {
  const synonyms = synonymMap(meta.locale, meta.words);
  const needed = new Set<string>();
  for (const ways of variants(meta, synonyms, query))
    for (const way of ways)
      for (const v of way) {
        // The deepest part whose key begins the term holds it (a large part is split by the next letter).
        let deepest: string | undefined;
        for (const k of meta.shards) if (v.term.startsWith(k) && (!deepest || k.length > deepest.length)) deepest = k;
        if (deepest) needed.add(deepest);
        // A term that may begin longer words needs the parts deeper than it too.
        if (v.prefix) for (const k of meta.shards) if (k.length > v.term.length && k.startsWith(v.term)) needed.add(k);
      }
  return [...needed].sort();
}

export class SiteSearch {
  readonly meta: SearchMeta;
  /** The pages loaded so far, by number (all of them in the tests; in the browser those shown). */
  readonly documents: (SearchDocument | undefined)[];
  private readonly index: MiniSearch;
  private readonly synonyms: Map<string, string[][]>;
  private readonly values: Record<Facet, string[]>;
  private readonly bases: Set<string>;

  private constructor(meta: SearchMeta, index: MiniSearch, documents: (SearchDocument | undefined)[], bases: Set<string>) {
    this.meta = meta;
    this.bases = bases;
    this.index = index;
    this.documents = documents;
    this.synonyms = synonymMap(meta.locale, meta.words);
    this.values = Object.fromEntries(facets.map((f) => [f, Object.keys(meta.labels[f])])) as Record<Facet, string[]>;
  }

  /** A search over the meta part and the loaded parts of the index (those a query needs, or all). */
  static fromParts(meta: SearchMeta, shards: Shard[], documents: (SearchDocument | undefined)[] = []): SiteSearch {
    return new SiteSearch(meta, MiniSearch.loadJS(SiteSearch.serialized(meta, shards), SiteSearch.options), documents, SiteSearch.baseForms(shards));
  }

  private static readonly options = {fields: [...fields], searchOptions: {boost}};

  private static baseForms(shards: Shard[]) {
    return new Set(shards.flatMap((shard) => shard.filter((entry) => entry[2] === 1).map(([term]) => term)));
  }

  /** The parts as MiniSearch serializes a whole index. */
  private static serialized(meta: SearchMeta, shards: Shard[]): AsPlainObject {
    const ids = Object.fromEntries(meta.rows.map((_, id) => [id, id]));
    return {
      documentCount: meta.documentCount,
      nextId: meta.rows.length,
      documentIds: ids,
      fieldIds: Object.fromEntries(fields.map((f, i) => [f, i])),
      fieldLength: Object.fromEntries(meta.rows.map((row, id) => [id, row[3]])),
      averageFieldLength: meta.averageFieldLength,
      storedFields: {},
      dirtCount: 0,
      index: shards.flat().map(([term, postings]): [string, Shard[number][1]] => [term, postings]),
      serializationVersion: 2
    };
  }

  /** The page a hit stands for, once loaded. */
  document(hit: Hit | number): SearchDocument | undefined {
    return this.documents[typeof hit === 'number' ? hit : hit.id];
  }

  /** A hit's values under a facet. */
  facetValues(hit: Hit, facet: Facet): string[] {
    const row = this.meta.rows[hit.id]!;
    const at = facet === 'type' ? [row[0]] : facet === 'region' ? row[1] : row[2];
    return at.map((i) => this.values[facet][i]!).filter(Boolean);
  }

  /** The query as MiniSearch's tree: each word must match (or, with `some`, any), each in one of its ways. */
  private tree(query: string, fuzzy: boolean, some: boolean): Query | undefined {
    const words = variants(this.meta, this.synonyms, query, (w) => this.bases.has(w));
    if (words.length === 0) return undefined;
    const leaf = (v: Variant): Query => ({
      queries: [v.term],
      prefix: v.prefix,
      fuzzy: fuzzy && v.term.length >= 5 ? 0.25 : false,
      boostTerm: () => v.weight
    });
    return {
      combineWith: some ? 'OR' : 'AND',
      queries: words.map((ways) => ({
        combineWith: 'OR',
        // Similar words are looked for around the word as typed and its stem only: each fuzzy term walks the index.
        queries: (fuzzy ? ways.filter((way) => way.length === 1 && way[0]!.weight >= 0.9) : ways).map((way) =>
          way.length === 1 ? leaf(way[0]!) : {combineWith: 'AND', queries: way.map(leaf)}
        )
      }))
    };
  }

  private run(query: string, fuzzy: boolean, some = false): Hit[] {
    const tree = this.tree(query, fuzzy, some);
    if (!tree) return [];
    return this.index.search(tree, {tokenize: (text) => [text], processTerm: (term) => term}).map((r: SearchResult) => ({
      id: r.id as number,
      score: r.score,
      terms: new Set(r.terms),
      document: this.documents[r.id as number]
    }));
  }

  search(query: string, filters: Filters = {}): Answer {
    // As typed; else with similar words (a typo, "jyvaskyla"); else, for a longer query (a question
    // typed as a sentence), the pages with most of its words. A query of three words or more that
    // finds fewer than three pages with every word also lists, after them, the pages with most of
    // its words ("robotiikka Porin seudulla" finds Pori's robotics page, which does not say
    // "seutu"): at least two words, and half.
    const words = variants(this.meta, this.synonyms, query, (w) => this.bases.has(w));
    const matchesWord = (ways: Variant[][], term: string) => ways.some((way) => way.some((v) => (v.prefix ? term.startsWith(v.term) : term === v.term)));
    const most = (least: number) => this.run(query, false, true).filter((hit) => words.filter((ways) => [...hit.terms].some((t) => matchesWord(ways, t))).length >= least);
    let all = this.run(query, false);
    const similar = all.length === 0;
    if (similar) all = this.run(query, true);
    let some = false;
    if (all.length === 0 && words.length > 1) {
      // At least half the words must match: one common word of a long query is not an answer.
      all = most(Math.ceil(words.length / 2));
      some = all.length > 0;
    } else if (!similar && words.length >= 3 && all.length < 3) {
      const found = new Set(all.map((hit) => hit.id));
      all = [...all, ...most(Math.max(2, Math.ceil(words.length / 2))).filter((hit) => !found.has(hit.id))];
    }
    const matches = (hit: Hit, facet: Facet) => {
      const wanted = filters[facet];
      return !wanted || this.facetValues(hit, facet).includes(wanted);
    };
    const counts = Object.fromEntries(
      facets.map((facet) => {
        const within = all.filter((hit) => facets.every((other) => other === facet || matches(hit, other)));
        const tally = new Map<string, number>();
        for (const hit of within) for (const v of this.facetValues(hit, facet)) tally.set(v, (tally.get(v) ?? 0) + 1);
        const labels = this.meta.labels[facet];
        // The most frequent first; equal counts in the labels' order (the agreements' own order).
        const values = Object.keys(labels).filter((v) => tally.has(v));
        values.sort((a, b) => tally.get(b)! - tally.get(a)!);
        return [facet, values.map((value) => ({value, label: labels[value]!, count: tally.get(value)!}))];
      })
    ) as Record<Facet, FacetCount[]>;
    // A page with several regions or themes counts once here, however many values it has.
    const totals = Object.fromEntries(facets.map((facet) => [facet, all.filter((hit) => facets.every((other) => other === facet || matches(hit, other))).length])) as Record<Facet, number>;
    return {hits: all.filter((hit) => facets.every((f) => matches(hit, f))), totals, counts, similar, some};
  }
}

/** A piece of text, marked where it matched. */
export type Segment = {text: string; mark: boolean};

/**
 * Whether a word of a text stands for one of the matched terms: one of its own terms, or a term it
 * begins or ends with (a compound part the index took from Voikko: "energiajärjestelmien" for
 * "järjestelmä").
 */
function stands(own: string[], matched: Set<string>): boolean {
  if (own.some((t) => matched.has(t))) return true;
  for (const m of matched) if (m.length >= 4 && own.some((t) => t.startsWith(m) || t.endsWith(m))) return true;
  return false;
}

/** A text cut into pieces, each word that stands for one of the matched index terms marked. */
export function marked(locale: Locale, text: string, terms: Set<string>, changes?: StemChanges): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  // A word can stand for a term only if it holds the term's first two letters: the rest are not looked at.
  const keys = [...new Set([...terms].map((t) => t.slice(0, 2)))];
  for (const token of tokens(text)) {
    const word = token.word.toLocaleLowerCase('fi');
    if (!keys.some((k) => word.includes(k))) continue;
    if (!stands(textTerms(locale, token.word, changes), terms)) continue;
    if (token.start > at) out.push({text: text.slice(at, token.start), mark: false});
    out.push({text: token.word, mark: true});
    at = token.end;
  }
  if (at < text.length) out.push({text: text.slice(at), mark: false});
  return out;
}

const excerptLength = 220;

/** Cuts a block to about excerptLength characters around its first mark, at word boundaries. */
function around(segments: Segment[]): Segment[] {
  const text = segments.map((s) => s.text).join('');
  if (text.length <= excerptLength) return segments;
  const firstMark = segments.findIndex((s) => s.mark);
  const markAt = segments.slice(0, Math.max(firstMark, 0)).reduce((n, s) => n + s.text.length, 0);
  // Start at the sentence that holds the mark when it begins close enough; else a little before it.
  const stop = text.lastIndexOf('. ', markAt);
  const sentence = stop < 0 ? 0 : stop + 2;
  let start = markAt - sentence < excerptLength / 2 ? sentence : text.indexOf(' ', markAt - excerptLength / 3) + 1;
  if (firstMark < 0) start = 0;
  let end = Math.min(text.length, start + excerptLength);
  if (end < text.length) end = Math.max(text.lastIndexOf(' ', end), markAt + 1);
  const cut: Segment[] = [];
  let pos = 0;
  for (const s of segments) {
    const from = Math.max(start, pos);
    const to = Math.min(end, pos + s.text.length);
    if (from < to) cut.push({text: s.text.slice(from - pos, to - pos), mark: s.mark});
    pos += s.text.length;
  }
  if (start > 0) cut.unshift({text: '…', mark: false});
  if (end < text.length) cut.push({text: '…', mark: false});
  return cut;
}

/**
 * The excerpt of one result: the first block of the page's text that holds a match, or else the
 * other name that matched (when the title shows no match), cut around the match; with no match in
 * them, the page's description.
 */
export function excerpt(search: SiteSearch, hit: Hit): {from: 'text' | 'names' | 'description'; segments: Segment[]} {
  const doc = search.document(hit);
  if (!doc) return {from: 'description', segments: []};
  const {terms} = hit;
  const {locale, changes} = search.meta;
  const mark = (text: string) => marked(locale, text, terms, changes);
  // Other names explain a match the title does not show; under a matching title they are noise.
  const titleMatched = mark(doc.title).some((s) => s.mark);
  for (const from of titleMatched ? (['text'] as const) : (['text', 'names'] as const)) {
    for (const block of doc[from] ?? []) {
      const segments = mark(block);
      if (segments.some((s) => s.mark)) return {from, segments: around(segments)};
    }
  }
  return {from: 'description', segments: around(mark(doc.description ?? doc.text?.[0] ?? ''))};
}

/** Keeps only filters whose value the data knows (an address may carry anything). */
export function knownFilters(data: Pick<SearchMeta, 'labels'>, given: Record<string, string | null | undefined>): Filters {
  return Object.fromEntries(
    facets.flatMap((f) => {
      const v = given[f];
      return v && Object.hasOwn(data.labels[f], v) ? [[f, v]] : [];
    })
  );
}
