import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {Parser} from 'htmlparser2';
import {XMLParser} from 'fast-xml-parser';
import {beforeAll, describe, expect, it} from 'vitest';
import {routing} from '@/lib/i18n/routing';
import {feedSize, releasesPerPage} from '@/lib/press-room';
import {addReleases, copyProject, scaleNow, testOrigin, type ScaleFixture} from '@/scripts/lib/scale-fixture';
import {filesUnder} from '@/scripts/lib/files';

// The press room at scale: the site built, as `npm run build` builds it, from a copy of the
// content with 1,000 more releases over six years. What holds for a reader: no page lists more
// than a page's worth, every release is a few clicks from the press room, the feeds stay small,
// and what waits (drafts, scheduled releases) is nowhere.

const count = 1000;
let fixture: ScaleFixture;
let out: string;

/** A built page's <main>: the addresses it links to, and its text. */
function readPage(file: string) {
  const links: string[] = [];
  const times: {datetime: string; text: string}[] = [];
  let depth = 0;
  let text = '';
  let time: {datetime: string; text: string} | undefined;
  const parser = new Parser({
    onopentag(name, attrs) {
      if (name === 'main') depth += 1;
      if (depth > 0 && name === 'a' && attrs.href) links.push(attrs.href);
      if (depth > 0 && name === 'time') time = {datetime: attrs.datetime ?? '', text: ''};
    },
    ontext(t) {
      if (depth > 0) text += t;
      if (time) time.text += t;
    },
    onclosetag(name) {
      if (name === 'main') depth -= 1;
      if (name === 'time' && time) {
        times.push(time);
        time = undefined;
      }
    }
  });
  parser.write(fs.readFileSync(file, 'utf8'));
  parser.end();
  return {links, text, times};
}

const pageFile = (address: string) => path.join(out, address, 'index.html');
const isRelease = (address: string) => /^\/[a-z]{2}\/press-releases\/\d{4}-\d{2}-\d{2}-[a-z0-9-]+\/$/.test(address);
const builtReleases = (locale: string) =>
  fs.readdirSync(path.join(out, locale, 'press-releases')).filter((name) => /^\d{4}-\d{2}-\d{2}-/.test(name));

beforeAll(() => {
  const root = process.cwd();
  const dir = path.join(root, '.bench', 'scale-test');
  copyProject(root, dir);
  fixture = addReleases(dir, count);
  execFileSync(path.join(dir, 'node_modules', '.bin', 'tsx'), ['scripts/build.ts'], {
    cwd: dir,
    // A build for the public, at a reserved test address: no file may then hold a local address.
    env: {...process.env, SITE_NOW: scaleNow, SITE_ORIGIN: testOrigin, NEXT_TELEMETRY_DISABLED: '1'},
    stdio: 'pipe'
  });
  out = path.join(dir, 'out');
});

