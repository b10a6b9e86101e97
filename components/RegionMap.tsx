import {Link} from '@/lib/i18n/navigation';
import type {Locale} from '@/lib/i18n/routing';
import {paths} from '@/lib/paths';
import {FinlandMap, type MapRegion} from './FinlandMap';

/** The map and, beside it, the same regions as a plain list of links. */
export function RegionMap({regions, locale, mapLabel, listLabel}: {regions: MapRegion[]; locale: Locale; mapLabel: string; listLabel: string}) {
  const linked = regions.filter((r) => r.highlighted);
  return (
    <div className="grid items-start gap-l s:grid-cols-[18rem_1fr]">
      <FinlandMap regions={regions} locale={locale} label={mapLabel} />
      <div>
        <ul aria-label={listLabel} className="columns-1 gap-l m:columns-2">
          {linked.map((r) => (
            <li key={r.slug} className="mb-xxs break-inside-avoid">
              <Link href={paths.agreement(r.slug)}>{r.name}</Link>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
