import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadContent} from '@/lib/content';
import {editorialProblems, formatEditorial, sentences} from '@/lib/content/editorial';
import {routing} from '@/lib/i18n/routing';
import {validFiles, writeContent, type Files} from './helpers/fixture';

// The editorial check: a sentence that stands in many entries reads as filler, and a focus
// area's name typed into prose drifts from its entry. The messages are pinned word for word.

const filler = 'The state signed the ecosystem agreements with 16 city regions on 9 February 2021.';

/** The valid fixture with extra focus areas, each carrying the same sentence in English. */
function withFiller(count: number): Files {
  const files = validFiles();
  for (let i = 1; i <= count; i++) {
    for (const l of routing.locales) {
      files[`focus-areas/tampere-extra-${i}/index.${l}.md`] =
        `---\ntitle: "Extra ${i}"\npublished: "2026-11-22"\nagreement: "tampere"\ntheme: "wellbeing"\norder: ${i + 1}\nsources: [{title: "Ecosystem agreements", url: "https://tem.fi/en/ecosystem-agreements", language: en}]\n---\n${l === 'en' ? `Its own words ${i}. ${filler}` : `Text ${i}.`}\n`;
    }
  }
  return files;
}

const guidance =
  '  What to do: A sentence repeated across pages reads as filler. Say it once, on the page it belongs to (what all the agreements share goes on the programme page), and delete it from the others; where the page already shows the fact from the data (dates, regions, themes, focus areas), delete it there too.';

describe('the editorial check', () => {
  it('passes the valid fixture', () => {
    expect(editorialProblems(loadContent(writeContent(validFiles())))).toEqual([]);
  });

  it('lets a sentence stand in three entries of a language', () => {
    expect(editorialProblems(loadContent(writeContent(withFiller(3))))).toEqual([]);
  });

  it('reports a sentence of eight words or more in a fourth entry, with every file and what to do', () => {
    const [problem, ...rest] = editorialProblems(loadContent(writeContent(withFiller(4))));
    expect(rest).toEqual([]);
    expect(formatEditorial(problem!).split('\n')).toEqual([
      `The same sentence stands in 4 entries (en): "${filler}"`,
      '  content/focus-areas/tampere-extra-1/index.en.md',
      '  content/focus-areas/tampere-extra-2/index.en.md',
      '  content/focus-areas/tampere-extra-3/index.en.md',
      '  content/focus-areas/tampere-extra-4/index.en.md',
      guidance
    ]);
  });

  it('reports a focus area name typed into prose', () => {
    const files = validFiles();
    files['agreements/tampere/index.en.md'] = files['agreements/tampere/index.en.md']!.replace('Some text.', 'Its focus is digital health solutions and more.');
    const problems = editorialProblems(loadContent(writeContent(files)));
    expect(problems.map(formatEditorial)).toEqual([
      [
        'The focus area name "Digital health solutions" (en, focus-areas/tampere-digital-health-solutions) is typed into the text',
        '  content/agreements/tampere/index.en.md',
        '  What to do: Pages show focus-area names from the focus-area entries, so that each has one name everywhere. Delete the typed name: the page lists the focus areas itself (in a release, put a line "::focus-areas" where the list belongs).'
      ].join('\n')
    ]);
  });

  it('splits sentences at their end, not at abbreviations inside them', () => {
    expect(sentences('Valtio ja 16 kaupunkiseutua allekirjoittivat sopimukset 9.2.2021. Ne ovat voimassa 31.12.2027 asti.')).toEqual([
      'Valtio ja 16 kaupunkiseutua allekirjoittivat sopimukset 9.2.2021.',
      'Ne ovat voimassa 31.12.2027 asti.'
    ]);
  });

  it('fails npm run check-content with the message, and the shipped content passes', () => {
    const run = (dir?: string, env: Record<string, string> = {}) => {
      try {
        const out = execFileSync(process.execPath, ['--import', 'tsx', path.join('scripts', 'check-content.ts')], {
          env: {...process.env, GITHUB_ACTIONS: '', ...env, ...(dir ? {CONTENT_DIR: dir} : {})},
          stdio: 'pipe',
          encoding: 'utf8'
        });
        return {code: 0, out, stdout: out};
      } catch (error) {
        const e = error as {status: number; stderr: string; stdout: string};
        return {code: e.status, out: e.stderr, stdout: e.stdout};
      }
    };
    const failed = run(writeContent(withFiller(4)), {GITHUB_ACTIONS: 'true'});
    expect(failed.code).toBe(1);
    // On GitHub Actions each problem is also marked beside its file, where a pull request shows it.
    expect(failed.stdout).toMatch(/^::error file=content\/focus-areas\/tampere-extra-1\/index\.en\.md,title=content::The same sentence stands in 4 entries/m);
    expect(failed.out).toContain(`The editorial check found 1 problem:\n\nThe same sentence stands in 4 entries (en): "${filler}"`);
    expect(failed.out).toContain(guidance);
    const shipped = run();
    expect(shipped.out).toContain('passes the editorial check');
    expect(shipped.code).toBe(0);
  });
});
