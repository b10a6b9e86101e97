// npm run build: every step of the build as of one moment. "Now" decides which scheduled releases
// are published; fixing it once here means the content check, the pages, the lists and the feeds
// all agree, even when the build runs across a release's publication time.
import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {helsinkiMoment} from '../lib/dates';
import {publicationTime} from '../lib/now';

const bin = (name: string) => path.join(process.cwd(), 'node_modules', '.bin', name);

let now: Date;
try {
  now = publicationTime();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const env = {...process.env, SITE_NOW: now.toISOString(), NEXT_TELEMETRY_DISABLED: '1'};
console.log(`Building the site as of ${helsinkiMoment(now).replace('T', ' ')} Helsinki time (${env.SITE_NOW}).`);

const steps: [string, string[]][] = [
  [bin('tsx'), ['scripts/check-content.ts']],
  [bin('tsx'), ['scripts/generate-theme.ts']],
  [bin('tsx'), ['scripts/islands.ts']],
  [bin('next'), ['build']],
  [bin('tsx'), ['scripts/html-first.ts']],
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
