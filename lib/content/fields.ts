import {z} from 'zod';
import {precisionOf} from '../dates';
import {routing} from '../i18n/routing';
import './field-meta';

// Building blocks shared by the collection schemas. Each carries the plain-words message an
// editor sees when the field is wrong.

/** YAML turns an unquoted 2021-02-09 into a Date; accept it and keep the date as written. */
function unquoteDate(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
}

export const text = z.string().trim().min(1);

/** A name or heading: short enough for a title bar and a link. */
export const title = text.max(160).meta({label: 'Otsikko'});

/** One or two sentences for lists and the meta description. */
export const summary = text.max(240).meta({label: 'Ingressi', hint: 'Yksi tai kaksi virkettä otsikon alle. Näkyy myös luetteloissa ja hakutuloksissa.', input: 'multiline'});

export const day = z
  .preprocess(
    unquoteDate,
    z.string().refine((v) => precisionOf(v) === 'day', {
      message: 'must be a date written as YYYY-MM-DD, for example "2021-02-09"'
    })
  )
  .meta({input: 'day'});

const dayOrMomentMessage = 'must be a date "YYYY-MM-DD" or a date and Helsinki time "YYYY-MM-DDTHH:MM", for example "2020-05-20T13:33"';

/**
 * A day, or a day and a Helsinki clock time: "2021-02-09" or "2020-05-20T13:33". The workspace
 * asks for it as text, so that a date the source gives without a time is not given one.
 */
export const dayOrMoment = z
  .preprocess(
    unquoteDate,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/, {message: dayOrMomentMessage, abort: true})
      .refine((v) => precisionOf(v) === 'day' || precisionOf(v) === 'minute', {message: dayOrMomentMessage})
  )
  .meta({invalid: 'Kirjoita päivämäärä muodossa 2021-02-09 tai, jos kellonaika tiedetään, 2021-02-09T10:00 (Suomen aikaa).'});

const fuzzyMessage = 'must be a year "YYYY", a month "YYYY-MM" or a date "YYYY-MM-DD"';

/** A year, a month or a day, for timelines: "2030", "2020-09", "2021-02-09". */
export const fuzzyDate = z
  .preprocess(
    (v) => (typeof v === 'number' ? String(v) : unquoteDate(v)),
    z
      .string()
      .regex(/^\d{4}(?:-\d{2}){0,2}$/, {message: fuzzyMessage, abort: true})
      .refine((v) => ['year', 'month', 'day'].includes(precisionOf(v) ?? ''), {message: fuzzyMessage})
  )
  .meta({invalid: 'Kirjoita vuosi (2030), kuukausi (2020-09) tai päivä (2021-02-09).'});

/** A folder name, and so an address: lowercase letters a–z, digits and single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slugRef = z.string().regex(slugPattern, {
  message: 'must be a slug: lowercase letters, digits and hyphens, for example "tampere"'
});

export const position = z.int().min(1).meta({label: 'Järjestysnumero', hint: 'Paikka luettelossa: 1 on ensimmäinen.', neutral: true});

/** A person to contact, as the source gives them: never more than it gives. */
export const contact = z.strictObject({
  /** Full name. */
  name: text.meta({label: 'Nimi', neutral: true}),
  /** Job title in the page's language. */
  role: text.meta({label: 'Tehtävänimike', neutral: false}),
  /** Employer in the page's language. */
  organisation: text.meta({label: 'Organisaatio', neutral: false}),
  /** Telephone number exactly as published. */
  phone: z
    .string()
    .regex(/^\+?[0-9][0-9 ]{5,}$/, {message: 'must be a telephone number of digits and spaces'})
    .meta({label: 'Puhelinnumero', hint: 'Täsmälleen kuten lähteessä: numerot ja välilyönnit, alussa tarvittaessa +.', neutral: true, invalid: 'Käytä vain numeroita ja välilyöntejä (alussa voi olla +).'})
    .optional(),
  /** E-mail address, only where the source publishes one. */
  email: z
    .email({message: 'must be an e-mail address such as name@example.fi'})
    .meta({label: 'Sähköpostiosoite', hint: 'Vain, jos lähde ilmoittaa sen.', neutral: true, invalid: 'Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.'})
    .optional()
});

