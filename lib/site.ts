import type {Locale} from './i18n/routing';
import {readSettings, resolveOrigin} from './site-settings';

// The settings the pages use, read once: content/site.yaml and the public address.

export const settings = readSettings();


const origin = resolveOrigin(process.env, settings);
if ('error' in origin) throw new Error(origin.error);

/** The public origin of the site, for canonical links, feeds, the sitemap and open data. */
export const siteOrigin = origin.origin;

/** True in a build for this machine: pages then show addresses as paths, never as localhost. */
export const isLocalBuild = origin.local;

/** The feedback channel named in the footer and the accessibility statement. */
export const feedbackEmail = settings.feedbackEmail;

/** Who publishes the site, in each language. */
export const sitePublisher: Record<Locale, string> = settings.publisher;

/** The licence of the site's texts and open data. */
export const contentLicence = settings.licence;

/** Official pages about the programme, from the collected public sources. */
export const officialLinks = {
  /** The ministry's page on the ecosystem agreements, in each of its languages. */
  ministry: {fi: 'https://tem.fi/ekosysteemisopimukset', sv: 'https://tem.fi/sv/ekosystemavtal', en: 'https://tem.fi/en/ecosystem-agreements'},
  /** The InnoCities network of the agreement cities. */
  cities: {fi: 'https://innokaupungit.fi/', sv: 'https://www.innokaupungit.fi/sv/', en: 'https://www.innokaupungit.fi/en/'},
  accessibilityGuidance: {
    fi: 'https://saavutettavuusvaatimukset.fi',
    sv: 'https://tillganglighetskrav.fi',
    en: 'https://webaccessibility.fi'
  }
} satisfies Record<string, Record<Locale, string>>;
