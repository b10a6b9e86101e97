import {excerpt, knownFilters, marked, neededShards, SiteSearch, type Facet, type FacetCount, type Hit, type SearchDocument, type SearchMeta, type Segment, type Shard} from './engine';
import {documentAddress, shardAddress} from './files';

// The search engine as a worker of its own (bundled as search-engine-<hash>.js), so that loading the
// index's parts, ranking and cutting excerpts never hold up the page: the search island
// (islands/search.ts) asks, and only shows what comes back. A classic worker script with no
// imports, so every browser with workers runs it.

/** What the island asks. */
export type Ask = {kind: 'search'; index: string; query: string; params: Partial<Record<Facet, string | null>>} | {kind: 'more'; from: number};

/** One result as the island shows it. */
export type Item = {url: string; kind: string; title: Segment[]; from: 'text' | 'names' | 'description'; excerpt: Segment[]};

/** What the worker answers. */
export type Reply =
  | {
      kind: 'answer';
      total: number;
      similar: boolean;
      some: boolean;
      chosen: Partial<Record<Facet, string>>;
      counts: Record<Facet, FacetCount[]>;
      totals: Record<Facet, number>;
      items: Item[];
    }
  | {kind: 'items'; items: Item[]}
  | {kind: 'error'};

const perPage = 10;

async function json<T>(address: string): Promise<T> {
  const response = await fetch(address);
  if (!response.ok) throw new Error(`${response.status} ${address}`);
  return (await response.json()) as T;
}

let current: {search: SiteSearch; hits: Hit[]} | undefined;

/** The results from `from` on, a page of them, with their pages loaded first. */
async function items(search: SiteSearch, hits: Hit[], from: number): Promise<Item[]> {
  const {locale, version, labels, changes} = search.meta;
  const page = hits.slice(from, from + perPage);
  const missing = page.filter((hit) => !search.document(hit));
  const loaded = await Promise.all(missing.map((hit) => json<SearchDocument>(documentAddress(locale, hit.id, version))));
  missing.forEach((hit, i) => (search.documents[hit.id] = loaded[i]));
  return page.flatMap((hit) => {
    const doc = search.document(hit);
    if (!doc) return [];
    const region = doc.region?.length === 1 ? labels.region[doc.region[0]!] : undefined;
    const shown = excerpt(search, hit);
    return [{url: doc.url, kind: [labels.type[doc.type], region].filter(Boolean).join(' · '), title: marked(locale, doc.title, hit.terms, changes), from: shown.from, excerpt: shown.segments}];
  });
}

async function answer(ask: Ask): Promise<Reply> {
  if (ask.kind === 'more') return {kind: 'items', items: current ? await items(current.search, current.hits, ask.from) : []};
  const meta = await json<SearchMeta>(ask.index);
  const shards = await Promise.all(neededShards(meta, ask.query).map((key) => json<Shard>(shardAddress(meta.locale, key, meta.version))));
  const search = SiteSearch.fromParts(meta, shards);
  const chosen = knownFilters(meta, ask.params);
  const found = search.search(ask.query, chosen);
  current = {search, hits: found.hits};
  return {kind: 'answer', total: found.hits.length, similar: found.similar, some: found.some, chosen, counts: found.counts, totals: found.totals, items: await items(search, found.hits, 0)};
}

const scope = self as unknown as {onmessage: (event: MessageEvent<Ask>) => void; postMessage: (reply: Reply) => void};
scope.onmessage = (event) => {
  answer(event.data)
    .then((reply) => scope.postMessage(reply))
    .catch(() => scope.postMessage({kind: 'error'}));
};
