import {routing, type Locale} from './routing';
import fi from '../../messages/fi.json';
import sv from '../../messages/sv.json';
import en from '../../messages/en.json';

// The two pages outside [locale] (the chooser at / and the 404 page) speak all languages at once.
const all: Record<Locale, typeof en> = {fi, sv, en};

export function localeTexts() {
  return routing.locales.map((locale) => ({locale, messages: all[locale]}));
}

/** One language's messages, for code that runs outside a request (search documents, scripts). */
export const messagesFor = (locale: Locale) => all[locale];
