import {describe, expect, it} from 'vitest';
import {loadContent} from '@/lib/content';
import {ContentError} from '@/lib/content/errors';
import {validFiles, writeContent, type Files} from './helpers/fixture';

// The messages an editor sees when content is wrong. They are pinned word for word, so that
// they cannot silently become less helpful.

function problemsWith(change: (files: Files) => void): string[] {
  const files = validFiles();
  change(files);
  try {
    loadContent(writeContent(files));
  } catch (error) {
    if (error instanceof ContentError) return error.message.split('\n').slice(1).map((l) => l.trim());
    throw error;
  }
  return [];
}

const agreementFi = 'agreements/tampere/index.fi.md';
const edit = (file: string, from: string | RegExp, to: string) => (files: Files) => {
  const text = files[file];
  if (text === undefined) throw new Error(`no fixture ${file}`);
  files[file] = text.replace(from, to);
};

describe('content checks', () => {
  it('accept the valid fixture', () => {
    expect(problemsWith(() => {})).toEqual([]);
  });

  it('name a missing field', () => {
    expect(problemsWith(edit(agreementFi, /^cities: .*$/m, ''))).toEqual([
      'content/agreements/tampere/index.fi.md: cities: is required but missing'
    ]);
  });

  it('name a mistyped field and list the known ones', () => {
    expect(problemsWith(edit(agreementFi, 'summary:', 'sumary:'))).toEqual([
      'content/agreements/tampere/index.fi.md: sumary: is not a known field; check its spelling (known fields: title, published, updates, cities, coordinates, order, signed, validUntil, summary, sources)'
    ]);
  });

  it('say what type a field should have', () => {
    expect(problemsWith(edit(agreementFi, 'order: 1', 'order: "first"'))).toEqual([
      'content/agreements/tampere/index.fi.md: order: should be a number, but is the text "first"'
    ]);
    expect(problemsWith(edit(agreementFi, 'cities: ["Tampere"]', 'cities: "Tampere"'))).toEqual([
      'content/agreements/tampere/index.fi.md: cities: should be a list, but is the text "Tampere"'
    ]);
  });

  it('reject an empty text field', () => {
    expect(problemsWith(edit(agreementFi, 'title: "Tampere"', 'title: ""'))).toEqual([
      'content/agreements/tampere/index.fi.md: title: must not be empty'
    ]);
  });

  it('reject a very long field with its length', () => {
    expect(problemsWith(edit(agreementFi, `summary: "Tampere's agreement."`, `summary: "${'x'.repeat(300)}"`))).toEqual([
      'content/agreements/tampere/index.fi.md: summary: is too long: at most 240 characters (it has 300)'
    ]);
  });

  it('explain an unparseable or impossible date', () => {
    expect(problemsWith(edit(agreementFi, '"2021-02-09"', '"9.2.2021"'))).toEqual([
      'content/agreements/tampere/index.fi.md: signed: must be a date written as YYYY-MM-DD, for example "2021-02-09"'
    ]);
    expect(problemsWith(edit(agreementFi, '"2021-02-09"', '"2021-02-30"'))).toEqual([
      'content/agreements/tampere/index.fi.md: signed: must be a date written as YYYY-MM-DD, for example "2021-02-09"'
    ]);
    expect(problemsWith(edit('press-releases/2020-05-20-announcement/index.en.md', '"2020-05-20T13:33"', '"2020-05-20 1.33 pm"'))).toContain(
      'content/press-releases/2020-05-20-announcement/index.en.md: issued: must be a date "YYYY-MM-DD" or a date and Helsinki time "YYYY-MM-DDTHH:MM", for example "2020-05-20T13:33"'
    );
  });

  it('accept an unquoted YAML date as the same date', () => {
    expect(problemsWith(edit(agreementFi, 'signed: "2021-02-09"', 'signed: 2021-02-09'))).toEqual([]);
  });

  it('name a reference to an agreement or theme that does not exist', () => {
    const file = 'focus-areas/tampere-digital-health-solutions/index.sv.md';
    expect(problemsWith(edit(file, 'agreement: "tampere"', 'agreement: "tamprere"'))).toContain(
      'content/focus-areas/tampere-digital-health-solutions/index.sv.md: agreement: names an agreement "tamprere" that does not exist (there are: tampere)'
    );
    expect(problemsWith(edit(file, 'theme: "wellbeing"', 'theme: "health"'))).toContain(
      'content/focus-areas/tampere-digital-health-solutions/index.sv.md: theme: names a theme "health" that does not exist (there are: wellbeing)'
    );
  });

  it('reject a duplicate slug and a slug that is not a clean address', () => {
    const dup = problemsWith((files) => {
      files['agreements/Tampere/index.fi.md'] = files[agreementFi] ?? '';
    });
    expect(dup).toEqual(['content/agreements/Tampere: the slug "tampere" is used twice (also content/agreements/tampere); rename or remove one']);
    expect(
      problemsWith((files) => {
        files['themes/Well being/index.fi.md'] = files['themes/wellbeing/index.fi.md'] ?? '';
      })
    ).toEqual([
      'content/themes/Well being: the folder name is the page address, so it must use only lowercase letters a–z, digits and hyphens'
    ]);
  });

  it('reject a file for an unknown language', () => {
    expect(
      problemsWith((files) => {
        files['agreements/tampere/index.de.md'] = files[agreementFi] ?? '';
      })
    ).toEqual(['content/agreements/tampere/index.de.md: is not a language version; name the files index.fi.md, index.sv.md, index.en.md']);
  });

  it('point to the line of invalid YAML', () => {
    expect(problemsWith(edit(agreementFi, 'order: 1', 'order: [1'))).toEqual([
      'content/agreements/tampere/index.fi.md: the front matter is not valid YAML: missed comma between flow collection entries (line 9 of the file)'
    ]);
  });

  it('explain an empty file and one without front matter', () => {
    expect(problemsWith((f) => void (f[agreementFi] = '\n'))).toEqual([
      'content/agreements/tampere/index.fi.md: the file is empty; it needs front matter between two --- lines, then the text'
    ]);
    expect(problemsWith((f) => void (f[agreementFi] = 'Just text.\n'))).toEqual([
      'content/agreements/tampere/index.fi.md: has no front matter; the file must start with a line of three hyphens (---)'
    ]);
  });

  it('require a body where the page shows one', () => {
    const releaseFi = 'press-releases/2020-05-20-announcement/index.fi.md';
    expect(problemsWith(edit(releaseFi, 'Some text.', ''))).toEqual([
      'content/press-releases/2020-05-20-announcement/index.fi.md: body: is empty; write the text below the front matter'
    ]);
  });

  it('name a "::" line the page cannot fill from the data', () => {
    const releaseFi = 'press-releases/2020-05-20-announcement/index.fi.md';
    expect(problemsWith(edit(releaseFi, 'Some text.', 'Some text.\n\n::agreements\n'))).toEqual([
      'content/press-releases/2020-05-20-announcement/index.fi.md: body: has a line "::agreements", which this kind of page cannot fill; the lines it can fill are "::focus-areas"'
    ]);
    expect(problemsWith(edit(agreementFi, 'Some text.', 'Some text.\n\n::focus-areas\n'))).toEqual([
      'content/agreements/tampere/index.fi.md: body: has a line "::focus-areas", but this kind of page fills no such lines from the data; remove it'
    ]);
  });

  it('let a body leave out what the page shows from the data', () => {
    expect(problemsWith(edit(agreementFi, /summary: .*\n---\nSome text\.\n/, '---\n'))).toEqual([]);
  });

  it('read a file that starts with a byte-order mark', () => {
    expect(problemsWith((f) => void (f[agreementFi] = `\uFEFF${f[agreementFi]}`))).toEqual([]);
  });

  it('keep level-1 headings for the page title', () => {
    expect(problemsWith(edit(agreementFi, 'Some text.', '# Heading\n\nText.'))).toEqual([
      'content/agreements/tampere/index.fi.md: body: uses a level-1 heading ("# "); start headings at "## ", since the page title is the only level-1 heading'
    ]);
  });

  it('require language-neutral fields to agree across languages', () => {
    expect(problemsWith(edit('agreements/tampere/index.sv.md', '"2027-12-31"', '"2027-12-30"'))).toEqual([
      'content/agreements/tampere/index.sv.md: validUntil: differs from content/agreements/tampere/index.fi.md ("2027-12-31"); it must be the same in every language'
    ]);
  });

  it("require a press release folder to start with the ministry's date", () => {
    expect(problemsWith(edit('press-releases/2020-05-20-announcement/index.fi.md', '"2020-05-20T13:33"', '"2020-05-21T13:33"'))).toContain(
      'content/press-releases/2020-05-20-announcement/index.fi.md: issued: is 2020-05-21, but the folder name must start with the same date ("2020-05-21-...")'
    );
  });

  it('require the pages the site links to', () => {
    expect(
      problemsWith((files) => {
        for (const key of Object.keys(files)) if (key.startsWith('pages/accessibility/')) delete files[key];
      })
    ).toEqual(['content/pages/accessibility: is missing; the site needs this page']);
  });

  it('require every agreement to have a focus area', () => {
    expect(
      problemsWith((files) => {
        for (const key of Object.keys(files)) if (key.startsWith('focus-areas/')) delete files[key];
      })
    ).toEqual([
      'content/focus-areas: the folder is missing',
      'content/agreements/tampere: no focus area names this agreement; every agreement needs at least one'
    ]);
  });

  it('give every city of an agreement a place on the map', () => {
    expect(problemsWith(edit(agreementFi, 'cities: ["Tampere"]', 'cities: ["Tampere", "Nokia"]'))).toContain(
      'content/agreements/tampere/index.fi.md: coordinates: lists 1 places but cities lists 2; give one place (latitude and longitude) per city'
    );
    expect(problemsWith(edit(agreementFi, '{latitude: 61.498, longitude: 23.761}', '{latitude: 23.761, longitude: 61.498}'))).toContain(
      'content/agreements/tampere/index.fi.md: coordinates.0.latitude: must be at least 59'
    );
  });

  it('check e-mail addresses of contacts', () => {
    expect(problemsWith(edit('network-projects/regional-towns/index.en.md', 'sami.sopanen@savonlinna.fi', 'sami.sopanen'))).toContain(
      'content/network-projects/regional-towns/index.en.md: contacts.0.email: must be an e-mail address such as name@example.fi'
    );
  });

  it('report every problem at once rather than stopping at the first', () => {
    const problems = problemsWith((files) => {
      edit(agreementFi, 'order: 1', 'order: 0')(files);
      edit('themes/wellbeing/index.en.md', 'title: "Wellbeing"', 'title: 5')(files);
    });
    expect(problems).toEqual([
      'content/agreements/tampere/index.fi.md: order: must be at least 1',
      'content/themes/wellbeing/index.en.md: title: should be text, but is the number 5'
    ]);
  });
});

