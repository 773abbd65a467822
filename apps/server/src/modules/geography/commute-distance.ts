import { estimatedRoadKm, type Geography, type Municipality, normalizePostalCode } from '@arbetsbro/geo';
import { assertMayReadReference } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { Actor } from '../auth/index.ts';

export interface ResolvedPlace {
  /** What was given: a municipality code or a postal code. */
  kind: 'municipality' | 'postalCode';
  municipality: { code: string; name: string };
  /** False when a postal code was only known by its prefix (the municipality is a guess). */
  exact: boolean;
}

export interface CommuteDistance {
  from: ResolvedPlace;
  to: ResolvedPlace;
  /** Straight line between the municipalities' centroids. */
  straightKm: number;
  /** A rough road distance (straight line × detour factor), for a commute check, not a route. */
  roadKm: number;
  /** Always true: the places are their municipality's centroid, so within one municipality it is 0. */
  approximate: true;
}

/**
 * Distance between two places, each a municipality code ("1488") or a postal code ("461 30"),
 * for a commute check. Works on whichever geography is in force (imported or the built-in demo).
 */
export function commuteDistance(
  ctx: AppContext,
  { actor, ...input }: { actor: Actor | null; from: string; to: string },
): CommuteDistance {
  assertMayReadReference(actor);
  const geography = ctx.reference.geography();
  const from = resolvePlace(geography, input.from, 'from');
  const to = resolvePlace(geography, input.to, 'to');
  const a = from.municipality.centroid;
  const b = to.municipality.centroid;
  if (!a || !b) {
    throw problems.badRequest('Avståndet kan inte beräknas: kommunen saknar position i referensdata.');
  }
  const straightKm = geography.distanceKm(
    { municipalityCode: from.municipality.code },
    { municipalityCode: to.municipality.code },
  )!;
  return {
    from: present(from),
    to: present(to),
    straightKm: round1(straightKm),
    roadKm: round1(estimatedRoadKm(a, b)),
    approximate: true,
  };
}

interface Found {
  kind: ResolvedPlace['kind'];
  municipality: Municipality;
  exact: boolean;
}

function resolvePlace(geography: Geography, raw: string, field: 'from' | 'to'): Found {
  const text = raw.trim();
  if (/^\d{4}$/.test(text)) {
    const municipality = geography.municipality(text);
    if (municipality) return { kind: 'municipality', municipality, exact: true };
  } else if (normalizePostalCode(text)) {
    const found = geography.postalCode(text);
    if (found) return { kind: 'postalCode', municipality: found.municipality, exact: found.exact };
  }
  // The place itself is not repeated in the message: a home postal code is about a person.
  throw problems.badRequest('Okänd plats. Ange en kommunkod (fyra siffror) eller ett postnummer.', [
    { path: field, message: 'Okänd kommunkod eller postnummer.' },
  ]);
}

const present = (f: Found): ResolvedPlace => ({
  kind: f.kind,
  municipality: { code: f.municipality.code, name: f.municipality.shortName },
  exact: f.exact,
});

const round1 = (km: number) => Math.round(km * 10) / 10;
