import {z} from 'zod';
import {routing} from '../i18n/routing';
import {contact, day, dayOrMoment, firstPublished, fuzzyDate, position, slugRef, summary, text, title, updates} from './fields';

// One schema per collection. Files live at content/<collection>/<slug>/<locale>.md; the slug
// and the locale come from the path, everything else from the front matter below.

export const agreementSchema = z.strictObject({
  /** The city region's name in this language, e.g. "Tammerfors" on Swedish pages. */
  title,
  /** The day this page first appeared on the site. The same in every language. */
  published: firstPublished,
  /** Dated change notes, one line each in this language; the page shows them as its history. */
  updates: updates.optional(),
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
  /**
   * A lead, only where the sources say something of this agreement beyond its focus areas (as
   * 002 does for Tampere). Without it the page shows its facts and focus areas, from the data.
   */
  summary: summary.optional()
});

export const focusAreaSchema = z.strictObject({
  /** The focus area's name in this language. */
  title,
  /** The day this page first appeared on the site. The same in every language. */
  published: firstPublished,
  /** Dated change notes, one line each in this language; the page shows them as its history. */
  updates: updates.optional(),
  /** Slug of the agreement it belongs to. */
  agreement: slugRef,
  /** Slug of its theme. */
  theme: slugRef,
  /** Position within its agreement. */
  order: position,
  /**
   * Other wordings of the same focus area in the sources (the release of 9.2.2021 and the
   * ministry's presentation of 8.11.2021 word some differently), in this language. Shown on the
   * focus area's page and found by search; every other page uses `title`.
   */
  alternativeNames: z.array(title).min(1).optional(),
  /** A lead, only where the sources say something of this focus area itself. */
  summary: summary.optional()
});

export const themeSchema = z.strictObject({
  title,
  /** The day this page first appeared on the site. The same in every language. */
  published: firstPublished,
  /** Dated change notes, one line each in this language; the page shows them as its history. */
  updates: updates.optional(),
  /** Position among the themes. */
  order: position,
  summary
});

/** One language version of the ministry's release, as the sources hold it. */
export const ministryVersion = z.strictObject({
  /** The language of that version. */
  language: z.enum(routing.locales),
  /** When that version appeared: a day, or a day and Helsinki time. */
  published: dayOrMoment,
  /** Its headline exactly as the ministry published it, in that language. */
  headline: title
});

// A press-release entry is this site's own summary of a release of the ministry, in each of our
// languages; the ministry's text itself is not reproduced.
export const pressReleaseSchema = z.strictObject({
  /** Our headline for the summary, in this language. */
  title,
  summary,
  /**
   * The date the ministry gave its release, with Helsinki time where the source gives it:
   * "2020-05-20T13:33". A release dated in the future waits: the site publishes it at that moment
   * (a day alone means midnight, Helsinki time), at the first build after it.
   */
  published: dayOrMoment,
  /** Dated change notes, one line each in this language; the page shows them as its history. */
  updates: updates.optional(),
  /** Slugs of the agreements the release concerns; its page links to them and their pages list it. */
  agreements: z.array(slugRef).min(1),
  /** Slugs of the themes the release concerns, where it concerns some; their pages list it. */
  themes: z.array(slugRef).min(1).optional(),
  /** true while the release is being written: it is checked but never published. */
  draft: z.boolean().optional(),
  /** Who issued the release, in this language. */
  issuer: text,
  /** The language versions of the ministry's release that the sources hold, oldest first. */
  ministryVersions: z.array(ministryVersion).min(1),
  /** The "further information" contacts as the release gave them on that date. */
  contacts: z.array(contact).min(1)
});

export const pageSchema = z.strictObject({
  title,
  /** The day this page first appeared on the site. The same in every language. */
  published: firstPublished,
  /** Dated change notes, one line each in this language; the page shows them as its history. */
  updates: updates.optional(),
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
  /** The day this page first appeared on the site. The same in every language. */
  published: firstPublished,
  /** Dated change notes, one line each in this language; the page shows them as its history. */
  updates: updates.optional(),
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
export type MinistryVersion = z.infer<typeof ministryVersion>;
export type Update = NonNullable<Agreement['updates']>[number];
