import type {ReactNode} from 'react';

/** The page's one h1, with an optional kicker above it and a lead paragraph below it. */
export function PageHeading({title, kicker, lead, lang}: {title: string; kicker?: ReactNode; lead?: string; lang?: string}) {
  return (
    <div className="mb-xl" lang={lang}>
      {kicker ? <p className="mb-xxs font-semibold text-black-light1">{kicker}</p> : null}
      <h1>{title}</h1>
      {lead ? <p className="mt-s max-w-prose text-lead-text-small-screen m:text-lead-text">{lead}</p> : null}
    </div>
  );
}
