// npm run check-sources: every source the content cites is one of the public pages collected in
// ../shared/sources (or SOURCES_DIR), in the language and with the date it states, and every other
// wording of a name stands in the source it cites. Run it after editing content; the unit tests
// run the same check wherever that folder is present.
import fs from 'node:fs';
import path from 'node:path';
import {loadContent} from '../lib/content';
import {formatProblem} from '../lib/content/errors';
import {checkSources, sourcesDir} from './lib/source-check';

const dir = sourcesDir();
if (!fs.existsSync(dir)) {
  console.log(`No collected sources at ${dir}; nothing to cross-check (set SOURCES_DIR to check against another copy).`);
  process.exit(0);
}
let problems;
try {
  problems = checkSources(loadContent(process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content')), dir);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
if (problems.length > 0) {
  console.error(`The sources have ${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}
console.log(`Every cited source is among the collected pages in ${dir}.`);
