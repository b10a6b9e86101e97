// After `next build`: every page in out/ becomes a plain document. The framework's scripts,
// script preloads and inline payloads are removed from each page (scripts/lib/html-first.ts), the
// client-navigation payload files are deleted, and so are the framework's script files, which no
// page loads any more. The build fails, naming the file, at any script it does not recognise.
// KEEP_FRAMEWORK_RUNTIME=1 leaves the export as Next.js wrote it (npm run bench compares the two).
import fs from 'node:fs';
import path from 'node:path';
import {filesUnder} from './lib/files';
import {isPayloadFile, stripRuntime} from './lib/html-first';

const out = path.resolve(process.env.OUT_DIR ?? 'out');

if (process.env.KEEP_FRAMEWORK_RUNTIME === '1') {
  console.log('HTML first: skipped (KEEP_FRAMEWORK_RUNTIME=1); the pages keep the framework runtime.');
  process.exit(0);
}

// The editors' workspace (out/admin/) is an application with a policy of its own, not a page.
const admin = path.join(out, 'admin') + path.sep;
const files = filesUnder(out).filter((f) => !f.startsWith(admin));
// Every page is read and checked before any is written: a build that fails leaves out/ as it was.
const pages = files
  .filter((f) => f.endsWith('.html'))
  .map((file) => ({file, ...stripRuntime(fs.readFileSync(file, 'utf8'))}));
const problems = pages.flatMap(({file, problems}) => problems.map((p) => `${path.relative(process.cwd(), file)}: ${p}`));
if (problems.length > 0) {
  console.error(
    `HTML first: ${problems.length} problem${problems.length === 1 ? '' : 's'} in the built pages. Each page must be a finished document ` +
      `that needs no framework script: if a new Next.js version writes a script on purpose, teach scripts/lib/html-first.ts what it is; ` +
      `if a component added it, make it an island (islands/).\n${[...new Set(problems)].map((p) => `  ${p}`).join('\n')}`
  );
  process.exit(1);
}
for (const page of pages) if (page.removed > 0) fs.writeFileSync(page.file, page.html);
const removed = pages.reduce((n, p) => n + p.removed, 0);

// Nothing refers to these any more: the payloads were read only by client navigation, and the
// framework's scripts only by the tags just removed.
const unused = files.filter((f) => isPayloadFile(path.basename(f)) || (f.startsWith(path.join(out, '_next') + path.sep) && f.endsWith('.js')));
const bytes = unused.reduce((n, f) => n + fs.statSync(f).size, 0);
for (const f of unused) fs.rmSync(f);
console.log(`HTML first: removed ${removed} framework scripts and preloads from ${pages.length} pages; deleted ${unused.length} payload and script files (${(bytes / 1048576).toFixed(1)} MB).`);
