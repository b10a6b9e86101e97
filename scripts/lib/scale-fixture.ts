import fs from 'node:fs';
import path from 'node:path';
import {routing} from '../../lib/i18n/routing';
import {helsinkiMoment, toInstant} from '../../lib/dates';
import {loadContent} from '../../lib/content';

// A copy of the project whose press room holds many generated releases, for the scale test
// (tests/scale/) and the bench. The releases are shaped like real ones (agreements, themes,
// change notes, drafts, scheduled ones) but their words are short and numbered, so that the
// editorial check, which looks for repeated sentences, passes them as it would real writing.

/**
 * The moment the scale build is made as of: this minute, Helsinki time, so that the real content
 * copied beside the generated releases (whose change notes may be dated up to today) is never in
 * the future. The generated releases are dated relative to it.
 */
export const scaleNow = helsinkiMoment(new Date());

/** The public address a test build is made for: a reserved test domain, never a real one. */
export const testOrigin = 'https://ekosysteemisopimukset.test';
const scaleStart = toInstant(scaleNow).getTime();

export type ScaleFixture = {
  dir: string;
  /** Slugs of the generated releases that are built, newest first. */
  published: string[];
  /** Slugs that must not be built: drafts and releases scheduled after scaleNow. */
  waiting: string[];
  /** Slugs of generated releases that carry a change note. */
  updated: string[];
  /** How many releases the copied content publishes as of scaleNow, before any is generated. */
  existing: number;
  /** The agreement entry given a change note: its first publication and the note's date. */
  updatedAgreement: {slug: string; published: string; date: string};
};

const skipped = new Set(['node_modules', '.next', 'out', '.git', '.bench', 'test-results', 'playwright-report', 'package-lock.json', 'tsconfig.tsbuildinfo']);

/**
 * Copies the project into dir, inside the project so that Turbopack resolves node_modules through
 * a symlink in its own root (it does not follow one out of it).
 */
export function copyProject(root: string, dir: string) {
  fs.rmSync(dir, {recursive: true, force: true});
  fs.mkdirSync(dir, {recursive: true});
  for (const entry of fs.readdirSync(root)) {
    if (skipped.has(entry)) continue;
    fs.cpSync(path.join(root, entry), path.join(dir, entry), {recursive: true});
  }
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
}

const agreementSlugs = (content: string) => fs.readdirSync(path.join(content, 'agreements')).sort();
const themeSlugs = (content: string) => fs.readdirSync(path.join(content, 'themes')).sort();

const words = {
  fi: {title: 'Testitiedote', summary: 'Numeroitu testitiedote', body: 'Tämä on testitiedotteen teksti', note: 'Yhteystieto korjattu', issuer: 'työ- ja elinkeinoministeriö', role: 'erityisasiantuntija', org: 'työ- ja elinkeinoministeriö'},
  sv: {title: 'Testmeddelande', summary: 'Numrerat testmeddelande', body: 'Det här är testmeddelandets text', note: 'Kontaktuppgiften rättad', issuer: 'arbets- och näringsministeriet', role: 'specialsakkunnig', org: 'arbets- och näringsministeriet'},
  en: {title: 'Test release', summary: 'Numbered test release', body: 'This is the text of a test release', note: 'Contact details corrected', issuer: 'Ministry of Economic Affairs and Employment', role: 'Senior Specialist', org: 'Ministry of Economic Affairs and Employment'}
} as const;

const day = (start: number, offset: number) => new Date(start + offset * 86_400_000).toISOString().slice(0, 10);

