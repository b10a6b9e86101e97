import {IslandScript} from './IslandScript';

type Labels = {noScript: string; results: string; more: string; loading: string; error: string; prompt: string; counts: {zero: string; one: string; other: string}};

/**
 * The search results. Without script the status line says that search needs it (the page offers
 * the browse pages); the search island runs the query in ?q= and fills the list from the template.
 */
export function SearchResults({fieldId, labels}: {fieldId: string; labels: Labels}) {
  return (
    <div
      // Where script runs, the results take at least a screen from the first paint, so that their
      // arrival does not push the links below them (a layout shift); without script, no gap.
      className="[@media(scripting:enabled)]:min-h-screen"
      data-island="search"
      data-index="/pagefind/pagefind.js"
      data-field={fieldId}
      data-prompt={labels.prompt}
      data-loading={labels.loading}
      data-error={labels.error}
      data-count-zero={labels.counts.zero}
      data-count-one={labels.counts.one}
      data-count-other={labels.counts.other}
    >
      <IslandScript name="search" />
      <p role="status" className="mt-m">
        {labels.noScript}
      </p>
      <ol aria-label={labels.results} className="mt-m grid gap-l" hidden />
      <button
        type="button"
        hidden
        className="mt-l rounded-basic border border-highlight-base px-s py-inset-xs font-semibold text-highlight-base hover:bg-highlight-light4"
      >
        {labels.more}
      </button>
      <template>
        <li>
          <p data-slot="type" className="text-body-text-small text-black-light1" />
          <h2 className="text-heading3">
            <a data-slot="title" />
          </h2>
          <p data-slot="excerpt" className="max-w-prose" />
        </li>
      </template>
    </div>
  );
}
