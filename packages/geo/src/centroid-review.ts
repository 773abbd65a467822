import { distanceKm } from './distance.ts';
import type { KommunRow } from './parse-csv.ts';
import { TOWN_COORDINATES } from './town-coordinates.ts';

/** How far a geocode may be from the hand-written town before the town is used instead. */
const MAX_DEVIATION_KM = 5;
/** A bounding box this many times the municipality's area means a county-wide geocode. */
const MAX_BOX_TO_AREA = 10;

export interface CentroidReview {
  rows: KommunRow[];
  /** One line per corrected or dropped centroid (Swedish-free, for the operator's log). */
  warnings: string[];
}

/**
 * kommuner.csv's centroids are Google geocodes from 2015, and some are wrong: a county-wide
 * point shared by several municipalities, or a neighbour's town. A wrong distance is worse than
 * none in a commute check, so: a municipality with a hand-written town coordinate that is far
 * from the geocode gets the town; a county-wide (huge bounding box) or shared geocode with no
 * town to fall back on is dropped (its distances become unknown).
 */
export function reviewCentroids(rows: readonly KommunRow[]): CentroidReview {
  const warnings: string[] = [];
  const sharedBy = new Map<string, number>();
  for (const r of rows) if (r.centroid) sharedBy.set(key(r), (sharedBy.get(key(r)) ?? 0) + 1);

  const reviewed = rows.map((r): KommunRow => {
    const town = TOWN_COORDINATES[r.code];
    if (town) {
      const [name, lat, lng] = town;
      const off = r.centroid ? distanceKm(r.centroid, { lat, lng }) : Number.POSITIVE_INFINITY;
      if (off <= MAX_DEVIATION_KM) return r;
      warnings.push(
        `${r.code} ${r.name}: ${r.centroid ? `geocode is ${off.toFixed(0)} km from ${name}` : 'no geocode'}; using ${name}`,
      );
      return { ...r, centroid: { lat, lng } };
    }
    if (!r.centroid) return r;
    const problem =
      (sharedBy.get(key(r)) ?? 0) > 1
        ? 'geocode shared with another municipality'
        : r.bounds && r.areaKm2 && boxKm2(r.bounds) > MAX_BOX_TO_AREA * r.areaKm2
          ? 'geocode is county-wide'
          : undefined;
    if (!problem) return r;
    warnings.push(`${r.code} ${r.name}: ${problem}; centroid dropped`);
    const { centroid: _dropped, ...rest } = r;
    return rest;
  });
  return { rows: reviewed, warnings };
}

const key = (r: KommunRow) => `${r.centroid?.lat},${r.centroid?.lng}`;

function boxKm2(bounds: NonNullable<KommunRow['bounds']>): number {
  const height = distanceKm(bounds.sw, { lat: bounds.ne.lat, lng: bounds.sw.lng });
  const midLat = (bounds.ne.lat + bounds.sw.lat) / 2;
  const width = distanceKm({ lat: midLat, lng: bounds.sw.lng }, { lat: midLat, lng: bounds.ne.lng });
  return height * width;
}
