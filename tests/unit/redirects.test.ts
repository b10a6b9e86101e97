import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Problem} from '@/lib/content/errors';
import {readRedirects} from '@/lib/redirects';
import {problemsInFile} from './helpers/content-file';

const problemsWith = (yamlText: string) => problemsInFile('redirects.yaml', yamlText, readRedirects);

describe('the redirects file', () => {
  it('accepts the shipped file', () => {
    const problems: Problem[] = [];
    const redirects = readRedirects(path.join(process.cwd(), 'content'), problems);
    expect(problems).toEqual([]);
    expect(redirects.length).toBeGreaterThan(0);
  });

  it('names an address written without its slashes', () => {
    expect(problemsWith('- from: fi/old\n  to: /fi/agreements/\n')).toEqual([
      'content/redirects.yaml: entry 1 from: must be a site address such as "/fi/agreements/", starting and ending with "/"'
    ]);
  });

  it('names a missing target and a mistyped field', () => {
    expect(problemsWith('- from: /fi/old/\n  too: /fi/agreements/\n')).toEqual([
      'content/redirects.yaml: entry 1 to: is required but missing',
      'content/redirects.yaml: entry 1 too: is not a known field; each entry has only from and to'
    ]);
  });

  it('refuses the same old address twice', () => {
    expect(problemsWith('- from: /fi/old/\n  to: /fi/agreements/\n- from: /fi/old/\n  to: /fi/themes/\n')).toEqual([
      'content/redirects.yaml: entry 2 from: "/fi/old/" is listed twice'
    ]);
  });

  it('points to the line of invalid YAML', () => {
    expect(problemsWith('- from: /fi/old/\n  to: [/fi/agreements/\n')[0]).toMatch(/^content\/redirects\.yaml: is not valid YAML \(line \d+\): /);
  });
});
