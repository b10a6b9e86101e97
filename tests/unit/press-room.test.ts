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

/**
 * The valid fixture with a second release in every language: issued on its folder's date, with
 * the summary published at `published` (by default on the same day), and any further `fields`.
 */
function withRelease(slug: string, published?: string, fields = ''): Files {
  const files = validFiles();
  const issued = slug.slice(0, 10);
  for (const l of routing.locales) {
    const text = files[`${release}/index.${l}.md`] ?? '';
    files[`press-releases/${slug}/index.${l}.md`] = text
      .replace(/^issued: .*$/m, `issued: "${issued}"`)
      .replace(/^published: .*$/m, `published: "${published ?? issued}"${fields ? `\n${fields.trim()}` : ''}`)
      .replace(/^    published: .*$/m, `    published: "${issued}"`);
  }
  return files;
}

/** Applies an edit to every language version of one entry. */
function everywhere(files: Files, entry: string, edit: (text: string, locale: string) => string): Files {
  for (const l of routing.locales) files[`${entry}/index.${l}.md`] = edit(files[`${entry}/index.${l}.md`] ?? '', l);
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
  const scheduled = withRelease('2027-01-05-new-year', '2027-01-05T09:00');

  it('builds a release dated in the future only from its moment, Helsinki time', () => {
    expect(built(scheduled, at('2027-01-05T08:59'))).toEqual(['2020-05-20-announcement']);
    expect(built(scheduled, at('2027-01-05T09:00'))).toEqual(['2027-01-05-new-year', '2020-05-20-announcement']);
    // 09:00 in Helsinki in January is 07:00 UTC.
    expect(built(scheduled, publicationTime('2027-01-05T07:00:00Z'))).toContain('2027-01-05-new-year');
  });

  it('publishes a release dated with a day alone from midnight in Helsinki', () => {
    const files = withRelease('2027-01-05-new-year', '2027-01-05');
    expect(built(files, publicationTime('2027-01-04T21:59:00Z'))).not.toContain('2027-01-05-new-year');
    expect(built(files, publicationTime('2027-01-04T22:00:00Z'))).toContain('2027-01-05-new-year');
  });

  it('never builds a draft, whatever its date, and lists what waits, soonest first', () => {
    const files = withRelease('2027-01-05-new-year', '2027-01-05T09:00');
    Object.assign(files, withRelease('2021-03-01-draft', '2021-03-01', 'draft: true'));
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
      env: {...process.env, CONTENT_DIR: writeContent(withRelease('2027-01-05-new-year', '2027-01-05T09:00')), SITE_NOW: '2026-12-24T18:00'},
      stdio: 'pipe',
      encoding: 'utf8'
    });
    expect(out).toContain('Publishing as of 2026-12-24 18:00 Helsinki time. 1 release is waiting:');
    expect(out).toContain('content/press-releases/2027-01-05-new-year: scheduled for 2027-01-05 09:00 Helsinki time');
  });

  it('checks a draft like any release, and a draft flag must agree across languages', () => {
    const files = withRelease('2021-03-01-draft', '2021-03-01', 'draft: true');
    files['press-releases/2021-03-01-draft/index.sv.md'] = (files['press-releases/2021-03-01-draft/index.sv.md'] ?? '').replace('draft: true\n', '');
    files['press-releases/2021-03-01-draft/index.en.md'] = (files['press-releases/2021-03-01-draft/index.en.md'] ?? '').replace('agreements: ["tampere"]', 'agreements: ["tampere", "turku"]');
    expect(problems(files)).toEqual([
      'content/press-releases/2021-03-01-draft/index.en.md: agreements.1: names an agreement "turku" that does not exist (there are: tampere)',
      'content/press-releases/2021-03-01-draft/index.sv.md: draft: differs from content/press-releases/2021-03-01-draft/index.fi.md (true); it must be the same in every language',
      'content/press-releases/2021-03-01-draft/index.en.md: agreements: differs from content/press-releases/2021-03-01-draft/index.fi.md (["tampere"]); it must be the same in every language'
    ]);
  });

  it('explains a SITE_NOW that is not a time', () => {
    expect(() => publicationTime('tomorrow')).toThrow(
      'SITE_NOW is "tomorrow", which is not a time. Write a date "2027-01-05", a Helsinki time "2027-01-05T09:00", or an ISO instant "2027-01-05T07:00:00Z"; or leave it unset to use the clock.'
    );
    expect(publicationTime('2027-07-01T12:00').toISOString()).toBe('2027-07-01T09:00:00.000Z');
  });
});

