import type {ReactNode} from 'react';

export type Fact = {term: string; value: ReactNode};

/** Key facts of a page as a description list. */
export function FactList({facts}: {facts: Fact[]}) {
  return (
    <dl className="mb-xl grid max-w-3xl grid-cols-1 gap-x-l gap-y-xxs border-y border-depth-light1 py-s s:grid-cols-[max-content_1fr]">
      {facts.map((f) => (
        <div key={f.term} className="contents">
          <dt className="font-semibold">{f.term}</dt>
          <dd className="mb-xs s:mb-0">{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
