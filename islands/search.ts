import {start} from './lib/start';

// Runs the query in ?q= against the Pagefind index the build wrote for this page's language
// (Pagefind picks it by <html lang>) and lists each result from the <template> in the markup.
// Without script the status line says that search needs it, and the page offers the browse pages.
//   <div data-island="search" data-index="/pagefind/pagefind.js" data-field="…" data-prompt="…"
//        data-loading="…" data-error="…" data-count-zero="…" data-count-one="…" data-count-other="…">
//     <p role="status">…</p> <ol hidden></ol> <button type="button" hidden>Show more</button>
//     <template><li> [data-slot=type] <a data-slot=title> [data-slot=excerpt] </li></template>
//   </div>
// Results come ten at a time, as Pagefind advises: each one shown costs a request for its fragment.

type Result = {url: string; excerpt: string; meta: Record<string, string | undefined>};
type Pagefind = {
  init: () => Promise<void>;
  search: (query: string) => Promise<{results: {data: () => Promise<Result>}[]}>;
};

const perPage = 10;

/** Pagefind's excerpt is escaped text with <mark> around the matches: rebuilt as nodes, never as HTML. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstChild;
  return [...(parsed?.childNodes ?? [])].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function countText(root: HTMLElement, total: number, query: string): string {
  const form = total === 0 ? 'zero' : new Intl.PluralRules(document.documentElement.lang).select(total) === 'one' ? 'one' : 'other';
  const template = root.getAttribute(`data-count-${form}`) ?? '';
  return template.replace('{count}', String(total)).replace('{query}', query);
}

function resultItem(result: Result, template: HTMLTemplateElement): DocumentFragment {
  const item = template.content.cloneNode(true) as DocumentFragment;
  const type = item.querySelector('[data-slot="type"]');
  const title = item.querySelector('a[data-slot="title"]');
  const excerpt = item.querySelector('[data-slot="excerpt"]');
  if (type) {
    if (result.meta.type) type.textContent = result.meta.type;
    else type.remove();
  }
  if (title) {
    title.setAttribute('href', result.url);
    title.textContent = result.meta.title ?? result.url;
  }
  excerpt?.replaceChildren(...excerptNodes(result.excerpt));
  return item;
}

async function run(root: HTMLElement, query: string, parts: {status: Element; list: HTMLElement; more: HTMLButtonElement; template: HTMLTemplateElement}) {
  const {status, list, more, template} = parts;
  const pagefind = (await import(root.dataset.index ?? '')) as Pagefind;
  await pagefind.init();
  const {results} = await pagefind.search(query);
  const showNext = async () => {
    const start = list.children.length;
    const page = await Promise.all(results.slice(start, start + perPage).map((r) => r.data()));
    list.append(...page.map((result) => resultItem(result, template)));
    list.hidden = list.children.length === 0;
    more.hidden = list.children.length >= results.length;
    return list.children[start]?.querySelector('a');
  };
  await showNext();
  status.textContent = countText(root, results.length, query);
  // The next results, with focus on the first of them, so that a keyboard user reads on from there.
  more.addEventListener('click', () => {
    if (more.disabled) return;
    more.disabled = true;
    showNext()
      .then((first) => (first ?? list).focus(), () => (status.textContent = root.dataset.error ?? ''))
      .finally(() => (more.disabled = false));
  });
}

start(
  'search',
  (root) => {
    const status = root.querySelector('[role="status"]');
    const list = root.querySelector('ol');
    const more = root.querySelector('button');
    const template = root.querySelector('template');
    if (!status || !list || !more || !template) return;
    const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
    const field = document.getElementById(root.dataset.field ?? '');
    if (field instanceof HTMLInputElement) field.value = query;
    if (query === '') {
      status.textContent = root.dataset.prompt ?? '';
      return;
    }
    status.textContent = root.dataset.loading ?? '';
    run(root, query, {status, list, more, template}).catch(() => (status.textContent = root.dataset.error ?? ''));
  },
  () => typeof WebAssembly === 'object' && 'content' in document.createElement('template')
);
