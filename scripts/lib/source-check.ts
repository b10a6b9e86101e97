// Cross-checks the sources that content entries cite against the collected public pages in
// ../shared/sources (the seed documents and public/<folder>/*.txt, each with a header of url,
// title, publisher, language and date). A source must be one of those pages; its language and
// date must agree with the page; another wording of a name must stand in the source it cites.
import fs from 'node:fs';
import path from 'node:path';
import type {Content, Entry} from '../../lib/content';
import type {OtherName, SourceRef} from '../../lib/content/schemas';
import type {Problem} from '../../lib/content/errors';
import {routing} from '../../lib/i18n/routing';

/** One collected page or seed document. */
export type SourceFile = {file: string; url?: string; title: string; language?: string; date?: string; text: string};

/** Where the collected sources are, beside the project unless SOURCES_DIR says otherwise. */
export const sourcesDir = (root = process.cwd()) => process.env.SOURCES_DIR ?? path.resolve(root, '..', 'shared', 'sources');

function txtFiles(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return txtFiles(p);
    return d.name.endsWith('.txt') ? [p] : [];
  });
}

/**
 * Reads every collected page: the header fields above its "---" line, or a seed's first line as
 * its title. A collected page is often only the beginning of the page; where a seed document holds
 * the same text in full (seed 000 is the bioekonomi.fi copy of the release of 9.2.2021), the page
 * carries the seed's text too, so that a fact further down can be checked against it.
 */
export function readSourceFiles(dir: string): SourceFile[] {
  const files = readEach(dir);
  const seeds = files.filter((f) => !f.url);
  return files.map((f) => {
    if (!f.url) return f;
    const opening = normalised(f.text).slice(0, 300);
    const full = seeds.filter((seed) => opening.length > 100 && normalised(seed.text).includes(opening));
    return full.length === 0 ? f : {...f, text: [f.text, ...full.map((seed) => seed.text)].join('\n')};
  });
}

function readEach(dir: string): SourceFile[] {
  return txtFiles(dir).map((p) => {
    const raw = fs.readFileSync(p, 'utf8');
    const file = path.relative(dir, p);
    const split = raw.indexOf('\n---\n');
    const header = split >= 0 && /^url: /m.test(raw.slice(0, split)) ? raw.slice(0, split) : undefined;
    if (!header) {
      const title = raw.split('\n').map((l) => l.replace(/^#\s*/, '').trim()).find((l) => l !== '') ?? '';
      return {file, title, text: raw};
    }
    const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(header)?.[1]?.trim();
    return {file, url: field('url'), title: field('title') ?? '', language: field('language'), date: field('date'), text: raw.slice(split + 5)};
  });
}

/** The official addresses the sources' README names outside the collected pages (tem.fi/…, innokaupungit.fi, the accessibility guidance). */
export function namedAddresses(dir: string): string[] {
  const readme = path.join(dir, 'README.md');
  if (!fs.existsSync(readme)) return [];
  const text = fs.readFileSync(readme, 'utf8');
  return [...text.matchAll(/\b((?:[a-z0-9-]+\.)+fi(?:\/[\w\-/]*)?)/g)].map((m) => comparable(`https://${m[1]}`));
}

/** Addresses compared without scheme, "www." and a trailing slash. */
export const comparable = (url: string) => url.replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');

/** Text compared without case, dash and quote variants, soft hyphens or runs of white space. */
export const normalised = (s: string) =>
  s
    .normalize('NFC')
    .replace(/\u00ad/g, '')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/[“”„"]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('fi');

/** The ways a collected page may write a date: 9.2.2021, 09.02.2021, 2021-02-09, 9 February 2021 … */
function renderings(date: string): string[] {
  const [y, m, d] = date.slice(0, 10).split('-');
  if (!m) return [y ?? date];
  const month = Number(m);
  const names = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
  if (!d) return [`${y}-${m}`, `${month}/${y}`, `${month}.${y}`, `${names[month - 1]} ${y}`];
  const day = Number(d);
  return [`${day}.${month}.${y}`, `${d}.${m}.${y}`, `${y}-${m}-${d}`, `${day} ${names[month - 1]} ${y}`, `${names[month - 1]} ${day}, ${y}`, `${d}/${m}/${y}`];
}

type Cited = {sources: SourceRef[]; alternativeNames?: OtherName[]};

/** Every problem with the sources cited in the content, as `file: field: message`. */
export function checkSources(content: Content, dir: string): Problem[] {
  const files = readSourceFiles(dir);
  // Some addresses were collected twice (two stored versions of one page): either may bear a fact.
  const byUrl = new Map<string, SourceFile[]>();
  for (const f of files) if (f.url) byUrl.set(comparable(f.url), [...(byUrl.get(comparable(f.url)) ?? []), f]);
  const named = new Set(namedAddresses(dir));
  const all: Entry<Cited>[] = [...content.agreements, ...content.focusAreas, ...content.themes, ...content.pressReleases, ...content.pages, ...content.networkProjects];
  const problems: Problem[] = [];
  for (const entry of all) {
    for (const locale of routing.locales) {
      const v = entry.versions[locale];
      if (!v) continue;
      const found: (SourceFile | undefined)[] = v.data.sources.map((s, i) => {
        const field = `sources.${i}`;
        if (s.url) {
          const pages = byUrl.get(comparable(s.url)) ?? [];
          const [page] = pages;
          if (!page) {
            if (!named.has(comparable(s.url))) {
              problems.push({file: v.file, field: `${field}.url`, message: `"${s.url}" is not one of the public pages collected in ../shared/sources; cite the address exactly as a page's "url:" line gives it`});
            }
            return undefined;
          }
          if (!pages.some((p) => !p.language || p.language === s.language)) {
            problems.push({file: v.file, field: `${field}.language`, message: `is "${s.language}", but ${page.file} is in "${page.language}"`});
          }
          const title = normalised(s.title);
          if (!pages.some((p) => normalised(p.title).includes(title) || normalised(p.text).includes(title))) {
            problems.push({file: v.file, field: `${field}.title`, message: `"${s.title}" is neither the title of ${page.file} nor found in its text; give the page's own title exactly`});
          }
          const date = s.date;
          if (date && !pages.some((p) => renderings(date).some((r) => normalised(`${p.date ?? ''} ${p.text}`).includes(r)))) {
            problems.push({file: v.file, field: `${field}.date`, message: `is ${date}, but ${page.file} gives no such date; give the date the page states, or leave the date out for an undated page`});
          }
          return pages.length === 1 ? page : {...page, text: pages.map((p) => `${p.title}\n${p.text}`).join('\n')};
        }
        const seed = files.find((f) => !f.url && normalised(f.title) === normalised(s.title));
        if (!seed) {
          problems.push({file: v.file, field: `${field}.title`, message: `"${s.title}" has no url and is not the title of a document in ../shared/sources; give the url of a collected page, or a document's exact title`});
        }
        return seed;
      });
      v.data.alternativeNames?.forEach((n, i) => {
        const at = v.data.sources.findIndex((s) => s.url === n.source || s.title === n.source);
        const page = found[at];
        if (page && !normalised(`${page.title} ${page.text}`).includes(normalised(n.name))) {
          problems.push({file: v.file, field: `alternativeNames.${i}.name`, message: `"${n.name}" does not stand in ${page.file}, the source it cites; list only wordings a source contains, exactly as written there`});
        }
      });
    }
  }
  return problems;
}
