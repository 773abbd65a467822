import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { Actor } from '../auth/index.ts';
import {
  type CountyRow,
  geographyRepository,
  type MunicipalityRow,
  type PostcodeRow,
} from './geography.repository.ts';
import { geographyOfRows } from './load-imported-geography.ts';
import type { GeographyImport } from './read-geography-dir.ts';

export interface GeographyImportReport {
  counties: number;
  municipalities: number;
  postalCodes: number;
  changes: {
    counties: { added: number; changed: number };
    municipalities: { added: number; changed: number };
    postalCodes: { added: number; changed: number; removed: number };
  };
  unchanged: boolean;
}

/**
 * Writes counties, municipalities and postal codes, all or nothing, and puts them in force.
 * Only differing rows are written (the same files twice change nothing). Municipalities and
 * counties missing from a newer file are kept (data may still point to them); postal codes follow
 * the file, since retired codes are re-used by Postnord.
 */
export async function importGeography(
  ctx: AppContext,
  actor: Actor,
  input: GeographyImport,
): Promise<GeographyImportReport> {
  if (actor.kind !== 'system') throw problems.forbidden();
  const counties: CountyRow[] = input.counties.map((c) => ({
    code: c.code,
    name: c.name,
    shortName: c.shortName,
  }));
  const municipalities: MunicipalityRow[] = input.municipalities.map((m) => ({
    code: m.code,
    name: m.name,
    shortName: m.shortName,
    countyCode: m.countyCode,
    population: m.population ?? null,
    lat: m.centroid?.lat ?? null,
    lng: m.centroid?.lng ?? null,
  }));
  // A postal code listed twice: the last line wins, as in the lookup the geo package builds.
  const postcodes: PostcodeRow[] = [
    ...new Map(
      input.postalCodes.map((p) => [
        p.postalCode,
        { postcode: p.postalCode, locality: p.locality || null, municipalityCode: p.municipalityCode },
      ]),
    ).values(),
  ];

  const result = await ctx.db.transaction(async (tx) => {
    const existing = await geographyRepository.readAll(tx);
    const c = diff(existing.counties, counties, (r) => r.code);
    const m = diff(existing.municipalities, municipalities, (r) => r.code);
    const p = diff(existing.postcodes, postcodes, (r) => r.postcode);
    await geographyRepository.upsertCounties(tx, [...c.added, ...c.changed]);
    await geographyRepository.upsertMunicipalities(tx, [...m.added, ...m.changed]);
    await geographyRepository.deletePostcodes(
      tx,
      p.removed.map((r) => r.postcode),
    );
    await geographyRepository.upsertPostcodes(tx, [...p.added, ...p.changed]);
    const changes = {
      counties: { added: c.added.length, changed: c.changed.length },
      municipalities: { added: m.added.length, changed: m.changed.length },
      postalCodes: { added: p.added.length, changed: p.changed.length, removed: p.removed.length },
    };
    // Counties and municipalities missing from the file are kept, so they are no change.
    const unchanged = [c.added, c.changed, m.added, m.changed, p.added, p.changed, p.removed].every(
      (list) => list.length === 0,
    );
    if (!unchanged) {
      await ctx.audit.record(tx, actor, {
        action: 'update',
        entityType: 'geography',
        reason: 'geography.import',
        details: { municipalities: municipalities.length, postalCodes: postcodes.length },
      });
    }
    return { changes, unchanged };
  });

  if (!result.unchanged) {
    ctx.reference.replaceGeography(geographyOfRows(await geographyRepository.readAll(ctx.db)));
  }
  return {
    counties: counties.length,
    municipalities: municipalities.length,
    postalCodes: postcodes.length,
    ...result,
  };
}

function diff<T>(existing: readonly T[], wanted: readonly T[], key: (row: T) => string) {
  const before = new Map(existing.map((r) => [key(r), r]));
  const same = (a: T, b: T) => {
    const keys = Object.keys(b as object).sort();
    return JSON.stringify(a, keys) === JSON.stringify(b, keys);
  };
  const wantedKeys = new Set(wanted.map(key));
  const added: T[] = [];
  const changed: T[] = [];
  for (const row of wanted) {
    const old = before.get(key(row));
    if (!old) added.push(row);
    else if (!same(old, row)) changed.push(row);
  }
  return { added, changed, removed: existing.filter((r) => !wantedKeys.has(key(r))) };
}
