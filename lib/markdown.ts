import {remark} from 'remark';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, {defaultSchema} from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';

// The one way markdown becomes HTML. Raw HTML in markdown is dropped by remark-rehype (it is not
// passed through), and rehype-sanitize's GitHub schema removes anything executable that markdown
// itself can express, such as javascript: links. Its output goes only to the Prose component.
const processor = remark()
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, {...defaultSchema, clobberPrefix: 'content-'})
  .use(rehypeStringify);

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}

/**
 * A line "::name" in a body marks where the page puts something drawn from the data (for
 * example the agreements' focus areas in a release), so that names are never retyped in prose.
 */
const slotLine = /^::([a-z][a-z-]*)[ \t]*$/;

/** A body cut at its "::name" lines (outside code fences): markdown, {slot}, markdown, ... */
export function splitAtSlots(markdown: string): (string | {slot: string})[] {
  let fenced = false;
  const parts: (string | {slot: string})[] = [];
  let chunk: string[] = [];
  const flush = () => {
    if (chunk.join('').trim() !== '') parts.push(chunk.join('\n'));
    chunk = [];
  };
  for (const line of markdown.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const name = fenced ? undefined : slotLine.exec(line)?.[1];
    if (name) {
      flush();
      parts.push({slot: name});
    } else chunk.push(line);
  }
  flush();
  return parts;
}

// A marker the sanitiser can never let through from content (it drops every comment), so only a
// slot line can produce it.
export const slotPattern = /<!--slot:([a-z][a-z-]*)-->/;

/** Renders a body whose slot lines become markers for the Prose component to fill. */
export function renderMarkdownWithSlots(parts: (string | {slot: string})[]): string {
  return parts.map((part) => (typeof part === 'string' ? renderMarkdown(part) : `<!--slot:${part.slot}-->`)).join('');
}
