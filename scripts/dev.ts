// npm run dev: the Next.js development server (hot reload; the framework runtime stays in
// development) beside esbuild rebuilding the islands on every change. Reload the page to run a
// changed island.
import {spawn} from 'node:child_process';
import * as esbuild from 'esbuild';
import {cleanIslands, islandOptions} from './islands';

async function main() {
  cleanIslands();
  const islands = await esbuild.context(islandOptions(true));
  await islands.watch();
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
