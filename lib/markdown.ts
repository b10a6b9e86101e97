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
