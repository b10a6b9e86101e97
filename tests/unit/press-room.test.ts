import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadContent} from '@/lib/content';
import {ContentError} from '@/lib/content/errors';
import {historyOf} from '@/lib/content/history';
import {waitingReport} from '@/lib/content/waiting';
import {publicationTime} from '@/lib/now';
import {laterPages, pageCount, pageNumber, releasesPerPage} from '@/lib/press-room';
import {routing} from '@/lib/i18n/routing';
import {validFiles, writeContent, type Files} from './helpers/fixture';

// Releases tied to agreements and themes, change notes, drafts and scheduled releases, as an
// editor meets them: what is built, what waits, and the words of every message.

const release = 'press-releases/2020-05-20-announcement';
const at = (helsinki: string) => publicationTime(helsinki);

/** The valid fixture with a second release, changed in every language by `fields`. */
function withRelease(slug: string, fields: string): Files {
  const files = validFiles();
  for (const l of routing.locales) {
    const text = files[`${release}/${l}.md`] ?? '';
    files[`press-releases/${slug}/${l}.md`] = text.replace(/^published: .*$/m, fields.trim());
  }
  return files;
}

/** Applies an edit to every language version of one entry. */
function everywhere(files: Files, entry: string, edit: (text: string, locale: string) => string): Files {
  for (const l of routing.locales) files[`${entry}/${l}.md`] = edit(files[`${entry}/${l}.md`] ?? '', l);
  return files;
}

function problems(files: Files, now = at('2026-11-23T12:00')): string[] {
  try {
    loadContent(writeContent(files), {now});
  } catch (error) {
    if (error instanceof ContentError) return error.message.split('\n').slice(1).map((l) => l.trim());
    throw error;
  }
  return [];
}

const built = (files: Files, now: Date) => loadContent(writeContent(files), {now}).pressReleases.map((e) => e.slug);

