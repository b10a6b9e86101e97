import type {routing} from './routing';
import type messages from '../../messages/en.json';

// Typed messages: a key missing from messages/en.json is a type error.
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
