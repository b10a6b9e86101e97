import fs from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';

// The URL contract: every address the site has ever published, pinned. A page that disappears
// from the build fails this test; a new page must be added to urls.txt on purpose.
const out = path.join(process.cwd(), 'out');

function builtPages(dir: string, prefix = '/'): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    if (entry.isDirectory()) return entry.name.startsWith('_') ? [] : builtPages(path.join(dir, entry.name), `${prefix}${entry.name}/`);
    return entry.name === 'index.html' ? [prefix] : [];
  });
}

test('the build publishes exactly the pinned URLs', () => {
  const pinned = fs.readFileSync(path.join(process.cwd(), 'tests', 'e2e', 'urls.txt'), 'utf8').split('\n').filter((l) => l.startsWith('/'));
  expect(builtPages(out).filter((p) => p !== '/404/').sort()).toEqual([...pinned].sort());
});

test('every pinned URL answers', async ({request}) => {
  const pinned = fs.readFileSync(path.join(process.cwd(), 'tests', 'e2e', 'urls.txt'), 'utf8').split('\n').filter((l) => l.startsWith('/'));
  for (const url of pinned) expect((await request.get(url)).status(), url).toBe(200);
});
