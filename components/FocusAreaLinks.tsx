import {Link} from '@/lib/i18n/navigation';
import {paths} from '@/lib/paths';

export type FocusAreaLink = {slug: string; title: string; note?: string; lang?: string};

/** A plain list of focus-area links, each with an optional note such as its theme or region. */
export function FocusAreaLinks({items}: {items: FocusAreaLink[]}) {
  return (
    <ul className="grid gap-xxs">
      {items.map((f) => (
        <li key={f.slug} lang={f.lang}>
          <Link href={paths.focusArea(f.slug)}>{f.title}</Link>
          {f.note ? <span className="text-black-light1"> — {f.note}</span> : null}
        </li>
      ))}
    </ul>
  );
}
