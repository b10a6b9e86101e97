import path from 'node:path';
import {routing, type Locale} from '../i18n/routing';
import {compareDates, helsinkiMoment, toInstant} from '../dates';
import {publicationTime} from '../now';
import {ContentError, type Problem} from './errors';
import {readCollection, versionFile, type Entry, type Source} from './read';
import {renderBody, type RefKind} from '../markdown';
import {localePath} from '../i18n/locale-path';
import {paths} from '../paths';
import type {z} from 'zod';
import {collections} from './collections';
import {fieldTree, neutralPart} from './neutral';
import {
  type Agreement,
  type FocusArea,
  type NetworkProject,
  type Page,
  type PressRelease,
  type Theme,
  type OtherName,
  type SourceRef,
  type Update
} from './schemas';

export type {Entry, Source};

/** The pages the site's routes expect under content/pages/. */
export const requiredPages = ['home', 'programme', 'networks', 'accessibility'] as const;
export type PageId = (typeof requiredPages)[number];

export type Content = {
  agreements: Entry<Agreement>[];
  focusAreas: Entry<FocusArea>[];
  themes: Entry<Theme>[];
  pressReleases: Entry<PressRelease>[];
  pages: Entry<Page>[];
  networkProjects: Entry<NetworkProject>[];
  /** Entries missing a language version: shown with a notice, listed by the content check. */
  gaps: Problem[];
  /** Releases that are checked but not built: drafts, and those dated after `now`. */
  waiting: Waiting[];
  /** The moment the content is read as of (see lib/now.ts). */
  now: Date;
};

/** A release the build leaves out, and why. */
export type Waiting = {slug: string; folder: string; reason: 'draft' | 'scheduled'; published: string};

export type LoadOptions = {
  /** The moment to publish as of; by default SITE_NOW or the clock. */
  now?: Date;
};

/**
 * Reads and checks all content under root; throws ContentError listing every problem. Releases
 * that are drafts or dated after `now` are checked like the rest, then left out (see `waiting`).
 */
export function loadContent(root: string, options: LoadOptions = {}): Content {
  const now = options.now ?? publicationTime();
  const problems: Problem[] = [];
  const content: Content = {
    agreements: readCollection(root, collections.agreements, problems),
    focusAreas: readCollection(root, collections.focusAreas, problems),
    themes: readCollection(root, collections.themes, problems),
    pressReleases: readCollection(root, collections.pressReleases, problems),
    pages: readCollection(root, collections.pages, problems),
    networkProjects: readCollection(root, collections.networkProjects, problems),
    gaps: [],
    waiting: [],
    now
  };
  problems.push(...checkRelations(content), ...checkDates(content, now), ...renderBodies(content));
  if (problems.length > 0) throw new ContentError(problems);
  sortAll(content);
  holdBack(content, now);
  content.gaps = findGaps(content);
  return content;
}

/**
 * Renders every body once all entries are known, so that a body can name an agreement, a focus
 * area or a theme by its slug and show it under its own name in the page's language.
 */
function renderBodies(c: Content): Problem[] {
  const problems: Problem[] = [];
  const byKind: Record<RefKind, Entry<{title: string}>[]> = {agreement: c.agreements, 'focus-area': c.focusAreas, theme: c.themes};
  const pathOf: Record<RefKind, (slug: string) => string> = {agreement: paths.agreement, 'focus-area': paths.focusArea, theme: paths.theme};
  const all: Entry<unknown>[] = [...c.agreements, ...c.focusAreas, ...c.themes, ...c.pressReleases, ...c.pages, ...c.networkProjects];
  for (const v of all.flatMap(versions)) {
    const rendered = renderBody(v.parts, {
      resolve: (kind, slug) => {
        const entry = byKind[kind].find((e) => e.slug === slug);
        if (!entry) return undefined;
        const shown = localize(entry, v.locale);
        return {title: shown.data.title, href: localePath(pathOf[kind](slug), v.locale), lang: shown.fallback ? shown.locale : undefined};
      },
      report: (message) => problems.push({file: v.file, field: 'body', message})
    });
    v.html = rendered.html;
    v.blocks = rendered.blocks;
  }
  return problems;
}

