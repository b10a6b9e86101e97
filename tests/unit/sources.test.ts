import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {getContent, loadContent} from '@/lib/content';
import {formatProblem} from '@/lib/content/errors';
import {checkSources, comparable, namedAddresses, readSourceFiles, sourcesDir} from '@/scripts/lib/source-check';
import {validFiles, writeContent, type Files} from './helpers/fixture';

// Every source an entry cites must be one of the collected public pages, in the language and with
// the date it states, and another wording of a name must stand in the source it cites. The check
// runs on the shipped content wherever ../shared/sources is present (SOURCES_DIR elsewhere), and
// on a small collection of its own, so that its messages are pinned too.

/** A collection of sources in the shape of ../shared/sources: a README, a seed, a public page with its header. */
function collection(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sources-'));
  fs.writeFileSync(path.join(dir, 'README.md'), 'Official pages: tem.fi/ekosysteemisopimukset and innokaupungit.fi.\n');
  fs.writeFileSync(path.join(dir, '003_seed.txt'), '\n\n# Valtion ja alueiden välinen kumppanuus\n\nDigitaaliset terveysratkaisut\n');
  fs.mkdirSync(path.join(dir, 'public', 'programme'), {recursive: true});
  fs.writeFileSync(
    path.join(dir, 'public', 'programme', 'en-tem-ecosystem-agreements.txt'),
    [
      'url: https://tem.fi/en/ecosystem-agreements',
      'title: Ecosystem agreements',
      'publisher: Ministry of Economic Affairs and Employment (tem.fi)',
      'language: en',
      'date: not stated (it links the press release of 9 February 2021)',
      '---',
      'Ecosystem agreements',
      '',
      'Press release 9 February 2021: Agreements between State and cities to speed up innovations.'
    ].join('\n')
  );
  return dir;
}

const problems = (files: Files) => checkSources(loadContent(writeContent(files)), collection()).map(formatProblem);
const agreementFi = 'agreements/tampere/index.fi.md';
const focusFi = 'focus-areas/tampere-digital-health-solutions/index.fi.md';
const change = (file: string, from: string | RegExp, to: string) => {
  const files = validFiles();
  files[file] = (files[file] ?? '').replace(from, to);
  return files;
};

describe('the sources cross-check', () => {
  it('accepts a collected page cited by its address, title, language and a date it states', () => {
    expect(problems(validFiles())).toEqual([]);
    expect(problems(change(agreementFi, '    language: en', '    language: en\n    date: "2021-02-09"'))).toEqual([]);
  });

  it('accepts an official address the README names, and a seed cited by its exact title', () => {
    expect(problems(change(agreementFi, '"https://tem.fi/en/ecosystem-agreements"', '"https://tem.fi/ekosysteemisopimukset"'))).toEqual([]);
    const files = validFiles();
    files[agreementFi] = (files[agreementFi] ?? '')
      .replace(/    url: .*\n/, '')
      .replace('title: "Ecosystem agreements"', 'title: "Valtion ja alueiden välinen kumppanuus"')
      .replace('    language: en', '    language: fi');
    expect(problems(files)).toEqual([]);
  });

  it('names an address that is not among the collected pages', () => {
    expect(problems(change(agreementFi, '"https://tem.fi/en/ecosystem-agreements"', '"https://tem.fi/en/somewhere-else"'))).toEqual([
      'content/agreements/tampere/index.fi.md: sources.0.url: "https://tem.fi/en/somewhere-else" is not one of the public pages collected in ../shared/sources; cite the address exactly as a page\'s "url:" line gives it'
    ]);
  });

  it('names a wrong language, a title the page does not have and a date it does not give', () => {
    expect(problems(change(agreementFi, '    language: en', '    language: fi'))).toEqual([
      'content/agreements/tampere/index.fi.md: sources.0.language: is "fi", but public/programme/en-tem-ecosystem-agreements.txt is in "en"'
    ]);
    expect(problems(change(agreementFi, 'title: "Ecosystem agreements"', 'title: "Growth agreements"'))).toEqual([
      'content/agreements/tampere/index.fi.md: sources.0.title: "Growth agreements" is neither the title of public/programme/en-tem-ecosystem-agreements.txt nor found in its text; give the page\'s own title exactly'
    ]);
    expect(problems(change(agreementFi, '    language: en', '    language: en\n    date: "2022-02-11"'))).toEqual([
      'content/agreements/tampere/index.fi.md: sources.0.date: is 2022-02-11, but public/programme/en-tem-ecosystem-agreements.txt gives no such date; give the date the page states, or leave the date out for an undated page'
    ]);
  });

  it('names a source without an address that is not a document of the collection', () => {
    const files = validFiles();
    files[agreementFi] = (files[agreementFi] ?? '').replace(/    url: .*\n/, '');
    expect(problems(files)).toEqual([
      'content/agreements/tampere/index.fi.md: sources.0.title: "Ecosystem agreements" has no url and is not the title of a document in ../shared/sources; give the url of a collected page, or a document\'s exact title'
    ]);
  });

  it('requires another wording of a name to stand in the source it cites', () => {
    const wording = (name: string) =>
      change(focusFi, 'order: 1\n', `order: 1\nalternativeNames:\n  - name: "${name}"\n    language: en\n    source: "https://tem.fi/en/ecosystem-agreements"\n`);
    expect(problems(wording('Agreements between State and cities'))).toEqual([]);
    expect(problems(wording('Digital health technologies'))).toEqual([
      'content/focus-areas/tampere-digital-health-solutions/index.fi.md: alternativeNames.0.name: "Digital health technologies" does not stand in public/programme/en-tem-ecosystem-agreements.txt, the source it cites; list only wordings a source contains, exactly as written there'
    ]);
  });

  const shared = sourcesDir();
  it.runIf(fs.existsSync(shared))(`finds every source of the shipped content among the collected pages (${shared})`, () => {
    expect(checkSources(getContent(), shared).map(formatProblem)).toEqual([]);
  });

  it.runIf(fs.existsSync(shared))('publishes no e-mail address, phone number or web address that the collected sources do not give', () => {
    const corpus = readSourceFiles(shared)
      .map((f) => `${f.url ?? ''} ${f.text}`)
      .join('\n')
      .replace(/\(at\)/g, '@');
    const digits = corpus.replace(/[\s-]/g, '');
    const named = new Set(namedAddresses(shared));
    const unknown: string[] = [];
    const entries = [getContent().agreements, getContent().focusAreas, getContent().themes, getContent().pressReleases, getContent().pages, getContent().networkProjects].flat();
    for (const v of entries.flatMap((e) => Object.values(e.versions))) {
      if (!v) continue;
      const text = `${JSON.stringify(v.data)} ${v.markdown}`;
      for (const email of text.match(/[\w.+-]+@[\w-]+\.[\w.]+/g) ?? []) if (!corpus.includes(email)) unknown.push(`${v.file}: ${email}`);
      for (const c of (v.data as {contacts?: {phone?: string}[]}).contacts ?? []) {
        // A number may be given in the international form of a national one (or the other way round).
        const phone = c.phone?.replace(/\s/g, '').replace(/^\+358/, '0');
        if (phone && !digits.includes(phone) && !digits.includes(phone.replace(/^0/, '+358'))) unknown.push(`${v.file}: ${c.phone}`);
      }
      for (const [, address] of v.markdown.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)) {
        if (address && !corpus.includes(address) && !named.has(comparable(address))) unknown.push(`${v.file}: ${address}`);
      }
    }
    expect(unknown).toEqual([]);
  });
});
