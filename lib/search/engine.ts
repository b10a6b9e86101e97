import MiniSearch, {type Query, type SearchResult} from 'minisearch';
import type {Locale} from '../i18n/routing';
import {indexTerms, normalize, queryVariants, queryWords, synonymMap, tokens, type Variant} from './analyze';

// The search itself, the same in the browser (islands/search.ts), the tests and the bench: the
// build writes each language's pages as documents (lib/search/documents.ts), and this indexes them
// with MiniSearch, answers a query with ranked results, counts for each facet, and excerpts with
// the matched words marked.

/** One page as search knows it. Text lives in blocks (paragraphs, headings), never run together. */
export type SearchDocument = {
  /** The page's address, with its language: "/fi/agreements/tampere/". */
  url: string;
  title: string;
  /** Page type, as in the facet and the address: "focus-area". */
  type: string;
  /** Other names the page goes by (a focus area's other wordings). */
  names?: string[];
  /** What the page states about itself: its region, theme, cities, focus areas, issuer. */
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

/** Everything the search page downloads for one language. */
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

export type Filters = Partial<Record<Facet, string>>;
export type FacetCount = {value: string; label: string; count: number};
export type Hit = {document: SearchDocument; score: number; terms: Set<string>};
export type Answer = {
  hits: Hit[];
  /** For each facet, its values among the results (within the other facets' narrowing), with counts. */
  counts: Record<Facet, FacetCount[]>;
  /** True when nothing matched as typed, and these are results for similar words. */
  similar: boolean;
};

/**
 * Where a match weighs most: a page's name, then its other names, its facts, its text, and last
 * what kind of page it is ("Kuopion sopimus" finds Kuopio's agreement).
 */
const boost = {title: 6, names: 4, facts: 1.5, text: 1, kind: 0.5};
const shortFields = new Set(['title', 'names', 'facts', 'kind']);

export class SiteSearch {
  readonly data: SearchData;
  private readonly index: MiniSearch<SearchDocument & {id: number}>;
  private readonly synonyms: Map<string, string[][]>;
  readonly places: ReadonlySet<string>;

  /**
   * Indexes the pages at once (the tests, the bench). In the browser use `SiteSearch.load`, which
   * indexes a few pages at a time and lets the page respond in between.
   */
  constructor(data: SearchData, indexNow = true) {
    this.data = data;
    this.synonyms = synonymMap(data.locale, data.words);
    const locale = data.locale;
    const places = new Set(data.places.flatMap((p) => tokens(p).map((t) => normalize(t.word))));
    this.places = places;
    this.index = new MiniSearch<SearchDocument & {id: number}>({
      fields: ['title', 'names', 'facts', 'text', 'kind'],
      extractField: (doc, field) => {
        if (field === 'kind') return data.labels.type[doc.type] ?? '';
        const value = (doc as Record<string, unknown>)[field];
        return Array.isArray(value) ? value.join('\n') : (value as string | undefined) ?? '';
      },
      tokenize: (text) => tokens(text).map((t) => t.word),
      processTerm: (term, field) => indexTerms(locale, term, shortFields.has(field ?? ''), places),
      searchOptions: {tokenize: (text) => [text], processTerm: (term) => term, boost}
    });
    if (indexNow) this.index.addAll(this.numbered());
  }

  static async load(data: SearchData): Promise<SiteSearch> {
    const search = new SiteSearch(data, false);
    await search.index.addAllAsync(search.numbered(), {chunkSize: 2});
    return search;
  }

  private numbered() {
    return this.data.documents.map((d, id) => ({...d, id}));
  }

  /** The query as MiniSearch's tree: every word must match, each in one of its ways. */
  private tree(query: string, fuzzy: boolean): Query | undefined {
    const words = queryWords(this.data.locale, query);
    if (words.length === 0) return undefined;
    const leaf = (v: Variant): Query => ({
      queries: [v.term],
      prefix: v.prefix,
      fuzzy: fuzzy && v.term.length >= 5 ? 0.25 : false,
      boostTerm: () => v.weight
    });
    return {
      combineWith: 'AND',
      queries: words.map((w) => ({
        combineWith: 'OR',
        queries: queryVariants(this.data.locale, w, this.synonyms).map((ways) =>
          ways.length === 1 ? leaf(ways[0]!) : {combineWith: 'AND', queries: ways.map(leaf)}
        )
      }))
    };
  }

  private run(query: string, fuzzy: boolean): Hit[] {
    const tree = this.tree(query, fuzzy);
    if (!tree) return [];
    return this.index.search(tree).map((r: SearchResult) => ({
      document: this.data.documents[r.id as number]!,
      score: r.score,
      terms: new Set(r.terms)
    }));
  }

  search(query: string, filters: Filters = {}): Answer {
    let all = this.run(query, false);
    const similar = all.length === 0;
    if (similar) all = this.run(query, true);
    const matches = (hit: Hit, facet: Facet) => {
      const wanted = filters[facet];
      if (!wanted) return true;
      return facet === 'type' ? hit.document.type === wanted : (hit.document[facet] ?? []).includes(wanted);
    };
    const counts = Object.fromEntries(
      facets.map((facet) => {
        const within = all.filter((hit) => facets.every((other) => other === facet || matches(hit, other)));
        const tally = new Map<string, number>();
        for (const hit of within) {
          const values = facet === 'type' ? [hit.document.type] : (hit.document[facet] ?? []);
          for (const v of values) tally.set(v, (tally.get(v) ?? 0) + 1);
        }
        const labels = this.data.labels[facet];
        // The most frequent first; equal counts in the labels' order (the agreements' own order).
        const values = Object.keys(labels).filter((v) => tally.has(v));
        values.sort((a, b) => tally.get(b)! - tally.get(a)!);
        return [facet, values.map((value) => ({value, label: labels[value]!, count: tally.get(value)!}))];
      })
    ) as Record<Facet, FacetCount[]>;
    return {hits: all.filter((hit) => facets.every((f) => matches(hit, f))), counts, similar};
  }
}

/** A piece of text, marked where it matched. */
export type Segment = {text: string; mark: boolean};

/** A text cut into pieces, each word that stands for one of the matched index terms marked. */
export function marked(locale: Locale, text: string, terms: Set<string>, places?: ReadonlySet<string>): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const token of tokens(text)) {
    if (!indexTerms(locale, token.word, true, places).some((t) => terms.has(t))) continue;
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
  const {document: doc, terms} = hit;
  const {locale} = search.data;
  const mark = (text: string) => marked(locale, text, terms, search.places);
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
export function knownFilters(data: SearchData, given: Record<string, string | null | undefined>): Filters {
  return Object.fromEntries(
    facets.flatMap((f) => {
      const v = given[f];
      return v && Object.hasOwn(data.labels[f], v) ? [[f, v]] : [];
    })
  );
}
