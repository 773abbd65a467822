import type { LatLng } from './model.ts';

const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle (haversine) distance in kilometres. */
export function distanceKm(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Roads are longer than the straight line; 1.3 is a common rule of thumb for Swedish road
 * networks outside the mountains. Use it only for a rough commute check, never as a route.
 */
export const ROAD_DETOUR_FACTOR = 1.3;

/** A rough road distance in km: straight-line distance × ROAD_DETOUR_FACTOR. */
export function estimatedRoadKm(a: LatLng, b: LatLng): number {
  return distanceKm(a, b) * ROAD_DETOUR_FACTOR;
}
