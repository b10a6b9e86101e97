import {Link} from '@/lib/i18n/navigation';
import {paths} from '@/lib/paths';

export type FocusAreaLink = {slug: string; title: string; note?: string; lang?: string; summary?: string};

/** A plain list of focus-area links, each with an optional note such as its theme or region, and its lead where given. */
export function FocusAreaLinks({items}: {items: FocusAreaLink[]}) {
  return (
    <ul className={items.some((f) => f.summary) ? 'grid gap-s' : 'grid gap-xxs'}>
      {items.map((f) => (
        <li key={f.slug} lang={f.lang}>
          <Link href={paths.focusArea(f.slug)}>{f.title}</Link>
          {f.note ? <span className="text-black-light1"> — {f.note}</span> : null}
          {f.summary ? <p className="max-w-prose">{f.summary}</p> : null}
        </li>
      ))}
    </ul>
  );
}
