// Checks every content file before the build, so that a content mistake is reported as
// "file: field: problem" lines rather than as a stack trace from deep inside Next.js.
import path from 'node:path';
import {loadContent} from '../lib/content';
import {ContentError, formatProblem, type Problem} from '../lib/content/errors';
import {editorialProblems, formatEditorial} from '../lib/content/editorial';
import {readRedirects} from '../lib/redirects';
import {readSearchWords} from '../lib/search/words';
import {waitingReport} from '../lib/content/waiting';
import {readSettings} from '../lib/site-settings';
import {hasHistory, unredirected} from './lib/published-history';

const root = process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content');

/**
 * On GitHub Actions, each problem is also written as an annotation, which GitHub shows on the
 * commit and beside the file in a pull request: where an editor who saved in the workspace looks.
 */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
function annotate(problems: Problem[]) {
  if (process.env.GITHUB_ACTIONS !== 'true') return;
  for (const p of problems) console.log(`::error file=${escapeProperty(p.file)},title=${escapeProperty(p.field ?? 'content')}::${escapeData(p.field ? `${p.field}: ${p.message}` : p.message)}`);
}

const fileProblems: Problem[] = [];
const redirects = readRedirects(root, fileProblems);
readSearchWords(root, fileProblems);
try {
  readSettings(root);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  fileProblems.push(...error.problems);
}
// An entry the site has published keeps its addresses: removing it needs redirects. The repository's
// history says which entries were published (a shallow clone has too little of it to say).
if (hasHistory(process.cwd())) {
  const redirected = new Set(redirects.map((r) => r.from));
  const repoContent = path.relative(process.cwd(), root).split(path.sep).join('/');
  if (!repoContent.startsWith('..')) {
    for (const {entry, missing} of unredirected(process.cwd(), root, redirected, undefined, repoContent)) {
      fileProblems.push({
        file: `${repoContent}/${entry.collection}/${entry.slug}`,
        message: `was published and has been removed, but people may still follow links to it: add each of its addresses to ${repoContent}/redirects.yaml with the page readers should reach instead (${missing.join(', ')})`
      });
    }
  }
}
if (fileProblems.length > 0) {
  annotate(fileProblems);
  console.error(fileProblems.map(formatProblem).join('\n'));
  process.exit(1);
}

try {
  const content = loadContent(root);
  for (const gap of content.gaps) console.warn(`Missing translation: ${formatProblem(gap)}`);
  console.log(waitingReport(content));
  const count = content.agreements.length + content.focusAreas.length + content.themes.length + content.pressReleases.length + content.pages.length + content.networkProjects.length;
  const editorial = editorialProblems(content);
  if (editorial.length > 0) {
    annotate(editorial.flatMap((e) => e.files.map((file) => ({file: file.trim().split(':')[0] ?? file, message: `${e.message} ${e.guidance}`}))));
    console.error(`The editorial check found ${editorial.length} ${editorial.length === 1 ? 'problem' : 'problems'}:\n\n${editorial.map(formatEditorial).join('\n\n')}`);
    process.exit(1);
  }
  console.log(`Content is valid: ${count} entries, and passes the editorial check.`);
} catch (error) {
  if (error instanceof ContentError) {
    annotate(error.problems);
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
