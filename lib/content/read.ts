import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type {z} from 'zod';
import {isLocale, routing, type Locale} from '../i18n/routing';
import {splitAtSlots} from '../markdown';
import {plainWords, problemsFrom, type Problem} from './errors';
import {slugPattern} from './fields';

/** One language version of one entry, validated. */
export type Source<T> = {
  slug: string;
  locale: Locale;
  /** Path relative to the project, for messages. */
  file: string;
  data: T;
  /** The body rendered to sanitised HTML ('' when there is none), once all content is read (see loadContent). */
  html: string;
  /** The body cut at its "::name" lines, to be rendered. */
  parts: (string | {slot: string})[];
  /** The body's text as plain blocks (paragraphs, headings, table cells), names resolved, for search. */
  blocks: string[];
  /** The body as the editor wrote it, for the editorial check. */
  markdown: string;
};

/** An entry with every language version that exists. */
export type Entry<T> = {slug: string; versions: Partial<Record<Locale, Source<T>>>};

export type CollectionSpec<S extends z.ZodObject> = {
  // (see lib/content/collections.ts)
  /** Folder name under content/. */
  name: string;
  schema: S;
  /** Whether the markdown body may be left empty. */
  bodyOptional?: boolean;
  /** The "::name" lines this collection's pages fill from the data. */
  slots?: readonly string[];
};


/**
 * The file of one language version inside an entry's folder: content/<name>/<slug>/index.<locale>.md.
 * This is the layout the editors' workspace writes (one folder per entry, a file per language).
 */
export const versionFile = (locale: Locale) => `index.${locale}.md`;
const localeFiles = routing.locales.map(versionFile).join(', ');

/** Reads content/<name>/<slug>/index.<locale>.md, collecting every problem instead of stopping at the first. */
export function readCollection<S extends z.ZodObject>(
  root: string,
  spec: CollectionSpec<S>,
  problems: Problem[]
): Entry<z.infer<S>>[] {
  const dir = path.join(root, spec.name);
  const shown = (p: string) => path.relative(path.dirname(root), p) || p;
  if (!fs.existsSync(dir)) {
    problems.push({file: shown(dir), message: 'the folder is missing'});
    return [];
  }
  const entries: Entry<z.infer<S>>[] = [];
  const items = fs.readdirSync(dir, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name));
  const valid = new Set(items.filter((i) => i.isDirectory() && slugPattern.test(i.name)).map((i) => i.name));
  for (const item of items) {
    const itemPath = path.join(dir, item.name);
    if (item.name.startsWith('.')) continue;
    if (!item.isDirectory()) {
      problems.push({
        file: shown(itemPath),
        message: `is not inside an entry folder; put it at ${spec.name}/<slug>/index.<language>.md`
      });
      continue;
    }
    if (!valid.has(item.name)) {
      // "Tampere" beside "tampere" would be the same address on a case-insensitive host.
      const normalised = item.name.normalize('NFC').toLowerCase();
      problems.push({
        file: shown(itemPath),
        message: valid.has(normalised)
          ? `the slug "${normalised}" is used twice (also ${shown(path.join(dir, normalised))}); rename or remove one`
          : 'the folder name is the page address, so it must use only lowercase letters a–z, digits and hyphens'
      });
      continue;
    }
    const entry: Entry<z.infer<S>> = {slug: item.name, versions: {}};
    for (const file of fs.readdirSync(itemPath, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name))) {
      const filePath = path.join(itemPath, file.name);
      if (file.name.startsWith('.')) continue;
      const locale = /^index\.([a-z]+)\.md$/.exec(file.name)?.[1] ?? '';
      if (!file.isFile() || !isLocale(locale)) {
        problems.push({
          file: shown(filePath),
          message: `is not a language version; name the files ${localeFiles}`
        });
        continue;
      }
      const source = readFile(filePath, shown(filePath), entry.slug, locale, spec, problems);
      if (source) entry.versions[locale] = source;
    }
    if (Object.keys(entry.versions).length > 0) entries.push(entry);
    else if (!problems.some((p) => p.file.startsWith(shown(itemPath)))) {
      problems.push({file: shown(itemPath), message: `has no language versions; add ${localeFiles}`});
    }
  }
  return entries;
}

function readFile<S extends z.ZodObject>(
  filePath: string,
  file: string,
  slug: string,
  locale: Locale,
  spec: CollectionSpec<S>,
  problems: Problem[]
): Source<z.infer<S>> | undefined {
  // A byte-order mark from a Windows editor is harmless; drop it rather than misread the file.
  const raw = fs.readFileSync(filePath, 'utf8').replace(/^\uFEFF/, '');
  if (raw.trim() === '') {
    problems.push({file, message: 'the file is empty; it needs front matter between two --- lines, then the text'});
    return undefined;
  }
  if (!/^---\r?\n/.test(raw)) {
    problems.push({file, message: 'has no front matter; the file must start with a line of three hyphens (---)'});
    return undefined;
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Options disable gray-matter's cache, which would hide a fixed file's new content.
    parsed = matter(raw, {language: 'yaml'});
  } catch (error) {
    const yaml = error as {reason?: string; mark?: {line?: number}; message?: string};
    const line = yaml.mark?.line !== undefined ? ` (line ${yaml.mark.line + 2} of the file)` : '';
    problems.push({
      file,
      message: `the front matter is not valid YAML: ${yaml.reason ?? yaml.message ?? 'unreadable'}${line}`
    });
    return undefined;
  }
  const data: unknown = parsed.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data) || Object.keys(data).length === 0) {
    problems.push({file, message: 'the front matter has no fields; write them as "name: value" lines between the --- lines'});
    return undefined;
  }
  const result = spec.schema.safeParse(data, {error: plainWords});
  if (!result.success) {
    problems.push(...problemsFrom(file, result.error, Object.keys(spec.schema.shape)));
    return undefined;
  }
  const body = parsed.content.trim();
  if (body === '' && !spec.bodyOptional) {
    problems.push({file, field: 'body', message: 'is empty; write the text below the front matter'});
    return undefined;
  }
  if (/^# /m.test(body.replace(/```[\s\S]*?```/g, ''))) {
    problems.push({
      file,
      field: 'body',
      message: 'uses a level-1 heading ("# "); start headings at "## ", since the page title is the only level-1 heading'
    });
    return undefined;
  }
  const allowed = spec.slots ?? [];
  const parts = splitAtSlots(body);
  const unknown = parts.flatMap((p) => (typeof p === 'string' || allowed.includes(p.slot) ? [] : [p.slot]));
  if (unknown.length > 0) {
    problems.push({
      file,
      field: 'body',
      message:
        allowed.length > 0
          ? `has a line "::${unknown[0]}", which this kind of page cannot fill; the lines it can fill are ${allowed.map((n) => `"::${n}"`).join(', ')}`
          : `has a line "::${unknown[0]}", but this kind of page fills no such lines from the data; remove it`
    });
    return undefined;
  }
  return {slug, locale, file, data: result.data, html: '', parts, blocks: [], markdown: body};
}
