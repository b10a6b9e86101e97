import type {z} from 'zod';

/** One problem in one content file, in words an editor can act on. */
export type Problem = {file: string; field?: string; message: string};

export function formatProblem({file, field, message}: Problem): string {
  return field ? `${file}: ${field}: ${message}` : `${file}: ${message}`;
}

/** Thrown when content is wrong; its message lists every problem found, one per line. */
export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n')
    );
    this.name = 'ContentError';
  }
}

function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  switch (typeof value) {
    case 'string':
      return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'a group of fields';
    default:
      return typeof value;
  }
}

const kinds: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields'
};

/** Zod's issues, reworded for people who edit markdown rather than code. */
export const plainWords: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required but missing';
      return `should be ${kinds[issue.expected] ?? issue.expected}, but is ${describe(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty';
      if (issue.origin === 'array') return `must list at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`;
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') {
        const length = typeof issue.input === 'string' ? ` (it has ${issue.input.length})` : '';
        return `is too long: at most ${issue.maximum} characters${length}`;
      }
      return `must be at most ${issue.maximum}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    default:
      return undefined;
  }
};

/** Turns a failed parse into problems: one line per field, unknown fields named one by one. */
export function problemsFrom(file: string, error: z.ZodError, knownFields: string[]): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    const at = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        field: at ? `${at}.${key}` : key,
        message: at
          ? 'is not a known field here; check its spelling'
          : `is not a known field; check its spelling (known fields: ${knownFields.join(', ')})`
      }));
    }
    return [{file, field: at || undefined, message: issue.message}];
  });
}
