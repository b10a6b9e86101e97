import type {Locale} from '@/lib/i18n/routing';
import {FormattedDate} from './FormattedDate';

export type TimelineItem = {date: string; text: string};

export function Timeline({items, locale}: {items: TimelineItem[]; locale: Locale}) {
  return (
    <ol className="border-l-4 border-highlight-light2">
      {items.map((item) => (
        <li key={`${item.date}-${item.text}`} className="relative pb-m pl-m">
          {/* A date standing alone as a label starts with a capital: "Syyskuu 2020". */}
          <p className="font-semibold text-brand-base first-letter:uppercase">
            <FormattedDate value={item.date} locale={locale} />
          </p>
          <p>{item.text}</p>
        </li>
      ))}
    </ol>
  );
}