describe(`the press room with ${count} more releases`, () => {
  it('builds every published release in every language, and nothing that waits', () => {
    for (const locale of routing.locales) {
      const built = new Set(builtReleases(locale));
      expect(fixture.published.filter((slug) => !built.has(slug)), locale).toEqual([]);
      expect(fixture.waiting.filter((slug) => built.has(slug)), locale).toEqual([]);
      expect(built.size).toBe(count + fixture.existing);
    }
    // The search index: its meta part and every page it holds.
    const searchParts = ['meta.json', ...fs.readdirSync(path.join(out, 'search-index', 'fi', 'd')).map((f) => `d/${f}`)].map((f) => `search-index/fi/${f}`);
    const everywhere = ['sitemap.xml', 'fi/press-releases/rss.xml', ...searchParts].map((f) => fs.readFileSync(path.join(out, f), 'utf8')).join('\n');
    for (const slug of fixture.waiting) expect(everywhere).not.toContain(slug);
  });

  it(`no page lists more than ${releasesPerPage} releases, and the long lists are split into pages`, () => {
    let fullest = 0;
    for (const file of filesUnder(out).filter((f) => f.endsWith('index.html'))) {
      const listed = new Set(readPage(file).links.filter(isRelease));
      expect(listed.size, path.relative(out, file)).toBeLessThanOrEqual(releasesPerPage);
      fullest = Math.max(fullest, listed.size);
    }
    expect(fullest).toBe(releasesPerPage);
    for (const list of ['fi/press-releases/2024', 'sv/press-releases/region/oulu', 'en/press-releases/theme/wellbeing']) {
      expect(fs.existsSync(path.join(out, list, 'page', '2', 'index.html')), list).toBe(true);
    }
  });

  it('every release is at most three clicks from the press room, in every language', () => {
    for (const locale of routing.locales) {
      const start = `/${locale}/press-releases/`;
      const reached = new Map<string, number>([[start, 0]]);
      let frontier = [start];
      for (let clicks = 1; clicks <= 3; clicks += 1) {
        const next: string[] = [];
        for (const address of frontier) {
          if (isRelease(address)) continue;
          for (const href of readPage(pageFile(address)).links) {
            const target = href.split('#')[0] ?? '';
            if (!target.startsWith(`/${locale}/`) || reached.has(target) || !fs.existsSync(pageFile(target))) continue;
            reached.set(target, clicks);
            next.push(target);
          }
        }
        frontier = next;
      }
      const missed = builtReleases(locale).filter((slug) => !reached.has(`/${locale}/press-releases/${slug}/`));
      expect(missed, `${locale}: releases more than three clicks away`).toEqual([]);
    }
  });

  it(`every feed is valid RSS 2.0 or Atom 1.0 and carries at most the newest ${feedSize} releases`, () => {
    const parser = new XMLParser({ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'entry'});
    const feeds = filesUnder(out).filter((f) => /\/(rss|atom)\.xml$/.test(f));
    expect(feeds.length).toBe(routing.locales.length * 2 * (1 + 16 + 3));
    const absolute = /^https?:\/\/[^/]+\//;
    const instant = (v: unknown) => !Number.isNaN(Date.parse(String(v)));
    for (const file of feeds) {
      const name = path.relative(out, file);
      type Rss = {'@_version': string; channel: {title: string; link: string; description: string; item?: {title: string; link: string; guid: {'#text': string}; pubDate: string}[]}};
      type Atom = {'@_xmlns': string; id: string; title: string; updated: string; author: {name: string}; entry?: {id: string; title: unknown; updated: string; published: string; link: {'@_href': string}}[]};
      const xml = parser.parse(fs.readFileSync(file, 'utf8')) as {rss?: Rss; feed?: Atom};
      // What each format requires: RSS a channel's title, link and description; Atom a feed's
      // and each entry's id, title and updated, and an author.
      if (file.endsWith('rss.xml')) {
        const rss = xml.rss;
        expect(rss?.['@_version'], name).toBe('2.0');
        expect([rss?.channel.title, rss?.channel.description].every(Boolean), name).toBe(true);
        expect(rss?.channel.link, name).toMatch(absolute);
        const items = rss?.channel.item ?? [];
        expect(items.length, name).toBeLessThanOrEqual(feedSize);
        for (const item of items) {
          expect(item.title, name).toBeTruthy();
          expect(item.link, name).toMatch(absolute);
          expect(item.guid['#text'], name).toMatch(/^urn:ekosysteemisopimukset:press-release:/);
          expect(instant(item.pubDate), name).toBe(true);
        }
      } else {
        const atom = xml.feed;
        expect(atom?.['@_xmlns'], name).toBe('http://www.w3.org/2005/Atom');
        expect([atom?.id, atom?.title, atom?.author.name].every(Boolean), name).toBe(true);
        expect(instant(atom?.updated), name).toBe(true);
        const entries = atom?.entry ?? [];
        expect(entries.length, name).toBeLessThanOrEqual(feedSize);
        for (const entry of entries) {
          expect([entry.id, entry.title].every(Boolean), name).toBe(true);
          expect(instant(entry.updated) && instant(entry.published), name).toBe(true);
          expect(entry.link['@_href'], name).toMatch(absolute);
        }
      }
    }
    const all = new XMLParser({ignoreAttributes: false}).parse(fs.readFileSync(path.join(out, 'en', 'press-releases', 'atom.xml'), 'utf8')) as {
      feed: {entry: {id: string; published: string; link: {'@_href': string}}[]};
    };
    expect(all.feed.entry).toHaveLength(feedSize);
    // Newest summaries first: what appeared on the site last leads, whatever the ministry's date.
    const published = all.feed.entry.map((e) => Date.parse(e.published));
    expect(published).toEqual([...published].sort((a, b) => b - a));
    const newest = all.feed.entry.find((e) => e.id.includes(':press-release:') && e.id.includes(fixture.published[0] ?? '-'));
    expect(newest?.link['@_href']).toMatch(new RegExp(`^${testOrigin}/en/press-releases/${fixture.published[0]}/$`));
  });

  it('a build for the public shows, links and serves no local address anywhere', () => {
    // The editors' workspace's own code names localhost, where it offers to edit a local copy; its
    // page and configuration are checked like every other file.
    const workspaceCode = path.join(out, 'admin', 'cms') + path.sep;
    const local = filesUnder(out).filter((file) => !file.startsWith(workspaceCode) && /localhost|127\.0\.0\.1/.test(fs.readFileSync(file, 'latin1')));
    expect(local.map((f) => path.relative(out, f))).toEqual([]);
  });

  it('a page with change notes shows them, and its last update is the date the sitemap gives', () => {
    const sitemap = new XMLParser().parse(fs.readFileSync(path.join(out, 'sitemap.xml'), 'utf8')) as {urlset: {url: {loc: string; lastmod?: string}[]}};
    const lastmod = new Map(sitemap.urlset.url.map((u) => [new URL(u.loc).pathname, u.lastmod]));

    const agreement = readPage(pageFile(`/en/agreements/${fixture.updatedAgreement.slug}/`));
    expect(agreement.text).toContain('Changes to this page');
    expect(agreement.text).toContain('Contact details corrected.');
    expect(agreement.times.slice(0, 2).map((t) => t.datetime)).toEqual([fixture.updatedAgreement.published, fixture.updatedAgreement.date]);
    expect(lastmod.get(`/en/agreements/${fixture.updatedAgreement.slug}/`)).toBe(fixture.updatedAgreement.date);

    const slug = fixture.updated[0] ?? '';
    const release = readPage(pageFile(`/fi/press-releases/${slug}/`));
    expect(release.text).toContain('Sivun muutokset');
    expect(release.text).toMatch(/Yhteystieto korjattu \d+\./);
    const [published, modified] = release.times.map((t) => t.datetime);
    expect(modified).not.toBe(published);
    expect(lastmod.get(`/fi/press-releases/${slug}/`)).toBe(modified);
    // The structured data says the same: the release's NewsArticle and the agreement's WebPage.
    const dateModified = (address: string) => /"dateModified":"([^"]+)"/.exec(fs.readFileSync(pageFile(address), 'utf8'))?.[1];
    expect(dateModified(`/fi/press-releases/${slug}/`)).toBe(modified);
    expect(dateModified(`/en/agreements/${fixture.updatedAgreement.slug}/`)).toBe(fixture.updatedAgreement.date);
  });
});
