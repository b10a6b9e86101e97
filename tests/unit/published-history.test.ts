import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {hasHistory, removedEntries} from '@/scripts/lib/published-history';
import {validFiles, writeContent} from './helpers/fixture';

// A removed entry is found in the repository's history whatever the file layout was, and counts
// as published only if it was neither a draft nor still waiting for its time when it went.

function repoWith(steps: (dir: string, commit: (message: string) => void) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'history-'));
  const git = (...args: string[]) => execFileSync('git', args, {cwd: dir, stdio: 'pipe'});
  git('init', '-q');
  git('config', 'user.email', 'test@example.fi');
  git('config', 'user.name', 'Test');
  steps(dir, (message) => {
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', message);
  });
  return dir;
}

const write = (dir: string, file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
  fs.writeFileSync(path.join(dir, file), text);
};

describe('entries removed from the content', () => {
  it('are found with whether the site had published them', () => {
    const dir = repoWith((d, commit) => {
      write(d, 'content/agreements/kept/index.fi.md', '---\ntitle: "Kept"\n---\n');
      write(d, 'content/agreements/gone/fi.md', '---\ntitle: "Gone"\npublished: "2021-02-09"\n---\n');
      write(d, 'content/press-releases/2021-02-09-draft/index.fi.md', '---\ntitle: "Draft"\npublished: "2021-02-09"\ndraft: true\n---\n');
      write(d, 'content/press-releases/2999-01-01-later/index.fi.md', '---\ntitle: "Later"\npublished: "2999-01-01"\n---\n');
      commit('add');
      fs.rmSync(path.join(d, 'content/agreements/gone'), {recursive: true});
      fs.rmSync(path.join(d, 'content/press-releases'), {recursive: true});
      commit('remove');
    });
    const removed = removedEntries(dir, path.join(dir, 'content'));
    const byName = Object.fromEntries(removed.map((e) => [`${e.collection}/${e.slug}`, e.published]));
    expect(byName).toEqual({'agreements/gone': true, 'press-releases/2021-02-09-draft': false, 'press-releases/2999-01-01-later': false});
    expect(hasHistory(dir)).toBe(true);
  });

  it('are not reported when the folder still exists, under either file layout', () => {
    const dir = repoWith((d, commit) => {
      write(d, 'content/themes/wellbeing/fi.md', '---\ntitle: "Hyvinvointi"\n---\n');
      commit('old layout');
      fs.rmSync(path.join(d, 'content/themes/wellbeing/fi.md'));
      write(d, 'content/themes/wellbeing/index.fi.md', '---\ntitle: "Hyvinvointi"\n---\n');
      commit('new layout');
    });
    expect(removedEntries(dir, path.join(dir, 'content'))).toEqual([]);
  });
});

describe('npm run check-content on a repository', () => {
  it('fails when a published entry is removed without redirects, naming each address, and passes once they are added', () => {
    const files = validFiles();
    // A second network project, published, then removed.
    for (const [name, text] of Object.entries(files)) {
      if (name.startsWith('network-projects/regional-towns/')) files[name.replace('regional-towns', 'old-project')] = text;
    }
    const content = writeContent(files);
    const repo = path.dirname(content);
    fs.writeFileSync(path.join(content, 'site.yaml'), fs.readFileSync(path.join(process.cwd(), 'content', 'site.yaml')));
    const git = (...args: string[]) => execFileSync('git', args, {cwd: repo, stdio: 'pipe'});
    git('init', '-q');
    git('config', 'user.email', 'test@example.fi');
    git('config', 'user.name', 'Test');
    git('add', '-A');
    git('commit', '-q', '-m', 'add');
    fs.rmSync(path.join(content, 'network-projects', 'old-project'), {recursive: true});
    git('add', '-A');
    git('commit', '-q', '-m', 'remove');
    const check = () => {
      try {
        const {CONTENT_DIR: _, ...env} = process.env;
        execFileSync(path.join(process.cwd(), 'node_modules', '.bin', 'tsx'), [path.join(process.cwd(), 'scripts', 'check-content.ts')], {cwd: repo, env, stdio: 'pipe', encoding: 'utf8'});
        return '';
      } catch (error) {
        return (error as {stderr: string}).stderr;
      }
    };
    expect(check()).toContain(
      'content/network-projects/old-project: was published and has been removed, but people may still follow links to it: add each of its addresses to content/redirects.yaml with the page readers should reach instead (/fi/networks/old-project/, /sv/networks/old-project/, /en/networks/old-project/)'
    );
    fs.writeFileSync(
      path.join(content, 'redirects.yaml'),
      ['fi', 'sv', 'en'].map((l) => `- from: /${l}/networks/old-project/\n  to: /${l}/networks/\n`).join('')
    );
    expect(check()).toBe('');
  });
});