describe('sources and names', () => {
  const focusFi = 'focus-areas/tampere-digital-health-solutions/index.fi.md';
  const sourceBlock = /\nsources:\n(?: {2,}.*\n)+/;

  it('require every entry to name its sources', () => {
    expect(problemsWith(edit(agreementFi, sourceBlock, '\n'))).toEqual(['content/agreements/tampere/index.fi.md: sources: is required but missing']);
    expect(problemsWith(edit(agreementFi, sourceBlock, '\nsources: []\n'))).toEqual(['content/agreements/tampere/index.fi.md: sources: must list at least 1 item']);
  });

  it('explain a malformed source: its address, its language and unknown fields', () => {
    expect(problemsWith(edit(agreementFi, '"https://tem.fi/en/ecosystem-agreements"', '"javascript:alert(1)"'))).toEqual([
      'content/agreements/tampere/index.fi.md: sources.0.url: must be a public web address starting with https://, for example "https://tem.fi/ekosysteemisopimukset"'
    ]);
    expect(problemsWith(edit(agreementFi, '"https://tem.fi/en/ecosystem-agreements"', '"http://localhost:3000/fi/"'))).toEqual([
      'content/agreements/tampere/index.fi.md: sources.0.url: must be a public web address starting with https://, for example "https://tem.fi/ekosysteemisopimukset"'
    ]);
    expect(problemsWith(edit(agreementFi, '    language: en', '    language: de'))).toEqual(['content/agreements/tampere/index.fi.md: sources.0.language: must be one of: fi, sv, en']);
    expect(problemsWith(edit(agreementFi, '    language: en', '    language: en\n    author: "Someone"'))).toEqual([
      'content/agreements/tampere/index.fi.md: sources.0.author: is not a known field here; check its spelling'
    ]);
    expect(problemsWith(edit(agreementFi, '    language: en', '    language: en\n    date: "9.2.2021"'))).toEqual([
      'content/agreements/tampere/index.fi.md: sources.0.date: must be a year "YYYY", a month "YYYY-MM", a date "YYYY-MM-DD" or a date and time "YYYY-MM-DDTHH:MM"'
    ]);
  });

  it('list each source once', () => {
    const twice = (files: Files) => {
      const text = files[agreementFi] ?? '';
      const block = sourceBlock.exec(text)?.[0] ?? '';
      files[agreementFi] = text.replace(block, block + block.replace('\nsources:\n', ''));
    };
    expect(problemsWith(twice)).toEqual(['content/agreements/tampere/index.fi.md: sources.1: lists "https://tem.fi/en/ecosystem-agreements" a second time; list each source once']);
  });

  it("take another wording of a name only from one of the entry's own sources", () => {
    const wording = (source: string) =>
      edit(focusFi, 'order: 1\n', `order: 1\nalternativeNames:\n  - name: "Digitaaliset terveysratkaisut"\n    language: fi\n    source: "${source}"\n`);
    expect(problemsWith(wording('https://tem.fi/en/ecosystem-agreements'))).toEqual([]);
    expect(problemsWith(wording('https://example.fi/'))).toEqual([
      'content/focus-areas/tampere-digital-health-solutions/index.fi.md: alternativeNames.0.source: is "https://example.fi/", which is not among this entry\'s sources; give the url (or, for a source without one, the title) of the source that uses this wording'
    ]);
  });

  it('show an entry named in a body under its own name, and name one that does not exist', () => {
    const files = validFiles();
    files[agreementFi] = (files[agreementFi] ?? '').replace('Some text.', 'See :focus-area[tampere-digital-health-solutions] and :fi[Tampereen korkeakouluyhteisö].');
    const named = loadContent(writeContent(files));
    expect(named.agreements[0]?.versions.fi?.html).toBe(
      '<p>See <a href="/fi/focus-areas/tampere-digital-health-solutions/">Digital health solutions</a> and <span lang="fi">Tampereen korkeakouluyhteisö</span>.</p>'
    );
    expect(problemsWith(edit(agreementFi, 'Some text.', 'See :focus-area[tampere-health].'))).toEqual([
      'content/agreements/tampere/index.fi.md: body: ":focus-area[tampere-health]" names a focus area "tampere-health" that does not exist; write the slug of an existing one (its folder name)'
    ]);
  });
});
