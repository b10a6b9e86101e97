import {remark} from 'remark';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, {defaultSchema} from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import {toString} from 'mdast-util-to-string';
import type {PhrasingContent, Root, RootContent} from 'mdast';
import {unified} from 'unified';
import {VFile as VFileClass, type VFile} from 'vfile';
import {SKIP, visit} from 'unist-util-visit';
import {isLocale} from './i18n/routing';

// The one way markdown becomes HTML. Raw HTML in markdown is dropped by remark-rehype (it is not
// passed through), and rehype-sanitize's GitHub schema removes anything executable that markdown
// itself can express, such as javascript: links. Its output goes only to the Prose component.
//
// Two inline marks go beyond plain markdown (remark-directive's syntax):
//   :fi[Tampereen korkeakouluyhteisö]   words in another language, for screen readers (WCAG 3.1.2)
//   :focus-area[tampere-sustainable-industry-x]   a focus area, agreement or theme by its slug,
//                                      shown as a link under its name in the page's language
// Every other colon stays as written ("TEM:n", "S:t Michel", "13:33").

/** The entries a body can name by slug. */
export const refKinds = ['agreement', 'focus-area', 'theme'] as const;
export type RefKind = (typeof refKinds)[number];

/** What a named entry shows: its name in the page's language, its address, and the name's language where it differs. */
export type RefTarget = {title: string; href: string; lang?: string};

export type RenderOptions = {
  /** Finds a named entry; without it, no body may name one. */
  resolve?: (kind: RefKind, slug: string) => RefTarget | undefined;
  /** Receives a plain-words problem for each mark that cannot be shown. */
  report?: (message: string) => void;
};

const isRefKind = (name: string): name is RefKind => (refKinds as readonly string[]).includes(name);

function directives({resolve, report}: RenderOptions) {
  return (tree: Root, file: VFile) => {
    const source = String(file);
    visit(tree, (node, index, parent) => {
      if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
      if (!parent || index === undefined) return;
      if (node.type === 'textDirective' && isLocale(node.name)) {
        node.data = {hName: 'span', hProperties: {lang: node.name}};
        return;
      }
      if (node.type === 'textDirective' && isRefKind(node.name)) {
        const slug = toString(node).trim();
        const target = resolve?.(node.name, slug);
        if (!target) report?.(`":${node.name}[${slug}]" names a ${node.name.replace('-', ' ')} "${slug}" that does not exist; write the slug of an existing one (its folder name)`);
        const replacement: PhrasingContent = target
          ? {type: 'link', url: target.href, children: [{type: 'text', value: target.title}], data: target.lang ? {hProperties: {lang: target.lang}} : undefined}
          : {type: 'text', value: slug};
        parent.children.splice(index, 1, replacement as never);
        return [SKIP, index + 1];
      }
      // Not a mark of ours but a colon in ordinary text: put back exactly what the editor wrote.
      const {start, end} = node.position ?? {};
      const written = start?.offset !== undefined && end?.offset !== undefined ? source.slice(start.offset, end.offset) : `:${node.name}`;
      const text = {type: 'text' as const, value: written};
      parent.children.splice(index, 1, (node.type === 'textDirective' ? text : {type: 'paragraph', children: [text]}) as never);
      return [SKIP, index + 1];
    });
  };
}

/** Markdown to a syntax tree with the marks above resolved. */
const parser = (options: RenderOptions) => remark().use(remarkGfm).use(remarkDirective).use(directives, options);

/** A resolved syntax tree to sanitised HTML. */
const toHtml = unified().use(remarkRehype).use(rehypeSanitize, {...defaultSchema, clobberPrefix: 'content-'}).use(rehypeStringify);

function tree(markdown: string, options: RenderOptions): Root {
  const p = parser(options);
  return p.runSync(p.parse(markdown), new VFileClass(markdown)) as Root;
}

function html(root: Root): string {
  return toHtml.stringify(toHtml.runSync(root) as never);
}

/** The readable blocks of a tree as plain text: one per paragraph, heading or table cell. */
function blocksOf(root: Root): string[] {
  const out: string[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const text = toString(node).replace(/\s+/g, ' ').trim();
      if (text) out.push(text);
    } else if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(root);
  return out;
}

export function renderMarkdown(markdown: string, options: RenderOptions = {}): string {
  return html(tree(markdown, options));
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

/** A body rendered: sanitised HTML with slot markers for the Prose component, and its text as plain blocks (for search). */
export type RenderedBody = {html: string; blocks: string[]};

/** Renders a body whose slot lines become markers for the Prose component to fill. */
export function renderBody(parts: (string | {slot: string})[], options: RenderOptions = {}): RenderedBody {
  const rendered: RenderedBody = {html: '', blocks: []};
  for (const part of parts) {
    if (typeof part !== 'string') {
      rendered.html += `<!--slot:${part.slot}-->`;
      continue;
    }
    const root = tree(part, options);
    rendered.html += html(root);
    rendered.blocks.push(...blocksOf(root));
  }
  return rendered;
}
