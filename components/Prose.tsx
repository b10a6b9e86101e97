import {Fragment, type ReactNode} from 'react';
import {slotPattern} from '@/lib/markdown';

/**
 * Renders content HTML that lib/markdown.ts has already sanitised; the only raw HTML sink. A body's
 * "::name" lines arrive as markers, and `slots` gives what the page draws there from the data.
 */
export function Prose({html, lang, slots = {}}: {html: string; lang?: string; slots?: Record<string, ReactNode>}) {
  if (html === '') return null;
  const pieces = html.split(new RegExp(slotPattern.source));
  if (pieces.length === 1) return <div className="prose max-w-prose" lang={lang} dangerouslySetInnerHTML={{__html: html}} />;
  // split() with a capture group alternates: html, slot name, html, slot name, ...
  return (
    <div className="prose max-w-prose" lang={lang}>
      {pieces.map((piece, i) => {
        if (i % 2 === 0) return piece === '' ? null : <div key={i} className="prose-part" dangerouslySetInnerHTML={{__html: piece}} />;
        if (!(piece in slots)) throw new Error(`The body has a "::${piece}" line, but the page gives nothing to show there`);
        return <Fragment key={i}>{slots[piece]}</Fragment>;
      })}
    </div>
  );
}
