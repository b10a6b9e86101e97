import {precisionOf, toInstant} from './dates';

/**
 * The moment the site is built "as of". Releases dated after it wait for a later build, and change
 * notes may not be dated after it. SITE_NOW sets it (for a test, or to preview a future day); by
 * default it is the clock. `npm run build` fixes it once at the start, so that every step agrees.
 *
 * Accepted forms: "2027-01-05" (midnight in Helsinki), "2027-01-05T09:00" (Helsinki time), or an
 * ISO instant with its offset, "2027-01-05T07:00:00Z".
 */
export function publicationTime(value: string | undefined = process.env.SITE_NOW): Date {
  if (value === undefined || value.trim() === '') return new Date();
  const v = value.trim();
  const precision = precisionOf(v);
  if (precision === 'day' || precision === 'minute') return toInstant(v);
  const parsed = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v) ? new Date(v) : undefined;
  if (!parsed || Number.isNaN(parsed.getTime())) {
    throw new Error(
      `SITE_NOW is "${value}", which is not a time. Write a date "2027-01-05", a Helsinki time "2027-01-05T09:00", or an ISO instant "2027-01-05T07:00:00Z"; or leave it unset to use the clock.`
    );
  }
  return parsed;
}