describe("the ministry's release and the site's summary", () => {
  it("files a release by the ministry's date and publishes the summary at its own", () => {
    const files = withRelease('2022-02-11-news', '2026-12-01');
    expect(built(files, at('2026-11-30T12:00'))).not.toContain('2022-02-11-news');
    const content = loadContent(writeContent(files), {now: at('2026-12-01T00:00')});
    // Newest first by the ministry's date, not by when the summary appeared.
    expect(content.pressReleases.map((e) => e.slug)).toEqual(['2022-02-11-news', '2020-05-20-announcement']);
  });

  it('requires the summary and every language version to follow the release', () => {
    const tooEarly = everywhere(validFiles(), release, (t) => t.replace('published: "2026-11-22"', 'published: "2020-05-19"'));
    expect(problems(tooEarly)).toContain(
      'content/press-releases/2020-05-20-announcement/index.fi.md: published: is 2020-05-19, before the ministry issued the release (2020-05-20T13:33); a summary can only appear after its release'
    );
    const versionEarly = everywhere(validFiles(), release, (t) => t.replace('    published: "2020-05-20T13:33"', '    published: "2020-05-19"'));
    expect(problems(versionEarly)).toContain(
      'content/press-releases/2020-05-20-announcement/index.fi.md: ministryVersions.0.published: is 2020-05-19, before the release was issued (2020-05-20T13:33); a language version cannot appear before the release'
    );
  });

  it("gives our translation of the headline exactly where the ministry published no version in the page's language", () => {
    const missing = everywhere(validFiles(), release, (t) => t.replace(/^headlineTranslation: .*\n/m, ''));
    expect(problems(missing)).toEqual([
      'content/press-releases/2020-05-20-announcement/index.sv.md: headlineTranslation: is required: the ministry published no version in this language (sv), so give our translation of its headline for readers of this page',
      'content/press-releases/2020-05-20-announcement/index.en.md: headlineTranslation: is required: the ministry published no version in this language (en), so give our translation of its headline for readers of this page'
    ]);
    const needless = everywhere(validFiles(), release, (t, l) => (l === 'fi' ? t.replace('contacts:', 'headlineTranslation: "Oma käännös"\ncontacts:') : t));
    expect(problems(needless)).toEqual([
      'content/press-releases/2020-05-20-announcement/index.fi.md: headlineTranslation: the ministry published this release in this language, so its own headline is shown; remove our translation'
    ]);
  });

  it('knows a press release from a news item, the same in every language', () => {
    const files = everywhere(validFiles(), release, (t, l) => t.replace('kind: press-release', l === 'en' ? 'kind: news' : l === 'sv' ? 'kind: bulletin' : 'kind: press-release'));
    expect(problems(files)).toEqual([
      'content/press-releases/2020-05-20-announcement/index.sv.md: kind: must be one of: press-release, news',
      'content/press-releases/2020-05-20-announcement/index.en.md: kind: differs from content/press-releases/2020-05-20-announcement/index.fi.md ("press-release"); it must be the same in every language'
    ]);
  });
});

describe('what a release concerns', () => {
  it('names agreements and themes that exist, each once', () => {
    const files = everywhere(validFiles(), release, (t) => t.replace('agreements: ["tampere"]', 'agreements: ["tampere", "tampere"]\nthemes: ["health"]'));
    expect(problems(files).filter((p) => p.includes('/index.fi.md'))).toEqual([
      'content/press-releases/2020-05-20-announcement/index.fi.md: themes.0: names a theme "health" that does not exist (there are: wellbeing)',
      'content/press-releases/2020-05-20-announcement/index.fi.md: agreements: names "tampere" twice; name each once'
    ]);
  });

  it('requires at least one agreement', () => {
    const files = everywhere(validFiles(), release, (t) => t.replace('agreements: ["tampere"]\n', ''));
    expect(problems(files)).toContain('content/press-releases/2020-05-20-announcement/index.fi.md: agreements: is required but missing');
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
      'content/agreements/tampere/index.fi.md: updates.0.date: is 2026-11-21, before the page was published (2026-11-22); a change note must be dated on or after publication'
    );
    const future = everywhere(validFiles(), agreement, (t) => t.replace('order: 1\n', `order: 1\n${note('2026-11-24')}`));
    expect(problems(future)).toContain(
      'content/agreements/tampere/index.fi.md: updates.0.date: is 2026-11-24, in the future (it is now 2026-11-23 12:00 Helsinki time); date a change note on the day the change is made'
    );
  });

  it("on a release compare at the coarser date, with the summary's own publication: a note of that day is not before it", () => {
    const atTime = (t: string) => t.replace(/^published: .*$/m, 'published: "2026-11-22T13:33"');
    const files = everywhere(validFiles(), release, (t) => atTime(t).replace('agreements:', `${note('2026-11-22')}agreements:`));
    expect(problems(files)).toEqual([]);
    const early = everywhere(validFiles(), release, (t) => atTime(t).replace('agreements:', `${note('2026-11-22T13:00')}agreements:`));
    expect(problems(early)).toContain(
      'content/press-releases/2020-05-20-announcement/index.fi.md: updates.0.date: is 2026-11-22T13:00, before the page was published (2026-11-22T13:33); a change note must be dated on or after publication'
    );
  });

  it('must carry the same dates in every language, and one line each', () => {
    const files = everywhere(validFiles(), agreement, (t, l) => t.replace('order: 1\n', `order: 1\n${note(l === 'en' ? '2026-11-23' : '2026-11-22')}`));
    expect(problems(files)).toEqual([
      'content/agreements/tampere/index.en.md: updates.0.date: differs from content/agreements/tampere/index.fi.md ("2026-11-22"); it must be the same in every language'
    ]);
    const twoLines = everywhere(validFiles(), agreement, (t) => t.replace('order: 1\n', `order: 1\n${note('2026-11-23', 'One.\\nTwo.')}`));
    expect(problems(twoLines)).toContain('content/agreements/tampere/index.fi.md: updates.0.note: must be one line; say what changed in one sentence');
  });

  it('cannot stand on the home page, which shows no dates', () => {
    const files = everywhere(validFiles(), 'pages/home', (t) => t.replace('published: "2026-11-22"\n', `published: "2026-11-22"\n${note('2026-11-23')}`));
    expect(problems(files)).toContain('content/pages/home/index.fi.md: updates: the home page shows no change history; put the note on the page whose content changed');
  });

  it('only a release may be dated in the future', () => {
    const files = everywhere(validFiles(), agreement, (t) => t.replace('published: "2026-11-22"', 'published: "2026-12-01"'));
    expect(problems(files)).toContain(
      'content/agreements/tampere/index.fi.md: published: is 2026-12-01, in the future (it is now 2026-11-23 12:00 Helsinki time); only a press release can wait for its publication day'
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
