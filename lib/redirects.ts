import fs from 'node:fs';
import path from 'node:path';
import {parse, YAMLParseError} from 'yaml';
import {z} from 'zod';
import {plainWords, type Problem} from './content/errors';

const address = z
  .string()
  .regex(/^\/(?:[a-z0-9-]+\/)+$/, {message: 'must be a site address such as "/fi/agreements/", starting and ending with "/"'})
  .meta({invalid: 'Kirjoita osoite ilman verkkotunnusta, kauttaviivojen väliin, esim. /fi/agreements/.'});

export const redirectSchema = z.array(
  z.strictObject({
    /** The old address. */
    from: address.meta({label: 'Vanha osoite', hint: 'Poistetun tai siirretyn sivun osoite, esim. /fi/agreements/vanha-nimi/.'}),
    /** The page readers are sent to. */
    to: address.meta({label: 'Uusi osoite', hint: 'Sivu, jolle lukija ohjataan, esim. /fi/agreements/.'})
  })
);

export type Redirect = z.infer<typeof redirectSchema>[number];

/** Reads content/redirects.yaml, collecting problems in the same words as the content check. */
export function readRedirects(root: string, problems: Problem[]): Redirect[] {
  const file = path.join(root, 'redirects.yaml');
  const shown = path.relative(path.dirname(root), file);
  if (!fs.existsSync(file)) return [];
  let data: unknown;
  try {
    data = parse(fs.readFileSync(file, 'utf8')) ?? [];
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const line = error.linePos?.[0].line;
    problems.push({file: shown, message: `is not valid YAML${line ? ` (line ${line})` : ''}: ${error.message.split('\n')[0]}`});
    return [];
  }
  const result = redirectSchema.safeParse(data, {error: plainWords});
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [index, field] = issue.path;
      const entry = typeof index === 'number' ? `entry ${index + 1}` : undefined;
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) problems.push({file: shown, field: `${entry} ${key}`, message: 'is not a known field; each entry has only from and to'});
      } else {
        problems.push({file: shown, field: entry && field ? `${entry} ${String(field)}` : entry, message: issue.message});
      }
    }
    return [];
  }
  const seen = new Set<string>();
  result.data.forEach((r, i) => {
    if (seen.has(r.from)) problems.push({file: shown, field: `entry ${i + 1} from`, message: `"${r.from}" is listed twice`});
    seen.add(r.from);
    if (r.from === r.to) problems.push({file: shown, field: `entry ${i + 1} to`, message: 'is the same as from; a page cannot lead to itself'});
  });
  return result.data;
}
