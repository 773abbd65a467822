import { assertMayReadReference } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../auth/index.ts';
import { koladaRepository } from '../kolada/index.ts';
import { countTaxonomy } from './import-taxonomy.ts';
import { taxonomyRepository } from './taxonomy.repository.ts';

/** Which reference data is in force, and when it was imported (null importedAt: the built-in one). */
export async function getReferenceVersion(ctx: AppContext, { actor }: { actor: Actor | null }) {
  assertMayReadReference(actor);
  const taxonomy = ctx.reference.taxonomy();
  const geography = ctx.reference.geography();
  const kolada = await koladaRepository.counts(ctx.db);
  const row =
    taxonomy.source === 'jobtech' ? await taxonomyRepository.findVersion(ctx.db, taxonomy.version) : null;
  return {
    taxonomy: {
      version: taxonomy.version,
      source: taxonomy.source,
      sourceDate: taxonomy.sourceDate ?? null,
      importedAt: row?.importedAt.toISOString() ?? null,
      counts: { ...countTaxonomy(taxonomy) },
    },
    geography: {
      source: geography.source,
      municipalities: geography.municipalities.length,
      postalCodes: geography.postalCodeCount,
    },
    kolada,
  };
}
