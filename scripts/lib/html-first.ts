// The HTML-first step's rules, applied to one built page at a time (scripts/html-first.ts runs
// them over out/). React renders every page at build time; the browser needs none of the
// framework's client runtime to show it, so its scripts, script preloads and inline payloads go.
// The page is read with a real HTML parser (htmlparser2) and exactly those elements are cut out;
// every other byte stays as Next.js wrote it. What the step does not recognise is reported as a
// problem, so that a new framework version cannot slip script back in unnoticed.
import {Parser} from 'htmlparser2';

export type Outcome = {html: string; removed: number; problems: string[]};

/** Where the framework's own files live in the export. */
const frameworkPrefix = '/_next/';
/** Where the islands' bundles live (scripts/islands.ts). */
const islandPrefix = '/islands/';
/** Inline scripts the framework writes: the React Server Components payload and Turbopack's chunk list. */
const frameworkInline = [/^\s*\(self\.__next_f\s*=\s*self\.__next_f\s*\|\|\s*\[\]\)\.push\(/, /^\s*self\.__next_f\.push\(/, /^\s*\(globalThis\["TURBOPACK"\]\s*\|\|/];

type Attributes = Record<string, string>;

/** What a script is: the framework's (removed), one the page needs (kept), or unknown (a problem). */
function scriptKind(attrs: Attributes, text: string): 'framework' | 'keep' | 'unknown' {
  const {src, type} = attrs;
  // JSON-LD is data for search engines, not script.
  if (type === 'application/ld+json' && src === undefined) return 'keep';
  if (src !== undefined) {
    if (src.startsWith(frameworkPrefix)) return 'framework';
    if (src.startsWith(islandPrefix) && type === 'module') return 'keep';
    return 'unknown';
  }
  return frameworkInline.some((pattern) => pattern.test(text)) ? 'framework' : 'unknown';
}

const describe = (attrs: Attributes, text: string) =>
  attrs.src !== undefined ? `<script src="${attrs.src}">` : `an inline <script> starting "${text.trim().slice(0, 60)}"`;

/** Removes the framework's client runtime from one page. Problems name what was not recognised. */
export function stripRuntime(html: string): Outcome {
  const cuts: [number, number][] = [];
  const problems: string[] = [];
  let open: {attrs: Attributes; start: number; text: string} | undefined;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'script') open = {attrs, start: parser.startIndex, text: ''};
        if (name !== 'link') return;
        const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
        if (!rel.includes('modulepreload') && !(rel.includes('preload') && attrs.as === 'script')) return;
        if ((attrs.href ?? '').startsWith(frameworkPrefix)) cuts.push([parser.startIndex, parser.endIndex + 1]);
        else problems.push(`a script preload the build does not recognise: <link href="${attrs.href ?? ''}">`);
      },
      ontext(data) {
        if (open) open.text += data;
      },
      onclosetag(name) {
        if (name !== 'script' || !open) return;
        const kind = scriptKind(open.attrs, open.text);
        if (kind === 'framework') cuts.push([open.start, parser.endIndex + 1]);
        if (kind === 'unknown') problems.push(`a script the build does not recognise: ${describe(open.attrs, open.text)}`);
        open = undefined;
      },
      oncomment(data) {
        // React leaves <!--$?--> (or <!--$!-->) where part of a page waits for script to stream or
        // render it; without the runtime it would never appear.
        if (data === '$?' || data === '$!') problems.push('part of the page is left for client script to fill in (a Suspense boundary that did not finish at build time)');
      }
    },
    {decodeEntities: false, lowerCaseAttributeNames: true}
  );
  parser.write(html);
  parser.end();
  let result = '';
  let from = 0;
  for (const [start, end] of cuts) {
    result += html.slice(from, start);
    from = end;
  }
  return {html: result + html.slice(from), removed: cuts.length, problems};
}

/**
 * Files only the framework's client navigation reads: the React Server Components payloads
 * (index.txt and __next.*.txt beside every page).
 */
export function isPayloadFile(name: string): boolean {
  return name === 'index.txt' || (name.startsWith('__next.') && name.endsWith('.txt'));
}
