import fs from 'node:fs';
import path from 'node:path';

// The pages of the build, read from out/: every address a reader can open, in every language.
// Tests take their page lists from here (never from a hand-kept list), so a new entry is checked
// the moment it is built and needs no change to any test.

export const out = path.join(process.cwd(), 'out');

/** Every page of the build by its address ("/fi/agreements/"), without the pages left at old addresses, the 404 page and the editors' workspace. */
export function builtPages(dir = out, prefix = '/'): string[] {
  return fs
    .readdirSync(dir, {withFileTypes: true})
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      if (entry.isDirectory()) {
        if (entry.name.startsWith('_') || (prefix === '/' && (entry.name === 'admin' || entry.name === '404'))) return [];
        return builtPages(path.join(dir, entry.name), `${prefix}${entry.name}/`);
      }
      if (entry.name !== 'index.html') return [];
      return fs.readFileSync(path.join(dir, entry.name), 'utf8').includes('http-equiv="refresh"') ? [] : [prefix];
    });
}

/** The old addresses the build sends on (content/redirects.yaml). */
export const redirects: {from: string; to: string}[] = fs.existsSync(path.join(out, 'redirects.json'))
  ? JSON.parse(fs.readFileSync(path.join(out, 'redirects.json'), 'utf8'))
  : [];