function releaseFile(locale: keyof typeof words, n: number, published: string, agreements: string[], themes: string[], extra: string): string {
  const w = words[locale];
  return [
    '---',
    `title: "${w.title} ${n}"`,
    `summary: "${w.summary} ${n}."`,
    'kind: press-release',
    // Issued and summarised at the same moment, so that a scheduled one waits for both.
    `issued: "${published}"`,
    `published: "${published}"`,
    `issuer: "${w.issuer}"`,
    `agreements: [${agreements.join(', ')}]`,
    ...(themes.length > 0 ? [`themes: [${themes.join(', ')}]`] : []),
    extra.trimEnd(),
    // The ministry's version is one and the same in every language of the summary.
    'ministryVersions:',
    '  - language: "fi"',
    `    published: "${published}"`,
    `    headline: "${words.fi.title} ${n}"`,
    ...(locale === 'fi' ? [] : [`headlineTranslation: "${w.title} ${n}"`]),
    'contacts:',
    '  - name: "Olli Voutilainen"',
    `    role: "${w.role}"`,
    `    organisation: "${w.org}"`,
    '    phone: "029 506 4919"',
    'sources:',
    `  - title: "${words.fi.title} ${n}"`,
    '    url: "https://tem.fi/ekosysteemisopimukset"',
    '    language: fi',
    '---',
    `${w.body} ${n}.`,
    ''
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}

/**
 * Writes `count` published releases spread evenly from 2021 to just before scaleNow, each about
 * one to three agreements and none to two themes; every seventh carries a change note. Three
 * drafts and three releases scheduled after scaleNow are added, which must not be built.
 */
export function addReleases(dir: string, count: number): ScaleFixture {
  const content = path.join(dir, 'content');
  const agreements = agreementSlugs(content);
  const themes = themeSlugs(content);
  const start = Date.UTC(2021, 0, 4);
  const span = Math.floor((scaleStart - 3 * 86_400_000 - start) / 86_400_000);
  const existing = loadContent(content, {now: toInstant(scaleNow)}).pressReleases.length;
  const made = {published: [] as string[], waiting: [] as string[], updated: [] as string[]};
  const write = (n: number, date: string, time: string, extra: string) => {
    const slug = `${date}-test-release-${n}`;
    const about = Array.from({length: 1 + (n % 3)}, (_, i) => agreements[(n * 7 + i * 5) % agreements.length] ?? '').filter((s, i, all) => all.indexOf(s) === i);
    const inThemes = Array.from({length: n % 3}, (_, i) => themes[(n + i) % themes.length] ?? '').filter((s, i, all) => all.indexOf(s) === i);
    fs.mkdirSync(path.join(content, 'press-releases', slug), {recursive: true});
    for (const locale of routing.locales) {
      const note = extra.replace('NOTE', `${words[locale].note} ${n}.`);
      fs.writeFileSync(path.join(content, 'press-releases', slug, `index.${locale}.md`), releaseFile(locale, n, `${date}T${time}`, about, inThemes, note));
    }
    return slug;
  };
  for (let n = 1; n <= count; n += 1) {
    const date = day(start, Math.floor(((n - 1) * span) / count));
    const time = `${String(8 + (n % 9)).padStart(2, '0')}:${String((n * 13) % 60).padStart(2, '0')}`;
    const updated = n % 7 === 0;
    const slug = write(n, date, time, updated ? `updates:\n  - date: "${day(Date.parse(date), 2)}"\n    note: "NOTE"\n` : '');
    made.published.push(slug);
    if (updated) made.updated.push(slug);
  }
  for (let i = 1; i <= 3; i += 1) {
    made.waiting.push(write(count + i, day(start, i * 100), '10:00', 'draft: true\n'));
    made.waiting.push(write(count + 3 + i, day(scaleStart, i), '09:00', ''));
  }
  made.published.reverse();

  // One agreement with a change note, so that a page's history can be seen at this scale too.
  const slug = agreements[0] ?? '';
  const read = (locale: string) => fs.readFileSync(path.join(content, 'agreements', slug, `index.${locale}.md`), 'utf8');
  const updatedAgreement = {slug, published: /^published: "(.*)"$/m.exec(read(routing.defaultLocale))?.[1] ?? '', date: scaleNow.slice(0, 10)};
  for (const locale of routing.locales) {
    const item = `  - date: "${updatedAgreement.date}"\n    note: "${words[locale].note}."`;
    const text = read(locale);
    // Beside any notes the entry has already, or as its first.
    const noted = /^updates:$/m.test(text) ? text.replace(/^updates:$/m, `updates:\n${item}`) : text.replace(/^(published: .*)$/m, `$1\nupdates:\n${item}`);
    fs.writeFileSync(path.join(content, 'agreements', slug, `index.${locale}.md`), noted);
  }
  return {dir, ...made, existing, updatedAgreement};
}
