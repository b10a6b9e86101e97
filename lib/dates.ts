import type {Locale} from './i18n/routing';

/** Finnish public-sector conventions: Finland-Swedish for sv, British English for en. */
const intlLocale: Record<Locale, string> = {fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB'};
const zone = 'Europe/Helsinki';

/** A date or a moment as the content gives it: "2021", "2021-02", "2021-02-09" or "2020-05-20T13:33". */
export type Precision = 'year' | 'month' | 'day' | 'minute';

const patterns: Array<[Precision, RegExp]> = [
  ['year', /^(\d{4})$/],
  ['month', /^(\d{4})-(\d{2})$/],
  ['day', /^(\d{4})-(\d{2})-(\d{2})$/],
  ['minute', /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/]
];

export function precisionOf(value: string): Precision | undefined {
  const hit = patterns.find(([, re]) => re.test(value));
  if (!hit) return undefined;
  const [precision, re] = hit;
  const [, y, mo = '01', d = '01', h = '00', mi = '00'] = re.exec(value) ?? [];
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)));
  // Reject 2021-02-30 and 25:00, which Date would silently roll over.
  const ok =
    date.getUTCFullYear() === Number(y) &&
    date.getUTCMonth() === Number(mo) - 1 &&
    date.getUTCDate() === Number(d) &&
    date.getUTCHours() === Number(h) &&
    date.getUTCMinutes() === Number(mi);
  return ok ? precision : undefined;
}

/** The UTC offset Helsinki had at a local wall-clock time, e.g. "+03:00" in summer. */
function helsinkiOffset(localIso: string): string {
  const asUtc = new Date(`${localIso}:00Z`);
  const name = new Intl.DateTimeFormat('en-GB', {timeZone: zone, timeZoneName: 'longOffset'})
    .formatToParts(asUtc)
    .find((p) => p.type === 'timeZoneName')?.value;
  const offset = name?.replace('GMT', '') ?? '';
  return offset === '' ? '+00:00' : offset;
}

/** A value for <time datetime>: dates stay dates, moments get Helsinki's offset. */
export function machineDate(value: string): string {
  return precisionOf(value) === 'minute' ? `${value}:00${helsinkiOffset(value)}` : value;
}

/** The instant a moment or a day began in Helsinki, for sorting and feeds. */
export function toInstant(value: string): Date {
  const precision = precisionOf(value);
  const local = precision === 'minute' ? value : `${value.padEnd(10, '-01').slice(0, 10)}T00:00`;
  return new Date(machineDate(local));
}

function utcNoon(value: string): Date {
  const [y, m = '01', d = '01'] = value.slice(0, 10).split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), 12));
}

/** A date in the reader's language: 9.2.2021, 9.2.2021, 9 February 2021; months and years likewise. */
export function formatDate(value: string, locale: Locale): string {
  const precision = precisionOf(value);
  if (precision === 'year') return value;
  const options: Intl.DateTimeFormatOptions =
    precision === 'month'
      ? {month: 'long', year: 'numeric'}
      : locale === 'en'
        ? {day: 'numeric', month: 'long', year: 'numeric'}
        : {day: 'numeric', month: 'numeric', year: 'numeric'};
  return new Intl.DateTimeFormat(intlLocale[locale], {...options, timeZone: 'UTC'}).format(utcNoon(value));
}

/** The clock time of a moment in the reader's language: 13.33 or 13:33. */
export function formatTime(value: string, locale: Locale): string {
  const [, time = '00:00'] = value.split('T');
  const [h, m] = time.split(':');
  const d = new Date(Date.UTC(2000, 0, 1, Number(h), Number(m)));
  return new Intl.DateTimeFormat(intlLocale[locale], {hour: '2-digit', minute: '2-digit', timeZone: 'UTC'}).format(d);
}

export function hasTime(value: string): boolean {
  return precisionOf(value) === 'minute';
}

/**
 * Orders two content dates at the coarser of their precisions, so that a day and a moment on that
 * day count as the same: a note dated "2021-02-09" is not before a release of "2021-02-09T13:33".
 */
export function compareDates(a: string, b: string): number {
  if (hasTime(a) && hasTime(b)) return toInstant(a).getTime() - toInstant(b).getTime();
  const [x, y] = [a.slice(0, 10), b.slice(0, 10)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** An instant as Helsinki wall-clock time in the content's own form: "2026-11-23T14:05". */
export function helsinkiMoment(instant: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'})
      .formatToParts(instant)
      .map((p) => [p.type, p.value])
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The later of a first date and its change notes' dates; on the same day, a note counts as later. */
export function latestDate(first: string, later: string[]): string {
  return later.reduce((latest, d) => (compareDates(d, latest) >= 0 ? d : latest), first);
}