/** Drafts and releases dated after now stay out of the site until a build after their time. */
function holdBack(c: Content, now: Date) {
  const published: Entry<PressRelease>[] = [];
  for (const entry of c.pressReleases) {
    const [first] = versions(entry);
    if (!first) continue;
    const folder = path.dirname(first.file);
    if (first.data.draft) c.waiting.push({slug: entry.slug, folder, reason: 'draft', published: first.data.published});
    else if (toInstant(first.data.published) > now) c.waiting.push({slug: entry.slug, folder, reason: 'scheduled', published: first.data.published});
    else published.push(entry);
  }
  c.pressReleases = published;
  // The soonest first: the order in which they will go out.
  c.waiting.sort((a, b) => compareDates(a.published, b.published) || a.slug.localeCompare(b.slug));
}

type Dated = {published: string; updates?: Update[]};

/**
 * Change notes must fall between the entry's publication and now, and pages other than releases
 * cannot be dated in the future: only a release waits for its time.
 */
function checkDates(c: Content, now: Date): Problem[] {
  const today = helsinkiMoment(now);
  const shownNow = `${today.replace('T', ' ')} Helsinki time`;
  const problems: Problem[] = [];
  const check = (entries: Entry<Dated>[], schedulable: boolean) => {
    for (const entry of entries) {
      for (const v of versions(entry)) {
        const {published, updates = []} = v.data;
        if (!schedulable && compareDates(published, today) > 0) {
          problems.push({file: v.file, field: 'published', message: `is ${published}, in the future (it is now ${shownNow}); only a press release can wait for its publication day`});
        }
        updates.forEach((u, i) => {
          if (compareDates(u.date, published) < 0) {
            problems.push({file: v.file, field: `updates.${i}.date`, message: `is ${u.date}, before the page was published (${published}); a change note must be dated on or after publication`});
          } else if (compareDates(u.date, today) > 0) {
            problems.push({file: v.file, field: `updates.${i}.date`, message: `is ${u.date}, in the future (it is now ${shownNow}); date a change note on the day the change is made`});
          }
        });
      }
    }
  };
  check(c.agreements, false);
  check(c.focusAreas, false);
  check(c.themes, false);
  check(c.pages, false);
  // The home page is an overview of the others and shows no dates: a note there would be lost.
  for (const v of c.pages.filter((p) => p.slug === 'home').flatMap(versions)) {
    if (v.data.updates) problems.push({file: v.file, field: 'updates', message: 'the home page shows no change history; put the note on the page whose content changed'});
  }
  check(c.networkProjects, false);
  check(c.pressReleases, true);
  return problems;
}

function versions<T>(entry: Entry<T>): Source<T>[] {
  return routing.locales.flatMap((l) => entry.versions[l] ?? []);
}

/** What the schema marks language-independent must agree across an entry's versions. */
function sameEverywhere<T>(entries: Entry<T>[], schema: z.ZodObject): Problem[] {
  const tree = fieldTree(schema);
  return entries.flatMap((entry) => {
    const [first, ...rest] = versions(entry);
    if (!first) return [];
    const expected = neutralPart(tree, first.data);
    return rest.flatMap((other) =>
      differences(expected, neutralPart(tree, other.data)).map(([field, value]) => ({
        file: other.file,
        field,
        message: `differs from ${first.file} (${JSON.stringify(value) ?? 'left out'}); it must be the same in every language`
      }))
    );
  });
}

/** Where two values differ, as field paths ("updates.0.date") and the first value there. */
function differences(a: unknown, b: unknown, at = ''): [string, unknown][] {
  const join = (key: string | number) => (at ? `${at}.${key}` : String(key));
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) return a.flatMap((item, i) => differences(item, b[i], join(i)));
  const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isRecord(a) && isRecord(b)) {
    return [...new Set([...Object.keys(a), ...Object.keys(b)])].flatMap((key) => differences(a[key], b[key], join(key)));
  }
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [[at, a]];
}

