import fs from 'node:fs';
import path from 'node:path';
import {parse, YAMLParseError} from 'yaml';
import {z} from 'zod';
import {plainWords, type Problem} from '../content/errors';
import {routing, type Locale} from '../i18n/routing';

// content/search-words.yaml: groups of words that mean the same to a reader, per language.

const member = z
  .string()
  .trim()
  .min(1, {message: 'is empty'})
  .regex(/^[\p{L}\p{N}' :-]+$/u, {message: 'may hold only letters, digits, spaces, hyphens and the colon of "S:t"'});
const group = z.array(member).min(2, {message: 'needs at least two words that mean the same'});

export const searchWordsSchema = z.strictObject(Object.fromEntries(routing.locales.map((l) => [l, z.array(group).optional()])) as Record<Locale, z.ZodOptional<z.ZodArray<typeof group>>>);

export type SearchWords = Record<Locale, string[][]>;

const empty = (): SearchWords => Object.fromEntries(routing.locales.map((l) => [l, []])) as unknown as SearchWords;

/** Reads content/search-words.yaml (absent: no groups), collecting problems as the content check words them. */
export function readSearchWords(root: string, problems: Problem[]): SearchWords {
  const file = path.join(root, 'search-words.yaml');
  const shown = path.relative(path.dirname(root), file);
  if (!fs.existsSync(file)) return empty();
  let data: unknown;
  try {
    data = parse(fs.readFileSync(file, 'utf8')) ?? {};
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const line = error.linePos?.[0].line;
    problems.push({file: shown, message: `is not valid YAML${line ? ` (line ${line})` : ''}: ${error.message.split('\n')[0]}`});
    return empty();
  }
  const result = searchWordsSchema.safeParse(data, {error: plainWords});
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [locale, index, position] = issue.path;
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) problems.push({file: shown, field: key, message: `is not a language of the site; use ${routing.locales.join(', ')}`});
        continue;
      }
      const where = [locale, typeof index === 'number' ? `group ${index + 1}` : undefined, typeof position === 'number' ? `word ${position + 1}` : undefined];
      problems.push({file: shown, field: where.filter(Boolean).join(' ') || undefined, message: issue.message});
    }
    return empty();
  }
  return {...empty(), ...Object.fromEntries(Object.entries(result.data).filter(([, v]) => v !== undefined))} as SearchWords;
}