describe('scheduled publication', () => {
  const scheduled = withRelease('2027-01-05-new-year', 'published: "2027-01-05T09:00"');

  it('builds a release dated in the future only from its moment, Helsinki time', () => {
    expect(built(scheduled, at('2027-01-05T08:59'))).toEqual(['2020-05-20-announcement']);
    expect(built(scheduled, at('2027-01-05T09:00'))).toEqual(['2027-01-05-new-year', '2020-05-20-announcement']);
    // 09:00 in Helsinki in January is 07:00 UTC.
    expect(built(scheduled, publicationTime('2027-01-05T07:00:00Z'))).toContain('2027-01-05-new-year');
  });

  it('publishes a release dated with a day alone from midnight in Helsinki', () => {
    const files = withRelease('2027-01-05-new-year', 'published: "2027-01-05"');
    expect(built(files, publicationTime('2027-01-04T21:59:00Z'))).not.toContain('2027-01-05-new-year');
    expect(built(files, publicationTime('2027-01-04T22:00:00Z'))).toContain('2027-01-05-new-year');
  });

  it('never builds a draft, whatever its date, and lists what waits, soonest first', () => {
    const files = withRelease('2027-01-05-new-year', 'published: "2027-01-05T09:00"');
    Object.assign(files, withRelease('2021-03-01-draft', 'published: "2021-03-01"\ndraft: true'));
    const content = loadContent(writeContent(files), {now: at('2026-11-23T12:00')});
    expect(content.pressReleases.map((e) => e.slug)).toEqual(['2020-05-20-announcement']);
    expect(waitingReport(content)).toBe(
      [
        'Publishing as of 2026-11-23 12:00 Helsinki time. 2 releases are waiting:',
        '  content/press-releases/2021-03-01-draft: draft (remove "draft: true" to publish it)',
        '  content/press-releases/2027-01-05-new-year: scheduled for 2027-01-05 09:00 Helsinki time; the first build after that publishes it'
      ].join('\n')
    );
    expect(built(files, at('2030-01-01'))).not.toContain('2021-03-01-draft');
  });

  it('says so when nothing waits', () => {
    const content = loadContent(writeContent(validFiles()), {now: at('2026-11-23T12:00')});
    expect(waitingReport(content)).toBe('Publishing as of 2026-11-23 12:00 Helsinki time. No release is waiting.');
  });

  it('the content check lists what waits, as of SITE_NOW', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', path.join('scripts', 'check-content.ts')], {
      env: {...process.env, CONTENT_DIR: writeContent(withRelease('2027-01-05-new-year', 'published: "2027-01-05T09:00"')), SITE_NOW: '2026-12-24T18:00'},
      stdio: 'pipe',
      encoding: 'utf8'
    });
    expect(out).toContain('Publishing as of 2026-12-24 18:00 Helsinki time. 1 release is waiting:');
    expect(out).toContain('content/press-releases/2027-01-05-new-year: scheduled for 2027-01-05 09:00 Helsinki time');
  });

  it('checks a draft like any release, and a draft flag must agree across languages', () => {
    const files = withRelease('2021-03-01-draft', 'published: "2021-03-01"\ndraft: true');
    files['press-releases/2021-03-01-draft/sv.md'] = (files['press-releases/2021-03-01-draft/sv.md'] ?? '').replace('draft: true\n', '');
    files['press-releases/2021-03-01-draft/en.md'] = (files['press-releases/2021-03-01-draft/en.md'] ?? '').replace('agreements: ["tampere"]', 'agreements: ["tampere", "turku"]');
    expect(problems(files)).toEqual([
      'content/press-releases/2021-03-01-draft/en.md: agreements.1: names an agreement "turku" that does not exist (there are: tampere)',
      'content/press-releases/2021-03-01-draft/sv.md: draft: differs from content/press-releases/2021-03-01-draft/fi.md (true); it must be the same in every language',
      'content/press-releases/2021-03-01-draft/en.md: agreements: differs from content/press-releases/2021-03-01-draft/fi.md (["tampere"]); it must be the same in every language'
    ]);
  });

  it('explains a SITE_NOW that is not a time', () => {
    expect(() => publicationTime('tomorrow')).toThrow(
      'SITE_NOW is "tomorrow", which is not a time. Write a date "2027-01-05", a Helsinki time "2027-01-05T09:00", or an ISO instant "2027-01-05T07:00:00Z"; or leave it unset to use the clock.'
    );
    expect(publicationTime('2027-07-01T12:00').toISOString()).toBe('2027-07-01T09:00:00.000Z');
  });
});

describe('what a release concerns', () => {
  it('names agreements and themes that exist, each once', () => {
    const files = everywhere(validFiles(), release, (t) => t.replace('agreements: ["tampere"]', 'agreements: ["tampere", "tampere"]\nthemes: ["health"]'));
    expect(problems(files).filter((p) => p.includes('/fi.md'))).toEqual([
      'content/press-releases/2020-05-20-announcement/fi.md: themes.0: names a theme "health" that does not exist (there are: wellbeing)',
      'content/press-releases/2020-05-20-announcement/fi.md: agreements: names "tampere" twice; name each once'
    ]);
  });

  it('requires at least one agreement', () => {
    const files = everywhere(validFiles(), release, (t) => t.replace('agreements: ["tampere"]\n', ''));
    expect(problems(files)).toContain('content/press-releases/2020-05-20-announcement/fi.md: agreements: is required but missing');
  });
});

