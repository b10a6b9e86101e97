/** Renders content HTML that lib/markdown.ts has already sanitised; the only raw HTML sink. */
export function Prose({html, lang}: {html: string; lang?: string}) {
  if (html === '') return null;
  return <div className="prose max-w-prose" lang={lang} dangerouslySetInnerHTML={{__html: html}} />;
}
