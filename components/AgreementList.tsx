import {Link} from '@/lib/i18n/navigation';
import {paths} from '@/lib/paths';

export type AgreementItem = {slug: string; title: string; cities: string[]; focusAreas: string[]; lang?: string};

/** The city regions as cards: name, member cities and what the agreement focuses on. */
export function AgreementList({items, headingLevel = 2}: {items: AgreementItem[]; headingLevel?: 2 | 3}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="grid gap-m s:grid-cols-2 l:grid-cols-3">
      {items.map((a) => (
        <li key={a.slug} lang={a.lang} className="border border-depth-light1 border-t-4 border-t-brand-base p-s">
          <Heading className="text-heading3">
            <Link href={paths.agreement(a.slug)}>{a.title}</Link>
          </Heading>
          {a.cities.length > 1 ? <p className="text-body-text-small text-black-light1">{a.cities.join(', ')}</p> : null}
          <ul className="mt-xs list-disc pl-m text-body-text-small">
            {a.focusAreas.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
