import fs from 'node:fs';
import path from 'node:path';

/** The islands in islands/, one per enhancement. */
export type IslandName = 'copy-link' | 'focus-filter' | 'keep-query' | 'search';

const built = path.join(process.cwd(), 'public', 'islands');

/**
 * Loads one island's module on the page that renders its markup, and nowhere else. React puts an
 * async script in the head once, however often it is rendered. The file is the one
 * scripts/islands.ts bundled (`search-<hash>.js`, or `search.js` in development).
 */
export function IslandScript({name}: {name: IslandName}) {
  return <script type="module" async src={islandFile(name)} />;
}

/**
 * The address of a bundled module in public/islands/: an island, or a module an island loads only
 * when it needs it (the search engine, `search-engine`).
 */
export function islandFile(name: IslandName | 'search-engine'): string {
  const pattern = new RegExp(`^${name}(-[A-Z0-9]+)?\\.js$`);
  const file = fs.existsSync(built) ? fs.readdirSync(built).find((f) => pattern.test(f)) : undefined;
  if (!file) throw new Error(`The island "${name}" is not built: run "npm run islands" (npm run build and npm run dev do it first).`);
  return `/islands/${file}`;
}
