import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import {toInstant} from '../../lib/dates';
import {routing} from '../../lib/i18n/routing';
import {localePath} from '../../lib/i18n/locale-path';
import {entryPaths} from '../../lib/paths';

// The URL contract without a hand-kept list: every entry the repository's history ever published
// is found in git, so a removed entry's addresses can be required to redirect. An entry counts as
// published at a commit when it was not a draft and (for a release) its publication time had come.

export type RemovedEntry = {
  /** The collection's folder under content/, e.g. "press-releases". */
  collection: string;
  slug: string;
  /** The commit that removed its last file. */
  commit: string;
  /** Whether some commit held it as published: not a draft, and its time had come by then. */
  published: boolean;
};

const git = (cwd: string, args: string[]) => execFileSync('git', args, {cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});

/** Whether `dir` is inside a git work tree with its full history (a shallow clone has only part of it). */
export function hasHistory(dir: string): boolean {
  try {
    return git(dir, ['rev-parse', '--is-shallow-repository']).trim() === 'false';
  } catch {
    return false;
  }
}

/**
 * Entries whose folder once held files under content/ in the repository's history and is gone from
 * `contentDir` now. `contentPath` is the content folder's path inside the repository ("content").
 */
export function removedEntries(repo: string, contentDir: string, contentPath = 'content'): RemovedEntry[] {
  // Every deletion, newest first: "@<commit> <commit time>" then the files it deleted.
  const log = git(repo, ['log', '--no-renames', '--diff-filter=D', '--name-only', '--format=@%H %ct', '--', `${contentPath}/`]);
  const found = new Map<string, RemovedEntry>();
  let commit = '';
  let time = 0;
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) {
      const [hash = '', seconds = '0'] = line.slice(1).split(' ');
      commit = hash;
      time = Number(seconds) * 1000;
      continue;
    }
    const parts = line.split('/');
    if (parts.length < 4 || !line.endsWith('.md')) continue;
    const [, collection = '', slug = ''] = parts;
    const key = `${collection}/${slug}`;
    if (fs.existsSync(path.join(contentDir, collection, slug))) continue;
    const previous = found.get(key);
    if (previous?.published) continue;
    // The file as it was just before this commit removed it.
    let published = false;
    try {
      const data = matter(git(repo, ['show', `${commit}^:${line}`])).data as {draft?: boolean; published?: string | Date};
      const when = data.published instanceof Date ? data.published.toISOString().slice(0, 10) : data.published;
      published = data.draft !== true && (when === undefined || toInstant(String(when)).getTime() <= time);
    } catch {
      published = true;
    }
    found.set(key, {collection, slug, commit: previous?.commit ?? commit, published: published || (previous?.published ?? false)});
  }
  return [...found.values()];
}

/**
 * The addresses of published entries removed since, in every language, that neither the build
 * still has (`exists`) nor an old-address rule sends on: each needs a line in redirects.yaml.
 */
export function unredirected(repo: string, contentDir: string, redirected: Set<string>, exists: (address: string) => boolean = () => false, contentPath = 'content') {
  return removedEntries(repo, contentDir, contentPath)
    .filter((e) => e.published)
    .map((entry) => ({
      entry,
      missing: (entryPaths[entry.collection]?.(entry.slug) ?? [])
        .flatMap((p) => routing.locales.map((l) => localePath(p, l)))
        .filter((address) => !redirected.has(address) && !exists(address))
    }))
    .filter((r) => r.missing.length > 0);
}
