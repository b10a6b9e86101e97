import fs from 'node:fs';
import path from 'node:path';
import {geoPath, geoTransverseMercator} from 'd3-geo';
import {feature} from 'topojson-client';
import type {Feature, FeatureCollection, Geometry} from 'geojson';
import type {GeometryCollection, Topology} from 'topojson-specification';

// Finland drawn at build time from Natural Earth (world-atlas, 1:50m) with d3-geo. The page gets a
// plain SVG; no map script or tiles reach the reader.

export const mapSize = {width: 360, height: 600};
const finlandId = '246';
const neighbourIds = ['752', '578', '643', '233'];

type Countries = Topology<{countries: GeometryCollection}>;

function load() {
  const file = path.join(process.cwd(), 'node_modules', 'world-atlas', 'countries-50m.json');
  const topology = JSON.parse(fs.readFileSync(file, 'utf8')) as Countries;
  const all = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, {name: string}>;
  const byId = (id: string) => all.features.find((f) => String(f.id) === id);
  const finland = byId(finlandId);
  if (!finland) throw new Error('world-atlas has no Finland');
  const neighbours = neighbourIds.map(byId).filter((f): f is Feature<Geometry, {name: string}> => f !== undefined);
  // Transverse Mercator centred on Finland's meridian keeps its shape familiar. Neighbours are
  // drawn only where they show: clipping and one decimal keep the SVG small.
  const projection = geoTransverseMercator()
    .rotate([-26, 0])
    .fitExtent(
      [
        [12, 12],
        [mapSize.width - 12, mapSize.height - 12]
      ],
      finland
    )
    .clipExtent([
      [0, 0],
      [mapSize.width, mapSize.height]
    ]);
  const draw = geoPath(projection).digits(1);
  return {
    finland: draw(finland) ?? '',
    neighbours: neighbours.map((n) => draw(n) ?? ''),
    project: (lat: number, lon: number) => projection([lon, lat]) ?? [0, 0]
  };
}

let cached: ReturnType<typeof load> | undefined;

/** SVG paths of Finland and its neighbours, and a projection for city positions. */
export function finlandMap() {
  cached ??= load();
  return cached;
}
