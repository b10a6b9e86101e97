import {z} from 'zod';
import {contact, day, dayOrMoment, firstPublished, fuzzyDate, language, otherName, position, publicUrl, slugRef, sources as sourceField, summary, text, title, updates} from './fields';

// One schema per collection. Files live at content/<collection>/<slug>/index.<locale>.md; the slug
// and the locale come from the path, everything else from the front matter below. Every entry
// lists the public sources its facts rest on; its page shows them.

export const agreementSchema = z.strictObject({
  /** The city region's name in this language, e.g. "Tammerfors" on Swedish pages. */
  title: title.meta({label: 'Kaupunkiseutu', hint: 'Kaupunkiseudun nimi tällä kielellä, esim. ruotsiksi ”Tammerfors”.'}),
  /** The day this page first appeared on the site. The same in every language. */
  published: firstPublished,
  /** Dated change notes, one line each in this language; the page shows them as its history. */
  updates: updates.optional(),
  /** Member cities and municipalities in this language. */
  cities: z.array(text).min(1).meta({label: 'Kunnat', item: 'kunta', hint: 'Sopimukseen kuuluvat kaupungit ja kunnat tällä kielellä, yksi kuhunkin kohtaan.'}),
  /** Latitude and longitude of each city's centre, in the order of cities, for the map. */
  coordinates: z
    .array(
      z.strictObject({
        latitude: z.number().min(59).max(71).meta({label: 'Leveysaste', neutral: true}),
        longitude: z.number().min(19).max(32).meta({label: 'Pituusaste', neutral: true})
      })
    )
    .min(1)
    .meta({label: 'Sijainnit kartalla', item: 'sijainti', hint: 'Kunkin kunnan keskustan sijainti samassa järjestyksessä kuin kunnat.', neutral: true}),
  /** Position in the list of the release of 9.2.2021 (1–16). */
  order: position,
  /** The day the agreement was signed. */
  signed: day.meta({label: 'Allekirjoituspäivä', neutral: true}),
  /** The last day the agreement is valid. */
  validUntil: day.meta({label: 'Voimassa asti', hint: 'Sopimuksen viimeinen voimassaolopäivä.', neutral: true}),
  /** What the agreement does, in one or two sentences: the page's lead and its meta description. */
  summary: summary.optional(),
  /** The public sources of the page's facts. */
  sources: sourceField
});

export const focusAreaSchema = z.strictObject({
  /** The focus area's name in this language. */
  title: title.meta({label: 'Painopistealue', hint: 'Painopistealueen nimi tällä kielellä.'}),
  /** The day this page first appeared on the site. The same in every language. */
  published: firstPublished,
  /** Dated change notes, one line each in this language; the page shows them as its history. */
  updates: updates.optional(),
  /** Slug of the agreement it belongs to. */
  agreement: slugRef.meta({label: 'Sopimus', input: 'agreement', neutral: true}),
  /** Slug of its theme. */
  theme: slugRef.meta({label: 'Teema', input: 'theme', neutral: true}),
  /** Position within its agreement. */
  order: position,
  /**
   * Other wordings of the same focus area in the sources, each exactly as one of the entry's
   * sources writes it and in its language. Shown on the focus area's page and found by search;
   * every other page uses `title`.
   */
  alternativeNames: z
    .array(otherName)
    .min(1)
    .meta({label: 'Muut nimitykset', item: 'nimitys', hint: 'Lähteiden muut nimitykset tälle painopistealueelle, täsmälleen lähteen kielellä. Ne näkyvät painopistealueen sivulla, ja haku löytää niillä.'})
    .optional(),
  /** A lead, only where the sources say something of this focus area itself. */
  summary: summary.meta({hint: 'Vain, jos lähteissä kerrotaan jotain juuri tästä painopistealueesta.'}).optional(),
  /** The public sources of the page's facts, the name among them. */
  sources: sourceField
});

export const themeSchema = z.strictObject({
  title: title.meta({label: 'Teema'}),
  /** The day this page first appeared on the site. The same in every language. */
  published: firstPublished,
  /** Dated change notes, one line each in this language; the page shows them as its history. */
  updates: updates.optional(),
  /** Position among the themes. */
  order: position,
  summary,
  /** The public sources of the page's facts. */
  sources: sourceField
});

/** One language version of the ministry's release, as the sources hold it. */
export const ministryVersion = z.strictObject({
  /** The language of that version. */
  language,
  /** When the ministry published that version: a day, or a day and Helsinki time. */
  published: dayOrMoment.meta({label: 'Julkaisuaika'}),
  /** Its headline exactly as the ministry published it, in that language. */
  headline: title.meta({label: 'Ministeriön otsikko', hint: 'Täsmälleen kuten ministeriö sen julkaisi.'}),
  /** The address of that version on the ministry's or the Government's website, where the sources give it. */
  url: publicUrl.meta({label: 'Verkko-osoite'}).optional()
});

