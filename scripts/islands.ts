// Bundles every island (islands/<name>.ts) with esbuild into public/islands/, from where Next.js
// copies it into the export and the development server serves it. Built files carry a content hash
// in their name (cached for a year); in development the name is plain so that a reload picks up a
// change. components/IslandScript.tsx finds the file by the island's name.
//   npm run islands        build once, and print each island's size
//   scripts/dev.ts         rebuilds on every change while `npm run dev` runs
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import * as esbuild from 'esbuild';

const source = path.join(process.cwd(), 'islands');
export const islandsOut = path.join(process.cwd(), 'public', 'islands');

export function islandOptions(development: boolean): esbuild.BuildOptions {
  return {
    // Each top-level file is one island; islands/lib/ holds what they share, bundled into each. The
    // search engine is a worker of its own (lib/search/worker.ts), which the search island starts only for a query.
    entryPoints: [
      ...fs.readdirSync(source)
        .filter((f) => f.endsWith('.ts'))
        .map((f) => path.join(source, f)),
      {in: path.join(process.cwd(), 'lib', 'search', 'worker.ts'), out: 'search-engine'}
    ],
    outdir: islandsOut,
    entryNames: development ? '[name]' : '[name]-[hash]',
    bundle: true,
    format: 'esm',
    // A browser too old for this syntax fails to load the module and keeps the plain page.
    target: 'es2020',
    minify: !development,
    sourcemap: development ? 'inline' : false,
    logLevel: 'warning',
    metafile: true
  };
}

/** Empties the output folder first, so that exactly one file stands for each island. */
export function cleanIslands(): void {
  fs.rmSync(islandsOut, {recursive: true, force: true});
  fs.mkdirSync(islandsOut, {recursive: true});
}

async function main() {
  cleanIslands();
  const result = await esbuild.build(islandOptions(false));
  for (const [file, {bytes}] of Object.entries(result.metafile?.outputs ?? {})) {
    const gzip = zlib.gzipSync(fs.readFileSync(file), {level: 9}).length;
    console.log(`island ${path.basename(file)}: ${bytes} B, ${gzip} B gzip`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
