import {localePath} from '@/lib/i18n/navigation';
import type {Locale} from '@/lib/i18n/routing';
import {finlandMap, mapSize} from '@/lib/map';
import {paths} from '@/lib/paths';

export type MapRegion = {slug: string; name: string; coordinates: [number, number][]; highlighted: boolean};

/**
 * Finland with a marker for each city region at its cities' positions. Each highlighted marker is
 * a link to the region's agreement; the others are drawn faintly and left out of the tab order.
 * The page always shows the same links as a plain list beside the map.
 */
export function FinlandMap({regions, locale, label}: {regions: MapRegion[]; locale: Locale; label: string}) {
  const map = finlandMap();
  return (
    <svg
      viewBox={`0 0 ${mapSize.width} ${mapSize.height}`}
      role="group"
      aria-label={label}
      className="h-auto w-full max-w-[20rem]"
    >
      {map.neighbours.map((d, i) => (
        <path key={i} d={d} className="fill-depth-light3 stroke-depth-light1" strokeWidth={0.5} aria-hidden="true" />
      ))}
      <path d={map.finland} className="fill-highlight-light3 stroke-highlight-dark1" strokeWidth={1} aria-hidden="true" />
      {regions
        .filter((r) => !r.highlighted)
        .map((r) => (
          <g key={r.slug} aria-hidden="true">
            {r.coordinates.map(([lat, lon]) => {
              const [x, y] = map.project(lat, lon);
              return <circle key={`${lat},${lon}`} cx={x} cy={y} r={5} className="fill-depth-base" />;
            })}
          </g>
        ))}
      {regions
        .filter((r) => r.highlighted)
        .map((r) => (
          <a key={r.slug} href={localePath(paths.agreement(r.slug), locale)} aria-label={r.name} className="map-marker">
            <title>{r.name}</title>
            {r.coordinates.map(([lat, lon]) => {
              const [x, y] = map.project(lat, lon);
              return <circle key={`${lat},${lon}`} cx={x} cy={y} r={8} className="fill-brand-base stroke-white-base" strokeWidth={2} />;
            })}
          </a>
        ))}
    </svg>
  );
}
