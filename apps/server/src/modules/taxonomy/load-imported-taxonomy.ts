import type { Taxonomy } from '@arbetsbro/taxonomy';
import type { Db } from '../../db/client.ts';
import { taxonomyRepository } from './taxonomy.repository.ts';
import { taxonomyOfRows } from './taxonomy-rows.ts';

/**
 * The imported taxonomy, or null when none has been imported (the built-in vocabulary is then in
 * force). One query per table: this runs at every server start.
 */
export async function loadImportedTaxonomy(db: Db): Promise<Taxonomy | null> {
  const version = await taxonomyRepository.currentVersion(db);
  if (!version) return null;
  return taxonomyOfRows(await taxonomyRepository.readAll(db), version);
}
