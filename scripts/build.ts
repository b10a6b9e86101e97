// npm run build: every step of the build as of one moment. "Now" decides which scheduled releases
// are published; fixing it once here means the content check, the pages, the lists and the feeds
// all agree, even when the build runs across a release's publication time.
import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {helsinkiMoment} from '../lib/dates';
import {publicationTime} from '../lib/now';
import {readSettings, resolveOrigin} from '../lib/site-settings';

const bin = (name: string) => path.join(process.cwd(), 'node_modules', '.bin', name);

let now: Date;
try {
  now = publicationTime();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
// `--local` builds a copy to look at on this machine (npm start); any other build is for the public
// and must know its public address, or its feeds, sitemap and permanent addresses would be wrong.
const local = process.argv.includes('--local');
const env = {...process.env, SITE_NOW: now.toISOString(), NEXT_TELEMETRY_DISABLED: '1', ...(local ? {SITE_LOCAL: '1'} : {})};
let origin;
try {
  origin = resolveOrigin(env, readSettings());
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
if ('error' in origin) {
  console.error(origin.error);
  process.exit(1);
}
console.log(`Building the site as of ${helsinkiMoment(now).replace('T', ' ')} Helsinki time (${env.SITE_NOW}), ${origin.local ? `to look at on this machine (${origin.origin})` : `for ${origin.origin}`}.`);

const steps: [string, string[]][] = [
  [bin('tsx'), ['scripts/check-content.ts']],
  [bin('tsx'), ['scripts/generate-theme.ts']],
  [bin('tsx'), ['scripts/islands.ts']],
  [bin('tsx'), ['scripts/build-admin.ts']],
  [bin('tsx'), ['scripts/build-search.ts']],
  [bin('next'), ['build']],
  [bin('tsx'), ['scripts/html-first.ts']],
  [bin('tsx'), ['scripts/build-admin.ts', '--preview-style']],
  [bin('tsx'), ['scripts/redirects.ts']],
  [bin('tsx'), ['scripts/hosting.ts']]
];
for (const [command, args] of steps) {
  try {
    execFileSync(command, args, {stdio: 'inherit', env});
  } catch {
    // The step has printed its own message; stop here, as the && chain did.
    process.exit(1);
  }
}