// A press-release entry is this site's own summary of a release or news item of the ministry, in
// each of our languages; the ministry's text itself is not reproduced.
export const pressReleaseSchema = z.strictObject({
  /** Our headline for the summary, in this language. */
  title: title.meta({hint: 'Oma otsikkomme tiivistelmälle tällä kielellä. Ministeriön otsikko kirjoitetaan kohtaan Ministeriön kieliversiot.'}),
  summary,
  /** What the ministry issued: a press release, or a news item. */
  kind: z.enum(['press-release', 'news']).meta({label: 'Julkaisutyyppi', choices: {'press-release': 'tiedote', news: 'uutinen'}, neutral: true}),
  /**
   * The date the ministry issued it, with Helsinki time where a source gives it:
   * "2020-05-20T13:33". The folder name starts with this date, and the archive files it by its year.
   */
  issued: dayOrMoment.meta({
    label: 'Ministeriön julkaisuaika',
    hint: 'Milloin ministeriö julkaisi tiedotteen: päivämäärä (2021-02-09) tai päivämäärä ja Suomen aika (2021-02-09T10:00), jos lähde antaa kellonajan. Kansion nimi alkaa tällä päivämäärällä.',
    neutral: true
  }),
  /**
   * When our summary appeared (or will appear) on this site: a day, or a day and Helsinki time.
   * A summary dated in the future waits: the site publishes it at that moment (a day alone means
   * midnight, Helsinki time), at the first build after it.
   */
  published: dayOrMoment.meta({
    input: 'moment',
    label: 'Julkaisuaika sivustolla',
    hint: 'Milloin tiivistelmä julkaistaan tällä sivustolla, Suomen aikaa. Tuleva aika ajastaa julkaisun: tiivistelmä tulee näkyviin ensimmäisessä sivuston päivityksessä sen jälkeen.',
    neutral: true
  }),
  /** Dated change notes, one line each in this language; the page shows them as its history. */
  updates: updates.optional(),
  /** Slugs of the agreements the release concerns; its page links to them and their pages list it. */
  agreements: z.array(slugRef).min(1).meta({label: 'Sopimukset', hint: 'Sopimukset, joita tiedote koskee.', input: 'agreement', neutral: true}),
  /** Slugs of the themes the release concerns, where it concerns some; their pages list it. */
  themes: z.array(slugRef).min(1).meta({label: 'Teemat', input: 'theme', neutral: true}).optional(),
  /** true while the release is being written: it is checked but never published. */
  draft: z.boolean().meta({label: 'Luonnos', hint: 'Luonnos tarkistetaan, mutta sitä ei julkaista.', neutral: true}).optional(),
  /** Who issued the release, in this language. */
  issuer: text.meta({label: 'Tiedotteen antaja', hint: 'Tiedotteen tai uutisen julkaissut organisaatio tällä kielellä, esim. ”työ- ja elinkeinoministeriö”.'}),
  /** The language versions of the ministry's release that the sources hold, oldest first. */
  ministryVersions: z
    .array(ministryVersion)
    .min(1)
    .meta({label: 'Ministeriön kieliversiot', item: 'kieliversio', hint: 'Ministeriön julkaisemat kieliversiot, vanhin ensin.', neutral: true}),
  /**
   * Our translation of the ministry's headline into this language, shown beside the original
   * where the ministry published no version in this language (and only then).
   */
  headlineTranslation: title
    .meta({label: 'Ministeriön otsikon käännös', hint: 'Vain kielellä, jolla ministeriö ei julkaissut tiedotetta: oma käännöksemme ministeriön otsikosta.'})
    .optional(),
  /** The "further information" contacts as the release gave them on that date, where the sources hold them. */
  contacts: z
    .array(contact)
    .min(1)
    .meta({label: 'Yhteyshenkilöt', item: 'yhteyshenkilö', hint: 'Tiedotteen yhteyshenkilöt täsmälleen sellaisina kuin tiedote ne ilmoitti.', neutral: true})
    .optional(),
  /** The public sources of the summary: the ministry's release, and any copy of it that was used. */
  sources: sourceField
});

export const pageSchema = z.strictObject({
  title,
  /** The day this page first appeared on the site. The same in every language. */
  published: firstPublished,
  /** Dated change notes, one line each in this language; the page shows them as its history. */
  updates: updates.optional(),
  /** The page's meta description. */
  description: summary.meta({label: 'Ingressi'}),
  /** Dated events, oldest first (the programme page). */
  timeline: z
    .array(
      z.strictObject({
        date: fuzzyDate.meta({label: 'Ajankohta', neutral: true}),
        text: text.meta({label: 'Tapahtuma', neutral: false}),
        /** Also shown among the key dates on the home page. */
        key: z.boolean().meta({label: 'Näytä etusivulla', hint: 'Tapahtuma näkyy myös etusivun kohdassa Tärkeät päivämäärät.', neutral: true}).optional()
      })
    )
    .meta({label: 'Aikajana', item: 'tapahtuma', hint: 'Tapahtumat aikajärjestyksessä, vanhin ensin.', neutral: true})
    .optional(),
  /** The public sources of the page's facts. */
  sources: sourceField
});

export const networkProjectSchema = z.strictObject({
  title,
  /** The day this page first appeared on the site. The same in every language. */
  published: firstPublished,
  /** Dated change notes, one line each in this language; the page shows them as its history. */
  updates: updates.optional(),
  summary,
  startDate: day.meta({label: 'Alkamispäivä', neutral: true}),
  endDate: day.meta({label: 'Päättymispäivä', neutral: true}),
  contacts: z.array(contact).min(1).meta({label: 'Yhteyshenkilöt', item: 'yhteyshenkilö', neutral: true}),
  /** The public sources of the page's facts. */
  sources: sourceField
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
export type SourceRef = z.infer<typeof sourceField>[number];
export type OtherName = NonNullable<FocusArea['alternativeNames']>[number];
