import {start} from './lib/start';

// Runs the query in ?q= against the Pagefind index the build wrote for this page's language
// (Pagefind picks it by <html lang>) and lists each result from the <template> in the markup.
// Without script the status line says that search needs it, and the page offers the browse pages.
//   <div data-island="search" data-index="/pagefind/pagefind.js" data-field="…" data-prompt="…"
//        data-loading="…" data-error="…" data-count-zero="…" data-count-one="…" data-count-other="…">
//     <p role="status">…</p> <ol hidden></ol>
//     <template><li> [data-slot=type] <a data-slot=title> [data-slot=excerpt] </li></template>
//   </div>

type Result = {url: string; excerpt: string; meta: Record<string, string | undefined>};
type Pagefind = {
  init: () => Promise<void>;
  search: (query: string) => Promise<{results: {data: () => Promise<Result>}[]}>;
};

const shown = 30;

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

async function run(root: HTMLElement, query: string, status: Element, list: HTMLElement, template: HTMLTemplateElement) {
  const index = root.dataset.index ?? '';
  const pagefind = (await import(index)) as Pagefind;
  await pagefind.init();
  const search = await pagefind.search(query);
  const results = await Promise.all(search.results.slice(0, shown).map((r) => r.data()));
  list.replaceChildren(
    ...results.map((result) => {
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
    })
  );
  status.textContent = countText(root, search.results.length, query);
  list.hidden = results.length === 0;
}

start(
  'search',
  (root) => {
    const status = root.querySelector('[role="status"]');
    const list = root.querySelector('ol');
    const template = root.querySelector('template');
    if (!status || !list || !template) return;
    const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
    const field = document.getElementById(root.dataset.field ?? '');
    if (field instanceof HTMLInputElement) field.value = query;
    if (query === '') {
      status.textContent = root.dataset.prompt ?? '';
      return;
    }
    status.textContent = root.dataset.loading ?? '';
    run(root, query, status, list, template).catch(() => (status.textContent = root.dataset.error ?? ''));
  },
  () => typeof WebAssembly === 'object' && 'content' in document.createElement('template')
);