function checkRelations(c: Content): Problem[] {
  const problems: Problem[] = [];
  const agreementSlugs = new Set(c.agreements.map((e) => e.slug));
  const themeSlugs = new Set(c.themes.map((e) => e.slug));
  const list = (s: Set<string>) => [...s].sort().join(', ');

  for (const entry of c.focusAreas) {
    for (const v of versions(entry)) {
      if (!agreementSlugs.has(v.data.agreement)) {
        problems.push({file: v.file, field: 'agreement', message: `names an agreement "${v.data.agreement}" that does not exist (there are: ${list(agreementSlugs)})`});
      }
      if (!themeSlugs.has(v.data.theme)) {
        problems.push({file: v.file, field: 'theme', message: `names a theme "${v.data.theme}" that does not exist (there are: ${list(themeSlugs)})`});
      }
    }
  }
  for (const agreement of c.agreements) {
    if (!c.focusAreas.some((f) => versions(f).some((v) => v.data.agreement === agreement.slug))) {
      const [first] = versions(agreement);
      problems.push({file: first ? path.dirname(first.file) : agreement.slug, message: 'no focus area names this agreement; every agreement needs at least one'});
    }
  }
  for (const entry of c.pressReleases) {
    for (const v of versions(entry)) {
      v.data.agreements.forEach((slug, i) => {
        if (!agreementSlugs.has(slug)) {
          problems.push({file: v.file, field: `agreements.${i}`, message: `names an agreement "${slug}" that does not exist (there are: ${list(agreementSlugs)})`});
        }
      });
      (v.data.themes ?? []).forEach((slug, i) => {
        if (!themeSlugs.has(slug)) {
          problems.push({file: v.file, field: `themes.${i}`, message: `names a theme "${slug}" that does not exist (there are: ${list(themeSlugs)})`});
        }
      });
      for (const [field, values] of [['agreements', v.data.agreements], ['themes', v.data.themes ?? []]] as const) {
        const twice = values.find((slug, i) => values.indexOf(slug) !== i);
        if (twice) problems.push({file: v.file, field, message: `names "${twice}" twice; name each once`});
      }
      const date = v.data.issued.slice(0, 10);
      if (!entry.slug.startsWith(`${date}-`)) {
        problems.push({file: v.file, field: 'issued', message: `is ${date}, but the folder name must start with the same date ("${date}-...")`});
      }
      if (compareDates(v.data.published, v.data.issued) < 0) {
        problems.push({file: v.file, field: 'published', message: `is ${v.data.published}, before the ministry issued the release (${v.data.issued}); a summary can only appear after its release`});
      }
      v.data.ministryVersions.forEach((m, i) => {
        if (compareDates(m.published, v.data.issued) < 0) {
          problems.push({file: v.file, field: `ministryVersions.${i}.published`, message: `is ${m.published}, before the release was issued (${v.data.issued}); a language version cannot appear before the release`});
        }
      });
      const ownVersion = v.data.ministryVersions.some((m) => m.language === v.locale);
      if (ownVersion && v.data.headlineTranslation) {
        problems.push({file: v.file, field: 'headlineTranslation', message: `the ministry published this release in this language, so its own headline is shown; remove our translation`});
      } else if (!ownVersion && !v.data.headlineTranslation) {
        problems.push({file: v.file, field: 'headlineTranslation', message: `is required: the ministry published no version in this language (${v.locale}), so give our translation of its headline for readers of this page`});
      }
    }
  }
  problems.push(...checkSources(c));
  const pageIds = new Set(c.pages.map((p) => p.slug));
  for (const id of requiredPages) {
    if (!pageIds.has(id)) problems.push({file: `content/pages/${id}`, message: 'is missing; the site needs this page'});
  }
  problems.push(...uniqueOrder(c.agreements, (d) => `order ${d.order}`));
  problems.push(...uniqueOrder(c.focusAreas, (d) => `order ${d.order} within agreement "${d.agreement}"`));

  problems.push(
    ...sameEverywhere(c.agreements, collections.agreements.schema),
    ...sameEverywhere(c.focusAreas, collections.focusAreas.schema),
    ...sameEverywhere(c.themes, collections.themes.schema),
    ...sameEverywhere(c.pressReleases, collections.pressReleases.schema),
    ...sameEverywhere(c.pages, collections.pages.schema),
    ...sameEverywhere(c.networkProjects, collections.networkProjects.schema)
  );
  for (const entry of c.agreements) {
    for (const v of versions(entry)) {
      if (v.data.coordinates.length !== v.data.cities.length) {
        problems.push({file: v.file, field: 'coordinates', message: `lists ${v.data.coordinates.length} places but cities lists ${v.data.cities.length}; give one place (latitude and longitude) per city`});
      }
    }
  }
  return problems;
}

