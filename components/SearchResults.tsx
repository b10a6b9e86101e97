import type {Facet} from '@/lib/search/engine';
import {IslandScript, islandFile} from './IslandScript';

type Labels = {
  noScript: string;
  results: string;
  more: string;
  loading: string;
  error: string;
  prompt: string;
  similar: string;
  some: string;
  noResultsHelp: string;
  narrow: string;
  all: string;
  otherNames: string;
  facets: Record<Facet, string>;
  counts: {zero: string; one: string; other: string};
};

/**
 * The search results. Without script the status line says that search needs it (the page offers
 * the browse pages); the search island runs the query in ?q= over this language's search data
 * (index), narrows it by ?type=, ?region= and ?theme=, and fills the facets and the list from the
 * templates.
 */
export function SearchResults({fieldId, index, labels}: {fieldId: string; index: string; labels: Labels}) {
  return (
    <div
      // Until the answer shows, app/globals.css keeps a screen free here and what follows unseen.
      data-island="search"
      // Until the island has answered (or found no query), app/globals.css keeps a screen free here.
      data-pending=""
      data-index={index}
      data-engine={islandFile('search-engine')}
      data-field={fieldId}
      data-prompt={labels.prompt}
      data-loading={labels.loading}
      data-error={labels.error}
      data-similar={labels.similar}
      data-some={labels.some}
      data-all={labels.all}
      data-other-names={`${labels.otherNames}:`}
      data-count-zero={labels.counts.zero}
      data-count-one={labels.counts.one}
      data-count-other={labels.counts.other}
    >
      <IslandScript name="search" />
      {/* Focused once the answer shows, so that a keyboard or screen reader user starts from the count. */}
      <p role="status" tabIndex={-1} className="mt-m">
        {/* Where script runs, the island writes here at once: the note for readers without it never flashes. */}
        <span className="[@media(scripting:enabled)]:hidden">{labels.noScript}</span>
      </p>
      <div data-slot="none" hidden>
        <p className="mt-xs max-w-prose">{labels.noResultsHelp}</p>
      </div>
      <section data-slot="facets" aria-labelledby="search-facets" hidden className="mt-l rounded-basic bg-highlight-light4 p-s">
        <h2 id="search-facets" className="text-heading4">
          {labels.narrow}
        </h2>
        {(Object.keys(labels.facets) as Facet[]).map((facet) => (
          <div key={facet} data-facet={facet} hidden className="mt-s">
            <h3 id={`search-facet-${facet}`} className="text-body-text-small font-semibold">
              {labels.facets[facet]}
            </h3>
            <ul aria-labelledby={`search-facet-${facet}`} className="mt-xxs flex flex-wrap gap-x-m gap-y-xxs" />
          </div>
        ))}
      </section>
      <ol aria-label={labels.results} className="mt-l grid gap-l" hidden />
      <button
        type="button"
        hidden
        className="mt-l rounded-basic border border-highlight-base px-s py-inset-xs font-semibold text-highlight-base hover:bg-highlight-light4"
      >
        {labels.more}
      </button>
      <template data-template="result">
        {/* A result below the screen is laid out only when it comes near: showing ten at once stays a short task on a slow phone. */}
        <li className="[contain-intrinsic-size:auto_9rem] [content-visibility:auto]">
          <p data-slot="type" className="text-body-text-small text-black-light1" />
          <h2 className="text-heading3">
            <a data-slot="title" />
          </h2>
          <p data-slot="excerpt" className="max-w-prose" />
        </li>
      </template>
      <template data-template="option">
        <li>
          <a data-slot="option" className="aria-[current]:font-semibold aria-[current]:text-black-base aria-[current]:no-underline" />
        </li>
      </template>
    </div>
  );
}
