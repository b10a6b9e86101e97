import {z} from 'zod';
import {routing} from '../i18n/routing';
import {contact, day, dayOrMoment, fuzzyDate, position, slugRef, summary, text, title} from './fields';

// One schema per collection. Files live at content/<collection>/<slug>/<locale>.md; the slug
// and the locale come from the path, everything else from the front matter below.

export const agreementSchema = z.strictObject({
  /** The city region's name in this language, e.g. "Tammerfors" on Swedish pages. */
  title,
  /** Member cities and municipalities in this language. */
  cities: z.array(text).min(1),
  /** Latitude and longitude of each city's centre, in the order of cities, for the map. */
  coordinates: z.array(z.tuple([z.number().min(59).max(71), z.number().min(19).max(32)])).min(1),
  /** Position in the list of the release of 9.2.2021 (1–16). */
  order: position,
  /** The day the agreement was signed. */
  signed: day,
  /** The last day the agreement is valid. */
  validUntil: day,
  /** One or two sentences for lists and the meta description. */
  summary
});

export const focusAreaSchema = z.strictObject({
  /** The focus area's name in this language. */
  title,
  /** Slug of the agreement it belongs to. */
  agreement: slugRef,
  /** Slug of its theme. */
  theme: slugRef,
  /** Position within its agreement. */
  order: position,
  summary
});

export const themeSchema = z.strictObject({
  title,
  /** Position among the themes. */
  order: position,
  summary
});

export const pressReleaseSchema = z.strictObject({
  title,
  summary,
  /** Publication date, with Helsinki time where the source gives it: "2020-05-20T13:33". */
  published: dayOrMoment,
  /** Who issued it, in this language. */
  issuer: text,
  /** The language the release was written in; the other versions are translations. */
  originalLanguage: z.enum(routing.locales),
  /** When this language version appeared, if later than the release and the source says so. */
  versionPublished: day.optional(),
  /** The "further information" contacts as the release gives them. */
  contacts: z.array(contact).min(1)
});

export const pageSchema = z.strictObject({
  title,
  /** The page's meta description. */
  description: summary,
  /** Dated events, oldest first (the programme page). */
  timeline: z
    .array(
      z.strictObject({
        date: fuzzyDate,
        text,
        /** Also shown among the key dates on the home page. */
        key: z.boolean().optional()
      })
    )
    .optional()
});

export const networkProjectSchema = z.strictObject({
  title,
  summary,
  startDate: day,
  endDate: day,
  contacts: z.array(contact).min(1)
});

export type Agreement = z.infer<typeof agreementSchema>;
export type FocusArea = z.infer<typeof focusAreaSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type PressRelease = z.infer<typeof pressReleaseSchema>;
export type Page = z.infer<typeof pageSchema>;
export type NetworkProject = z.infer<typeof networkProjectSchema>;
export type Contact = z.infer<typeof contact>;
