import {z} from 'zod';
import {precisionOf} from '../dates';
import {routing} from '../i18n/routing';

// Building blocks shared by the collection schemas. Each carries the plain-words message an
// editor sees when the field is wrong.

/** YAML turns an unquoted 2021-02-09 into a Date; accept it and keep the date as written. */
function unquoteDate(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
}

export const text = z.string().trim().min(1);

/** A name or heading: short enough for a title bar and a link. */
export const title = text.max(160);

/** One or two sentences for lists and the meta description. */
export const summary = text.max(240);

export const day = z.preprocess(
  unquoteDate,
  z.string().refine((v) => precisionOf(v) === 'day', {
    message: 'must be a date written as YYYY-MM-DD, for example "2021-02-09"'
  })
);

/** A day, or a day and a Helsinki clock time. */
export const dayOrMoment = z.preprocess(
  unquoteDate,
  z.string().refine((v) => precisionOf(v) === 'day' || precisionOf(v) === 'minute', {
    message: 'must be a date "YYYY-MM-DD" or a date and Helsinki time "YYYY-MM-DDTHH:MM", for example "2020-05-20T13:33"'
  })
);

/** A year, a month or a day, for timelines: "2030", "2020-09", "2021-02-09". */
export const fuzzyDate = z.preprocess(
  (v) => (typeof v === 'number' ? String(v) : unquoteDate(v)),
  z.string().refine((v) => ['year', 'month', 'day'].includes(precisionOf(v) ?? ''), {
    message: 'must be a year "YYYY", a month "YYYY-MM" or a date "YYYY-MM-DD"'
  })
);

export const slugRef = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: 'must be a slug: lowercase letters, digits and hyphens, for example "tampere"'
});

export const position = z.int().min(1);

/** A person to contact, as the source gives them: never more than it gives. */
export const contact = z.strictObject({
  /** Full name. */
  name: text,
  /** Job title in the page's language. */
  role: text,
  /** Employer in the page's language. */
  organisation: text,
  /** Telephone number exactly as published. */
  phone: z.string().regex(/^\+?[0-9][0-9 ]{5,}$/, {message: 'must be a telephone number of digits and spaces'}).optional(),
  /** E-mail address, only where the source publishes one. */
  email: z.email({message: 'must be an e-mail address such as name@example.fi'}).optional()
});

/** A dated change note, GOV.UK style: what changed on the page, in one line of this language. */
export const update = z.strictObject({
  /** When the change was made: a day, or a day and Helsinki time. The same in every language. */
  date: dayOrMoment,
  /** What changed, in one line of this language: "The contact person changed." */
  note: text.max(200).refine((v) => !/[\r\n]/.test(v), {message: 'must be one line; say what changed in one sentence'})
});

/** The change notes of an entry, in any order; pages show them newest first. */
export const updates = z.array(update).min(1);

/** The day a page first appeared on the site (not the date of the events it describes). */
export const firstPublished = day;

/** A language of the site: the language a source or a wording is written in. */
export const language = z.enum(routing.locales);

/** A public web address: https or http, with a real host name (never a local address). */
export const publicUrl = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  message: 'must be a public web address starting with https://, for example "https://tem.fi/ekosysteemisopimukset"'
});

/**
 * A public page or document that facts on the page rest on. The page lists its sources with links,
 * so that a reader can check every fact.
 */
export const source = z.strictObject({
  /** Its title or headline exactly as published, in its own language (some headlines are long). */
  title: text.max(300),
  /** Who published it, named in this page's language; leave out only when the source does not say. */
  publisher: text.optional(),
  /** Its public address. Leave out only for a document that has none (such as a presentation). */
  url: publicUrl.optional(),
  /** The language it is written in. */
  language,
  /**
   * The date it gives itself (a year, a month, a day, or a day and Helsinki time); leave out when
   * the page is undated, so that no reader takes it for current.
   */
  date: z
    .preprocess(
      (v) => (typeof v === 'number' ? String(v) : unquoteDate(v)),
      z.string().refine((v) => precisionOf(v) !== undefined, {
        message: 'must be a year "YYYY", a month "YYYY-MM", a date "YYYY-MM-DD" or a date and time "YYYY-MM-DDTHH:MM"'
      })
    )
    .optional()
});

/** The sources of an entry, in the order the page lists them. */
export const sources = z.array(source).min(1);

/**
 * Another wording of a name, exactly as one of the entry's sources writes it, in that source's
 * language: pages show it with its language and its source.
 */
export const otherName = z.strictObject({
  /** The wording exactly as the source has it. */
  name: title,
  /** The language of the wording. */
  language,
  /** The address of the source that uses it, or the title of a source without an address: one of this entry's `sources`. */
  source: text
});
