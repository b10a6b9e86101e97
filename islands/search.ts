import type {Facet, FacetCount, Segment} from '../lib/search/engine';
import type {Ask, Item, Reply} from '../lib/search/worker';
import {start} from './lib/start';

// Runs the query in ?q= (narrowed by ?type=, ?region=, ?theme=) against this language's search
// index, which the build split (lib/search/index-build.ts), in a worker (lib/search/worker.ts,
// data-engine) that loads the index's meta part (data-index), the parts the query's words begin
// with and the pages it shows, ten at a time; this only shows what the worker answers.
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

function resultItem(root: HTMLElement, result: Item): DocumentFragment | undefined {
  const item = clone(root, 'result');
  if (!item) return undefined;
  const type = item.querySelector('[data-slot="type"]');
  if (type) type.textContent = result.kind;
  const title = item.querySelector('a[data-slot="title"]');
  if (title) {
    title.setAttribute('href', result.url);
    title.replaceChildren(...nodes(result.title));
  }
  const label = result.from === 'names' ? [document.createTextNode(`${root.dataset.otherNames ?? ''} `)] : [];
  item.querySelector('[data-slot="excerpt"]')?.replaceChildren(...label, ...nodes(result.excerpt));
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
function showFacets(root: HTMLElement, counts: Record<Facet, FacetCount[]>, filters: Partial<Record<Facet, string>>, totalWithin: Record<Facet, number>) {
  const section = root.querySelector<HTMLElement>('[data-slot="facets"]');
  if (!section) return;
  let shown = 0;
  for (const facet of Object.keys(counts) as Facet[]) {
    const group = section.querySelector<HTMLElement>(`[data-facet="${facet}"]`);
    const list = group?.querySelector('ul');
    if (!group || !list) continue;
    const values = counts[facet];
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

const facetNames: Facet[] = ['type', 'region', 'theme'];

/** Asks the worker one thing and waits for its answer. */
function ask(worker: Worker, question: Ask): Promise<Reply> {
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<Reply>) => (event.data.kind === 'error' ? reject(new Error('search')) : resolve(event.data));
    worker.onerror = () => reject(new Error('search'));
    worker.postMessage(question);
  });
}

async function run(root: HTMLElement, query: string, status: Element) {
  const worker = new Worker(root.dataset.engine ?? '');
  const params = new URLSearchParams(location.search);
  const answer = await ask(worker, {kind: 'search', index: root.dataset.index ?? '', query, params: Object.fromEntries(facetNames.map((f) => [f, params.get(f)]))});
  if (answer.kind !== 'answer') return;
  const list = root.querySelector<HTMLOListElement>('ol');
  const more = root.querySelector<HTMLButtonElement>('button');
  const none = root.querySelector<HTMLElement>('[data-slot="none"]');
  if (!list || !more) return;
  const {total} = answer;
  const show = (items: Item[]) => {
    const from = list.children.length;
    list.append(...items.flatMap((item) => resultItem(root, item) ?? []));
    list.hidden = list.children.length === 0;
    more.hidden = list.children.length >= total;
    return list.children[from]?.querySelector('a');
  };
  // The count and the narrowing links first, the results in the next frame: each is a short task
  // on a slow phone. Both fill the screen the page keeps free for them, so nothing moves.
  const explained = answer.similar ? root.dataset.similar : answer.some ? root.dataset.some : undefined;
  status.textContent = explained && total > 0 ? fill(explained, {query}) : countText(root, total, query);
  showFacets(root, answer.counts, answer.chosen, answer.totals);
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  if (none) none.hidden = total > 0;
  show(answer.items);
  // The next results, with focus on the first of them, so that a keyboard user reads on from there.
  more.addEventListener('click', () => {
    more.disabled = true;
    ask(worker, {kind: 'more', from: list.children.length})
      .then((reply) => (reply.kind === 'items' ? (show(reply.items) ?? list).focus() : undefined))
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
    const done = () => {
      root.removeAttribute('data-pending');
      root.removeAttribute('aria-busy');
    };
    if (query === '') {
      status.textContent = root.dataset.prompt ?? '';
      done();
      return;
    }
    status.textContent = root.dataset.loading ?? '';
    root.setAttribute('aria-busy', 'true');
    run(root, query, status)
      .then(() => {
        done();
        // The answer's count takes focus, unless the reader has moved on already.
        if (document.activeElement === document.body && status instanceof HTMLElement) status.focus({preventScroll: true});
      })
      .catch(() => {
        status.textContent = root.dataset.error ?? '';
        done();
      });
  },
  () => 'content' in document.createElement('template') && typeof fetch === 'function' && typeof Worker === 'function'
);
