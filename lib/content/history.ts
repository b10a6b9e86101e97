import {compareDates, latestDate} from '../dates';
import type {Update} from './schemas';

/** When a page first appeared, when it last changed, and its change notes, newest first. */
export type History = {published: string; modified: string; updates: Update[]};

/** Every entry has a first date and may have change notes; "last updated" is the latest of them. */
export function historyOf({published, updates = []}: {published: string; updates?: Update[]}): History {
  const newestFirst = [...updates].sort((a, b) => compareDates(b.date, a.date));
  return {published, modified: latestDate(published, updates.map((u) => u.date)), updates: newestFirst};
}

/** The latest of several pages' dates: a list page changes when anything it lists changes. */
export function latestOf(dates: string[]): string | undefined {
  return dates.reduce<string | undefined>((latest, d) => (latest === undefined || compareDates(d, latest) > 0 ? d : latest), undefined);
}
