import type {Answer, Facet, Filters, Hit, SearchDocument, SearchMeta, Segment, Shard, SiteSearch} from '../lib/search/engine';
import {documentAddress, shardAddress} from '../lib/search/files';
import {start} from './lib/start';

/** The search engine (lib/search/engine.ts), a module of its own that loads only for a query. */
type Engine = typeof import('../lib/search/engine');

// Runs the query in ?q= (narrowed by ?type=, ?region=, ?theme=) against this language's search
// index, which the build split (lib/search/index-build.ts): it loads the index's meta part
// (data-index), the parts the query's words begin with, and the pages it shows, ten at a time.
// Every visible string comes from the markup; results, facet links and their counts are built
// from the <template>s in it:
//   <div data-island="search" data-index="/search-index/fi/meta.json" data-engine="/islands/search-engine-….js"
//        data-field="…" data-prompt="…"
//        data-loading="…" data-error="…" data-count-zero|one|other="…" data-similar="…" data-some="…"
//        data-all="…" data-other-names="…">
//     <p role="status">…</p>
//     <section data-slot="facets" hidden> <div data-facet="type|region|theme"><h3/><ul/></div> … </section>
//     <div data-slot="none" hidden>…</div> <ol hidden></ol> <button type="button" hidden>Show more</button>
//     <template data-template="result"><li> [data-slot=type] <a data-slot=title> [data-slot=excerpt] </li></template>
//     <template data-template="option"><li><a data-slot="option"></a></li></template>
//   </div>
// A facet link is a plain link to the same page with the narrowing in its address, so a narrowed
// result can be shared and the back button undoes it.

const perPage = 10;

/** Text and <mark> nodes, never HTML. */
function nodes(segments: Segment[]): Node[] {
  return segments.map((s) => {
    if (!s.mark) return document.createTextNode(s.text);
    const mark = document.createElement('mark');
    mark.textContent = s.text;
    return mark;
  });
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) => (key in values ? String(values[key]) : all));
}

function countText(root: HTMLElement, total: number, query: string): string {
  const form = total === 0 ? 'zero' : new Intl.PluralRules(document.documentElement.lang).select(total) === 'one' ? 'one' : 'other';
  return fill(root.getAttribute(`data-count-${form}`) ?? '', {count: total, query});
}

function clone(root: HTMLElement, name: string): DocumentFragment | undefined {
  const template = root.querySelector<HTMLTemplateElement>(`template[data-template="${name}"]`);
  return template ? (template.content.cloneNode(true) as DocumentFragment) : undefined;
}

function resultItem(root: HTMLElement, engine: Engine, search: SiteSearch, hit: Hit): DocumentFragment | undefined {
  const item = clone(root, 'result');
  const doc = search.document(hit);
  if (!item || !doc) return undefined;
  const {labels, locale, changes} = search.meta;
  const region = doc.region?.length === 1 ? labels.region[doc.region[0]!] : undefined;
  const type = item.querySelector('[data-slot="type"]');
  if (type) type.textContent = [labels.type[doc.type], region].filter(Boolean).join(' · ');
  const title = item.querySelector('a[data-slot="title"]');
  if (title) {
    title.setAttribute('href', doc.url);
    title.replaceChildren(...nodes(engine.marked(locale, doc.title, hit.terms, changes)));
  }
  const shown = engine.excerpt(search, hit);
  const label = shown.from === 'names' ? [document.createTextNode(`${root.dataset.otherNames ?? ''} `)] : [];
  item.querySelector('[data-slot="excerpt"]')?.replaceChildren(...label, ...nodes(shown.segments));
  return item;
}

/** The address of this page with one facet set to value (or cleared), the rest kept. */
function facetHref(facet: Facet, value: string | undefined): string {
  const params = new URLSearchParams(location.search);
  if (value) params.set(facet, value);
  else params.delete(facet);
  return `?${params.toString()}`;
}

function facetOption(root: HTMLElement, label: string, count: number, href: string, current: boolean): DocumentFragment | undefined {
  const option = clone(root, 'option');
  const link = option?.querySelector('a[data-slot="option"]');
  if (!option || !link) return undefined;
  link.textContent = `${label} (${count})`;
  link.setAttribute('href', href);
  if (current) link.setAttribute('aria-current', 'true');
  return option;
}

