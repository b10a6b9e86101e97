import type {Locale} from './i18n/routing';

// Site-wide settings an operator may change without touching pages.

/**
 * The public origin of the site, used for canonical and hreflang URLs.
 * Set SITE_ORIGIN at build time for production; the default serves a local build.
 */
export const siteOrigin = (process.env.SITE_ORIGIN ?? 'http://localhost:3000').replace(/\/+$/, '');

/** The feedback channel named in the footer and the accessibility statement. */
export const feedbackEmail = process.env.SITE_FEEDBACK_EMAIL ?? 'kirjaamo.tem@gov.fi';

type PerLocale = Record<Locale, string>;

/**
 * Who publishes the site, named in the accessibility statement. The default is the ministry,
 * whose registry is the site's feedback channel; the operator confirms or changes it with
 * SITE_PUBLISHER_FI, SITE_PUBLISHER_SV and SITE_PUBLISHER_EN.
 */
export const sitePublisher: PerLocale = {
  fi: process.env.SITE_PUBLISHER_FI ?? 'työ- ja elinkeinoministeriö',
  sv: process.env.SITE_PUBLISHER_SV ?? 'arbets- och näringsministeriet',
  en: process.env.SITE_PUBLISHER_EN ?? 'Ministry of Economic Affairs and Employment'
};

/** Official pages named by the sources (the ministry's page has Finnish and English versions). */
export const officialLinks: {ministryHome: string; ministry: PerLocale; cities: PerLocale; accessibilityGuidance: PerLocale} = {
  /** The ministry's website, where it publishes its press releases. */
  ministryHome: 'https://tem.fi/',
  ministry: {
    fi: 'https://tem.fi/ekosysteemisopimukset',
    sv: 'https://tem.fi/ekosysteemisopimukset',
    en: 'https://tem.fi/en/ecosystem-agreements'
  },
  cities: {fi: 'https://innokaupungit.fi', sv: 'https://innokaupungit.fi', en: 'https://innokaupungit.fi'},
  accessibilityGuidance: {
    fi: 'https://saavutettavuusvaatimukset.fi',
    sv: 'https://tillganglighetskrav.fi',
    en: 'https://webaccessibility.fi'
  }
};

/** The licence of the site's texts and open data; the operator confirms it before publishing. */
export const contentLicence = {
  name: process.env.SITE_LICENCE_NAME ?? 'CC BY 4.0',
  url: process.env.SITE_LICENCE_URL ?? 'https://creativecommons.org/licenses/by/4.0/'
};
