import type { DistanceFn } from './types.ts';

export interface LatLng {
  lat: number;
  lng: number;
}

/** Great-circle distance in km. */
export function haversineKm(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Distance between municipality centroids (straight line; a road factor can be applied by the
 * caller). Same municipality is 0 km; a municipality without a centroid gives undefined (unknown).
 */
export function centroidDistance(places: ReadonlyMap<string, LatLng>): DistanceFn {
  return (from, to) => {
    if (from === to) return 0;
    const a = places.get(from);
    const b = places.get(to);
    return a && b ? haversineKm(a, b) : undefined;
  };
}