describe('change notes', () => {
  const note = (date: string, note = 'The contact person changed.') => `updates:\n  - date: "${date}"\n    note: "${note}"\n`;
  const agreement = 'agreements/tampere';

  it('are accepted between publication and now, and the latest is the last update', () => {
    const files = everywhere(validFiles(), agreement, (t) => t.replace('order: 1\n', `order: 1\n${note('2026-11-23')}`));
    expect(problems(files)).toEqual([]);
  });

  it('are rejected before the page was published or after now', () => {
    const before = everywhere(validFiles(), agreement, (t) => t.replace('order: 1\n', `order: 1\n${note('2026-11-21')}`));
    expect(problems(before)).toContain(
      'content/agreements/tampere/fi.md: updates.0.date: is 2026-11-21, before the page was published (2026-11-22); a change note must be dated on or after publication'
    );
    const future = everywhere(validFiles(), agreement, (t) => t.replace('order: 1\n', `order: 1\n${note('2026-11-24')}`));
    expect(problems(future)).toContain(
      'content/agreements/tampere/fi.md: updates.0.date: is 2026-11-24, in the future (it is now 2026-11-23 12:00 Helsinki time); date a change note on the day the change is made'
    );
  });

  it('on a release compare at the coarser date: a note of the release day is not before its time', () => {
    const files = everywhere(validFiles(), release, (t) => t.replace('agreements:', `${note('2020-05-20')}agreements:`));
    expect(problems(files)).toEqual([]);
    const early = everywhere(validFiles(), release, (t) => t.replace('agreements:', `${note('2020-05-20T13:00')}agreements:`));
    expect(problems(early)).toContain(
      'content/press-releases/2020-05-20-announcement/fi.md: updates.0.date: is 2020-05-20T13:00, before the page was published (2020-05-20T13:33); a change note must be dated on or after publication'
    );
  });

  it('must carry the same dates in every language, and one line each', () => {
    const files = everywhere(validFiles(), agreement, (t, l) => t.replace('order: 1\n', `order: 1\n${note(l === 'en' ? '2026-11-23' : '2026-11-22')}`));
    expect(problems(files)).toEqual([
      'content/agreements/tampere/en.md: updates: differs from content/agreements/tampere/fi.md (["2026-11-22"]); it must be the same in every language'
    ]);
    const twoLines = everywhere(validFiles(), agreement, (t) => t.replace('order: 1\n', `order: 1\n${note('2026-11-23', 'One.\\nTwo.')}`));
    expect(problems(twoLines)).toContain('content/agreements/tampere/fi.md: updates.0.note: must be one line; say what changed in one sentence');
  });

  it('cannot stand on the home page, which shows no dates', () => {
    const files = everywhere(validFiles(), 'pages/home', (t) => t.replace('published: "2026-11-22"\n', `published: "2026-11-22"\n${note('2026-11-23')}`));
    expect(problems(files)).toContain('content/pages/home/fi.md: updates: the home page shows no change history; put the note on the page whose content changed');
  });

  it('only a release may be dated in the future', () => {
    const files = everywhere(validFiles(), agreement, (t) => t.replace('published: "2026-11-22"', 'published: "2026-12-01"'));
    expect(problems(files)).toContain(
      'content/agreements/tampere/fi.md: published: is 2026-12-01, in the future (it is now 2026-11-23 12:00 Helsinki time); only a press release can wait for its publication day'
    );
  });

  it('give a page its dates: last updated is the latest note, the notes newest first', () => {
    const history = historyOf({
      published: '2021-02-09T13:33',
      updates: [
        {date: '2021-02-09', note: 'Same day.'},
        {date: '2022-05-01', note: 'Later.'},
        {date: '2021-06-01', note: 'Between.'}
      ]
    });
    expect(history.modified).toBe('2022-05-01');
    expect(history.updates.map((u) => u.note)).toEqual(['Later.', 'Between.', 'Same day.']);
    expect(historyOf({published: '2021-02-09T13:33', updates: [{date: '2021-02-09', note: 'Same day.'}]}).modified).toBe('2021-02-09');
    expect(historyOf({published: '2026-11-22'})).toEqual({published: '2026-11-22', modified: '2026-11-22', updates: []});
  });
});

describe('pages of a list', () => {
  it(`hold ${releasesPerPage} releases each, the first at the list's own address`, () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(releasesPerPage)).toBe(1);
    expect(pageCount(releasesPerPage + 1)).toBe(2);
    expect(laterPages(releasesPerPage * 2 + 1)).toEqual([
      ['page', '2'],
      ['page', '3']
    ]);
  });

  it('read their number from the address, and nothing else', () => {
    expect(pageNumber(undefined)).toBe(1);
    expect(pageNumber([])).toBe(1);
    expect(pageNumber(['page', '2'])).toBe(2);
    for (const bad of [['page', '1'], ['page', '02'], ['page'], ['2'], ['page', '2', 'x'], ['sivu', '2']]) expect(pageNumber(bad), bad.join('/')).toBeUndefined();
  });
});