/** Each facet with two values or more among the results (or one chosen), as links with counts. */
function showFacets(root: HTMLElement, facets: Facet[], answer: Answer, filters: Filters, totalWithin: Record<Facet, number>) {
  const section = root.querySelector<HTMLElement>('[data-slot="facets"]');
  if (!section) return;
  let shown = 0;
  for (const facet of facets) {
    const group = section.querySelector<HTMLElement>(`[data-facet="${facet}"]`);
    const list = group?.querySelector('ul');
    if (!group || !list) continue;
    const values = answer.counts[facet];
    const chosen = filters[facet];
    group.hidden = values.length < 2 && !chosen;
    if (group.hidden) continue;
    shown += 1;
    list.replaceChildren(
      ...[
        facetOption(root, root.dataset.all ?? '', totalWithin[facet], facetHref(facet, undefined), !chosen),
        ...values.map((v) => facetOption(root, v.label, v.count, facetHref(facet, v.value), v.value === chosen))
      ].filter((o): o is DocumentFragment => o !== undefined)
    );
  }
  section.hidden = shown === 0;
}

/** Lets the browser paint and respond between steps, so that no step blocks it for long. */
const breathe = () => new Promise((resolve) => setTimeout(resolve, 0));

async function json<T>(address: string): Promise<T> {
  const response = await fetch(address);
  if (!response.ok) throw new Error(`${response.status} ${address}`);
  return (await response.json()) as T;
}

/** Loads the pages of these hits that are not loaded yet. */
async function loadPages(search: SiteSearch, hits: Hit[]) {
  const {locale, version} = search.meta;
  const missing = hits.filter((hit) => !search.document(hit));
  const pages = await Promise.all(missing.map((hit) => json<SearchDocument>(documentAddress(locale, hit.id, version))));
  missing.forEach((hit, i) => (search.documents[hit.id] = pages[i]));
}

async function run(root: HTMLElement, query: string, status: Element) {
  const [engine, meta] = await Promise.all([import(root.dataset.engine ?? '') as Promise<Engine>, json<SearchMeta>(root.dataset.index ?? '')]);
  const {facets, knownFilters, neededShards, SiteSearch} = engine;
  const shards = await Promise.all(neededShards(meta, query).map((key) => json<Shard>(shardAddress(meta.locale, key, meta.version))));
  await breathe();
  const search = await SiteSearch.load(meta, shards);
  const params = new URLSearchParams(location.search);
  const filters = knownFilters(meta, Object.fromEntries(facets.map((f) => [f, params.get(f)])));
  const answer = search.search(query, filters);
  await loadPages(search, answer.hits.slice(0, perPage));
  await breathe();

  const list = root.querySelector<HTMLOListElement>('ol');
  const more = root.querySelector<HTMLButtonElement>('button');
  const none = root.querySelector<HTMLElement>('[data-slot="none"]');
  if (!list || !more) return;
  const {hits} = answer;
  const items = (from: number) => hits.slice(from, from + perPage).flatMap((hit) => resultItem(root, engine, search, hit) ?? []);
  const first = items(0);
  // Everything appears at once, so that nothing moves after it is shown.
  const explained = answer.similar ? root.dataset.similar : answer.some ? root.dataset.some : undefined;
  status.textContent = explained && hits.length > 0 ? fill(explained, {query}) : countText(root, hits.length, query);
  if (none) none.hidden = hits.length > 0;
  showFacets(root, facets, answer, filters, answer.totals);
  const show = (page: DocumentFragment[]) => {
    const from = list.children.length;
    list.append(...page);
    list.hidden = list.children.length === 0;
    more.hidden = list.children.length >= hits.length;
    return list.children[from]?.querySelector('a');
  };
  show(first);
  // The next results, with focus on the first of them, so that a keyboard user reads on from there.
  more.addEventListener('click', () => {
    const from = list.children.length;
    more.disabled = true;
    loadPages(search, hits.slice(from, from + perPage))
      .then(() => (show(items(from)) ?? list).focus())
      .catch(() => (status.textContent = root.dataset.error ?? ''))
      .finally(() => (more.disabled = false));
  });
}

start(
  'search',
  (root) => {
    const status = root.querySelector('[role="status"]');
    if (!status) return;
    const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
    const field = document.getElementById(root.dataset.field ?? '');
    if (field instanceof HTMLInputElement) field.value = query;
    if (query === '') {
      status.textContent = root.dataset.prompt ?? '';
      return;
    }
    status.textContent = root.dataset.loading ?? '';
    run(root, query, status).catch(() => (status.textContent = root.dataset.error ?? ''));
  },
  () => 'content' in document.createElement('template') && typeof fetch === 'function'
);
