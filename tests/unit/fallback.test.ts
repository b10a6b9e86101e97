import {describe, expect, it} from 'vitest';
import {loadContent, localize} from '@/lib/content';
import {validFiles, writeContent} from './helpers/fixture';

describe('an entry missing a language', () => {
  const files = validFiles();
  delete files['agreements/tampere/index.sv.md'];
  const content = loadContent(writeContent(files));
  const [tampere] = content.agreements;

  it('is shown in another language and marked as a fallback', () => {
    if (!tampere) throw new Error('fixture has no agreement');
    const shown = localize(tampere, 'sv');
    expect(shown.fallback).toBe(true);
    expect(shown.locale).toBe('fi');
    expect(localize(tampere, 'en')).toMatchObject({fallback: false, locale: 'en'});
  });

  it('is listed as a gap for editors', () => {
    expect(content.gaps).toEqual([
      {file: 'content/agreements/tampere/index.sv.md', message: 'is missing; readers of this language see the fi version with a notice'}
    ]);
  });
});
