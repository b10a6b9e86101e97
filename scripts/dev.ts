// npm run dev: the Next.js development server (hot reload; the framework runtime stays in
// development) beside esbuild rebuilding the islands on every change. Reload the page to run a
// changed island. The editors' workspace is built first and served at /admin/: open it
// in Chrome or Edge and choose "Työskentele paikallisen repositorion kanssa" to edit this copy.
import {execFileSync, spawn} from 'node:child_process';
import path from 'node:path';
import * as esbuild from 'esbuild';
import {cleanIslands, islandOptions} from './islands';

async function main() {
  execFileSync(path.join(process.cwd(), 'node_modules', '.bin', 'tsx'), ['scripts/build-admin.ts'], {stdio: 'inherit'});
  // The search index as of now: restart to index changed content.
  execFileSync(path.join(process.cwd(), 'node_modules', '.bin', 'tsx'), ['scripts/build-search.ts'], {stdio: 'inherit'});
  cleanIslands();
  const islands = await esbuild.context(islandOptions(true));
  await islands.watch();
  console.log('Editors\' workspace: http://localhost:3000/admin/ (Chrome or Edge; "Työskentele paikallisen repositorion kanssa").');
  const next = spawn('next', ['dev', ...process.argv.slice(2)], {stdio: 'inherit', env: {...process.env, NEXT_TELEMETRY_DISABLED: '1', SITE_LOCAL: '1'}});
  const stop = () => next.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  next.on('exit', async (code) => {
    await islands.dispose();
    process.exit(code ?? 0);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