type Sourced = {sources: SourceRef[]; alternativeNames?: OtherName[]};

/**
 * Sources are cited by address, so one address is listed once; another wording of a name must
 * come from one of the entry's own sources, so that the page can say where it comes from.
 */
function checkSources(c: Content): Problem[] {
  const all: Entry<Sourced>[] = [...c.agreements, ...c.focusAreas, ...c.themes, ...c.pressReleases, ...c.pages, ...c.networkProjects];
  return all.flatMap(versions).flatMap((v) => {
    const problems: Problem[] = [];
    const seen = new Set<string>();
    v.data.sources.forEach((s, i) => {
      const key = s.url ?? s.title;
      if (seen.has(key)) problems.push({file: v.file, field: `sources.${i}`, message: `lists "${key}" a second time; list each source once`});
      seen.add(key);
    });
    v.data.alternativeNames?.forEach((n, i) => {
      if (!v.data.sources.some((s) => s.url === n.source || s.title === n.source)) {
        problems.push({
          file: v.file,
          field: `alternativeNames.${i}.source`,
          message: `is "${n.source}", which is not among this entry's sources; give the url (or, for a source without one, the title) of the source that uses this wording`
        });
      }
    });
    return problems;
  });
}

/** Two entries claiming the same place in a list would make the order depend on chance. */
function uniqueOrder<T>(entries: Entry<T>[], key: (data: T) => string): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const [first] = versions(entry);
    if (!first) continue;
    const k = key(first.data);
    const earlier = seen.get(k);
    if (earlier) problems.push({file: first.file, field: 'order', message: `${k} is also used by ${earlier}`});
    else seen.set(k, first.file);
  }
  return problems;
}

function findGaps(c: Content): Problem[] {
  const all: Entry<unknown>[] = [
    ...c.agreements,
    ...c.focusAreas,
    ...c.themes,
    ...c.pressReleases,
    ...c.pages,
    ...c.networkProjects
  ];
  return all.flatMap((entry) => {
    const [first] = versions(entry);
    if (!first) return [];
    return routing.locales
      .filter((l) => !entry.versions[l])
      .map((l) => ({
        file: path.join(path.dirname(first.file), versionFile(l)),
        message: `is missing; readers of this language see the ${first.locale} version with a notice`
      }));
  });
}

function sortAll(c: Content) {
  const byOrder = <T extends {order: number}>(a: Entry<T>, b: Entry<T>) => orderOf(a) - orderOf(b);
  const orderOf = <T extends {order: number}>(e: Entry<T>) => versions(e)[0]?.data.order ?? 0;
  c.agreements.sort(byOrder);
  c.themes.sort(byOrder);
  c.focusAreas.sort(byOrder);
  // Newest release first, by the ministry's date.
  const when = (e: Entry<PressRelease>) => toInstant(versions(e)[0]?.data.issued ?? '1970-01-01').getTime();
  // Newest first; releases of the same moment in a fixed order, so that pages do not change between builds.
  c.pressReleases.sort((a, b) => when(b) - when(a) || b.slug.localeCompare(a.slug));
}

/** The version for a reader: their language, or the first that exists, marked as a fallback. */
export type Localized<T> = Source<T> & {fallback: boolean};

export function localize<T>(entry: Entry<T>, locale: Locale): Localized<T> {
  const own = entry.versions[locale];
  if (own) return {...own, fallback: false};
  const [other] = versions(entry);
  if (!other) throw new Error(`Entry ${entry.slug} has no versions`);
  return {...other, fallback: true};
}

let cached: Content | undefined;

/** The site's content, read once per process from CONTENT_DIR (default: ./content), as of SITE_NOW or the clock. */
export function getContent(): Content {
  cached ??= loadContent(process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content'));
  return cached;
}
