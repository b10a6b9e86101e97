import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {analyzeFinnish, voikkoAvailable, type VoikkoAnalysis} from '@/lib/search/voikko';

// Finnish search reads words with Voikko at build time. `npm install` fetches it (postinstall:
// scripts/voikko-setup.mjs); these tests fail, with the message saying how to get it, where it cannot run.

/** The parts a STRUCTURE marks with "=": "=pppppp=pppppppp" has two. */
const parts = (a: VoikkoAnalysis) => (a.STRUCTURE ?? '').split('=').filter(Boolean).length;

describe('analyzeFinnish', () => {
  it('runs here', () => {
    expect(voikkoAvailable()).toBe(true);
  });

  // Asks Voikko itself, past the caches, so that a cached answer cannot hide a broken install.
  it('gives base forms and compound parts', () => {
    const found = analyzeFinnish(['Seinäjoelle', 'kiertotalouden', 'xqzzvyy'], {cached: false});

    const seinajoki = found.get('Seinäjoelle')!;
    expect(seinajoki.map((a) => a.BASEFORM)).toContain('Seinäjoki');
    expect(seinajoki.find((a) => a.BASEFORM === 'Seinäjoki')).toMatchObject({CLASS: 'paikannimi', SIJAMUOTO: 'ulkotulento', NUMBER: 'singular'});

    const kiertotalous = found.get('kiertotalouden')!;
    expect(kiertotalous).toHaveLength(1);
    expect(kiertotalous[0]).toMatchObject({BASEFORM: 'kiertotalous', CLASS: 'nimisana', SIJAMUOTO: 'omanto'});
    expect(parts(kiertotalous[0]!)).toBe(2);
    // Voikko names the derivation too: kier(kiertää) + to + talous.
    expect(kiertotalous[0]!.WORDBASES).toMatch(/\(kiertää\).*\+talous\(talous\)/);
    // Only the keys the search uses are kept (not FSTOUTPUT and the like).
    for (const a of [...seinajoki, ...kiertotalous]) {
      expect(Object.keys(a).every((k) => ['BASEFORM', 'WORDBASES', 'STRUCTURE', 'CLASS', 'SIJAMUOTO', 'NUMBER'].includes(k))).toBe(true);
    }

    expect(found.get('xqzzvyy')).toEqual([]);
  });

  it('keeps the words as given, upper case and ä/ö included, as the keys', () => {
    const words = ['Äänekoskella', 'TYÖLLISYYS', 'Öljynjalostamo', 'pölyä', 'Pölyä', 'pölyä', '', 'kaksi\nriviä'];
    const found = analyzeFinnish(words);
    expect([...found.keys()].sort()).toEqual([...new Set(words)].sort());
    expect(found.get('Äänekoskella')!.map((a) => a.BASEFORM)).toContain('Äänekoski');
    expect(found.get('TYÖLLISYYS')!.map((a) => a.BASEFORM)).toContain('työllisyys');
    expect(found.get('Pölyä')!.map((a) => a.BASEFORM)).toContain('pöly');
    expect(found.get('')).toEqual([]);
    expect(found.get('kaksi\nriviä')).toEqual([]);
  });

  it('keeps what it found on disk under the dictionary version, and the next build answers from there', () => {
    /** A build of its own: analyses each word in its own call, and prints what it found. */
    const build = (words: string[]) => {
      const code = `import('./lib/search/voikko.ts').then((m) => { const v = m.default ?? m; const found = {};
        for (const w of ${JSON.stringify(words)}) Object.assign(found, Object.fromEntries(v.analyzeFinnish([w])));
        console.log(JSON.stringify(found)); });`;
      const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', code], {stdio: 'pipe', encoding: 'utf8'});
      return JSON.parse(out) as Record<string, VoikkoAnalysis[]>;
    };
    const file = path.join(process.cwd(), 'node_modules', '.cache', 'voikko-analyses.json');
    type Disk = {voikko: string; analyses: Record<string, VoikkoAnalysis[]>};

    // Two calls in a row: the second is saved as the process exits.
    const words = ['ekosysteemisopimuksille', 'innovaatioympäristöihin'];
    build(words);
    const disk = JSON.parse(fs.readFileSync(file, 'utf8')) as Disk;
    expect(disk.voikko).toMatch(/^voikko-fi \S+ \d/);
    expect(disk.analyses[words[0]!]!.map((a) => a.BASEFORM)).toContain('ekosysteemisopimus');
    expect(disk.analyses[words[1]!]!.map((a) => a.BASEFORM)).toContain('innovaatioympäristö');

    // What is on disk is the answer, without asking Voikko: shown with an answer Voikko would not give.
    const planted = 'zzvoikkotesti';
    fs.writeFileSync(file, JSON.stringify({...disk, analyses: {...disk.analyses, [planted]: [{BASEFORM: 'from-disk'}]}}));
    try {
      expect(build([planted])[planted]).toEqual([{BASEFORM: 'from-disk'}]);
    } finally {
      const now = JSON.parse(fs.readFileSync(file, 'utf8')) as Disk;
      delete now.analyses[planted];
      fs.writeFileSync(file, JSON.stringify(now));
    }
  });

  it('gives each word one shared, frozen answer', () => {
    const first = analyzeFinnish(['kiertotaloudessa']).get('kiertotaloudessa')!;
    expect(analyzeFinnish(['kiertotaloudessa', 'muuta']).get('kiertotaloudessa')).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first[0])).toBe(true);
  });
});
