import {useTranslations} from 'next-intl';
import type {Locale} from '@/lib/i18n/routing';
import {formatDate, formatTime, hasTime, machineDate} from '@/lib/dates';

/** A date (with its time where the content gives one) in the reader's format, machine-readable too. */
export function FormattedDate({value, locale, withTime = true}: {value: string; locale: Locale; withTime?: boolean}) {
  const t = useTranslations('Dates');
  const date = formatDate(value.slice(0, value.includes('T') ? 10 : undefined), locale);
  const label = withTime && hasTime(value) ? t('dateTime', {date, time: formatTime(value, locale)}) : date;
  return <time dateTime={machineDate(value)}>{label}</time>;
}
