import { assertMayReadReference } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../auth/index.ts';

/** The municipalities of the geography in force, with county, for pick lists. */
export function listMunicipalities(ctx: AppContext, { actor }: { actor: Actor | null }) {
  assertMayReadReference(actor);
  const geography = ctx.reference.geography();
  const municipalities = [...geography.municipalities]
    .sort((a, b) => a.shortName.localeCompare(b.shortName, 'sv'))
    .map((m) => {
      const county = geography.county(m.countyCode);
      return {
        code: m.code,
        name: m.shortName,
        officialName: m.name,
        county: { code: m.countyCode, name: county?.name ?? m.countyCode },
        population: m.population ?? null,
        centroid: m.centroid ?? null,
      };
    });
  return {
    source: geography.source,
    postalCodeCount: geography.postalCodeCount,
    municipalities,
  };
}

/**
 * Code, name and county of every municipality, for the employers' public form (no login): public
 * facts (SCB's list), so no access check; nothing about anyone.
 */
export function listPublicMunicipalities(ctx: AppContext) {
  const geography = ctx.reference.geography();
  return {
    municipalities: [...geography.municipalities]
      .sort((a, b) => a.shortName.localeCompare(b.shortName, 'sv'))
      .map((m) => ({
        code: m.code,
        name: m.shortName,
        county: geography.county(m.countyCode)?.name ?? m.countyCode,
      })),
  };
}
