import {helsinkiMoment} from '../dates';
import type {Content} from './index';

/** What the content check says about releases the build leaves out, soonest first. */
export function waitingReport({waiting, now}: Pick<Content, 'waiting' | 'now'>): string {
  const asOf = `Publishing as of ${helsinkiMoment(now).replace('T', ' ')} Helsinki time.`;
  if (waiting.length === 0) return `${asOf} No release is waiting.`;
  const lines = waiting.map((w) =>
    w.reason === 'draft'
      ? `  ${w.folder}: draft (remove "draft: true" to publish it)`
      : `  ${w.folder}: scheduled for ${w.published.replace('T', ' ')}${w.published.includes('T') ? ' Helsinki time' : ''}; the first build after that publishes it`
  );
  return `${asOf} ${waiting.length} ${waiting.length === 1 ? 'release is' : 'releases are'} waiting:\n${lines.join('\n')}`;
}