/** A dated change note, GOV.UK style: what changed on the page, in one line of this language. */
export const update = z.strictObject({
  /**
   * When the change was made: a day (the workspace asks for one), or a day and Helsinki time. The
   * same in every language.
   */
  date: dayOrMoment.meta({label: 'Muutospäivä', hint: 'Päivä, jona sivua muutettiin.', neutral: true, input: 'day'}),
  /** What changed, in one line of this language: "The contact person changed." */
  note: text
    .max(200)
    .refine((v) => !/[\r\n]/.test(v), {message: 'must be one line; say what changed in one sentence'})
    .meta({neutral: false, label: 'Muutoksen kuvaus', hint: 'Yksi virke tällä kielellä, esim. ”Yhteyshenkilö vaihtui.”'})
});

/** The change notes of an entry, in any order; pages show them newest first. */
export const updates = z
  .array(update)
  .min(1)
  .meta({label: 'Muutokset', item: 'muutos', hint: 'Kirjaa muutos, kun korjaat tai täydennät sivun tietoja (ei pelkistä kirjoitusvirheistä). Sivulla näkyvät muutokset ja viimeisin päivityspäivä.', neutral: true});

/** The day a page first appeared on the site (not the date of the events it describes). */
export const firstPublished = day.meta({label: 'Julkaisupäivä sivustolla', hint: 'Päivä, jona sivu julkaistiin tällä sivustolla.', neutral: true});

/** A language of the site: the language a source or a wording is written in. */
export const language = z.enum(routing.locales).meta({label: 'Kieli', choices: {fi: 'suomi', sv: 'ruotsi', en: 'englanti'}});

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
const sourceDateMessage = 'must be a year "YYYY", a month "YYYY-MM", a date "YYYY-MM-DD" or a date and time "YYYY-MM-DDTHH:MM"';

export const source = z.strictObject({
  /** Its title or headline exactly as published, in its own language (some headlines are long). */
  title: text.max(300).meta({label: 'Lähteen otsikko', hint: 'Täsmälleen kuten lähteessä, lähteen omalla kielellä.'}),
  /** Who published it, named in this page's language; leave out only when the source does not say. */
  publisher: text.meta({label: 'Julkaisija', hint: 'Julkaisijan nimi tämän sivun kielellä.'}).optional(),
  /** Its public address. Leave out only for a document that has none (such as a presentation). */
  url: publicUrl.meta({label: 'Verkko-osoite', hint: 'Julkinen osoite, joka alkaa https://. Jätä tyhjäksi vain, jos lähteellä ei ole verkko-osoitetta.'}).optional(),
  /** The language it is written in. */
  language,
  /**
   * The date it gives itself (a year, a month, a day, or a day and Helsinki time); leave out when
   * the page is undated, so that no reader takes it for current.
   */
  date: z
    .preprocess(
      (v) => (typeof v === 'number' ? String(v) : unquoteDate(v)),
      z
        .string()
        .regex(/^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?)?$/, {message: sourceDateMessage, abort: true})
        .refine((v) => precisionOf(v) !== undefined, {message: sourceDateMessage})
    )
    .meta({
      label: 'Lähteen päiväys',
      hint: 'Vain päiväys, jonka lähde itse ilmoittaa: vuosi, kuukausi, päivä tai päivä ja kellonaika. Jätä tyhjäksi, jos lähteessä ei ole päiväystä.',
      invalid: 'Kirjoita muodossa 2021, 2021-02, 2021-02-09 tai 2021-02-09T13:33.'
    })
    .optional()
});

/** The sources of an entry, in the order the page lists them. */
export const sources = z
  .array(source)
  .min(1)
  .meta({label: 'Lähteet', item: 'lähde', hint: 'Julkiset verkkosivut ja asiakirjat, joihin sivun tiedot perustuvat. Ne luetellaan sivun lopussa linkkeinä.'});

/**
 * Another wording of a name, exactly as one of the entry's sources writes it, in that source's
 * language: pages show it with its language and its source.
 */
export const otherName = z.strictObject({
  /** The wording exactly as the source has it. */
  name: title.meta({label: 'Nimitys', hint: 'Täsmälleen kuten lähteessä.'}),
  /** The language of the wording. */
  language,
  /** The address of the source that uses it, or the title of a source without an address: one of this entry's `sources`. */
  source: text.meta({label: 'Lähde', hint: 'Sen lähteen verkko-osoite (tai osoitteettoman lähteen otsikko), jossa nimitys esiintyy. Lähteen on oltava tämän sivun lähteissä.'})
});
