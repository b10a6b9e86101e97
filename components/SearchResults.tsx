'use client';

import {useEffect, useState, type ReactNode} from 'react';

type Result = {url: string; title: string; type?: string; excerpt: ReactNode[]};
type Labels = {noScript: string; results: string; loading: string; error: string; prompt: string; counts: {zero: string; one: string; other: string}};
type Pagefind = {
  init: () => Promise<void>;
  search: (query: string) => Promise<{results: {data: () => Promise<{url: string; excerpt: string; meta: Record<string, string | undefined>}>}[]}>;
};

/** Pagefind's excerpt is escaped text with <mark> around matches; rebuild it as elements, never as HTML. */
function excerptNodes(excerpt: string): ReactNode[] {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  return [...(doc.body.firstChild?.childNodes ?? [])].map((node, i) =>
    node.nodeName === 'MARK' ? <mark key={i}>{node.textContent}</mark> : node.textContent
  );
}

/**
 * Runs the query in ?q= against the Pagefind index that the build made for this page's language
 * (Pagefind picks the index by <html lang>), and lists title, page type and excerpt.
 */
export function SearchResults({locale, labels}: {locale: string; labels: Labels}) {
  const [query, setQuery] = useState<string | null>(null);
  const [results, setResults] = useState<Result[] | null>(null);
  const [total, setTotal] = useState(0);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const q = new URLSearchParams(window.location.search).get('q')?.trim() ?? '';
    setQuery(q);
    const field = document.getElementById('search-page-field');
    if (field instanceof HTMLInputElement) field.value = q;
    if (q === '') return;
    (async () => {
      // The index is written by the build next to the pages; it is not part of the app bundle.
      const url = '/pagefind/pagefind.js';
      const pagefind = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url)) as Pagefind;
      await pagefind.init();
      const search = await pagefind.search(q);
      setTotal(search.results.length);
      const data = await Promise.all(search.results.slice(0, 30).map((r) => r.data()));
      setResults(data.map((d) => ({url: d.url, title: d.meta.title ?? d.url, type: d.meta.type, excerpt: excerptNodes(d.excerpt)})));
    })().catch(() => setFailed(true));
  }, []);

  // What the server renders, and what stays if script never runs: search needs script, so say so.
  if (query === null) return <p className="mt-m">{labels.noScript}</p>;
  if (query === '') return <p className="mt-m">{labels.prompt}</p>;
  if (failed) return <p className="mt-m">{labels.error}</p>;
  if (results === null) return <p className="mt-m" role="status">{labels.loading}</p>;
  const rule = new Intl.PluralRules(locale).select(total);
  const template = total === 0 ? labels.counts.zero : rule === 'one' ? labels.counts.one : labels.counts.other;
  return (
    <div className="mt-l">
      <p role="status" className="font-semibold">
        {template.replace('{count}', String(total)).replace('{query}', query)}
      </p>
      <ol aria-label={labels.results} className="mt-m grid gap-l">
        {results.map((r) => (
          <li key={r.url}>
            {r.type ? <p className="text-body-text-small text-black-light1">{r.type}</p> : null}
            <h2 className="text-heading3">
              <a href={r.url}>{r.title}</a>
            </h2>
            <p className="max-w-prose">{r.excerpt}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
