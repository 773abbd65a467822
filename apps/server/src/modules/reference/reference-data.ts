import { defaultGeography, type Geography } from '@arbetsbro/geo';
import { defaultTaxonomy, indexTaxonomy, type Taxonomy, type TaxonomyIndex } from '@arbetsbro/taxonomy';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { type Db, rowsOf } from '../../db/client.ts';
import { loadImportedGeography } from '../geography/index.ts';
import { loadImportedTaxonomy } from '../taxonomy/index.ts';

/**
 * The reference data in force, held in memory because validation and matching consult it on every
 * request: the vocabulary (occupations, skills, credentials, language levels) and the geography
 * (municipalities, postal codes, centroids for commute checks). Each is swapped whole after an import.
 */
export interface ReferenceData {
  taxonomy(): Taxonomy;
  index(): TaxonomyIndex;
  replace(taxonomy: Taxonomy): void;
  geography(): Geography;
  replaceGeography(geography: Geography): void;
}

export function createReferenceData(
  taxonomy: Taxonomy = defaultTaxonomy(),
  geography: Geography = defaultGeography(),
): ReferenceData {
  let current = { taxonomy, index: indexTaxonomy(taxonomy) };
  let currentGeography = geography;
  return {
    taxonomy: () => current.taxonomy,
    index: () => current.index,
    replace(next) {
      current = { taxonomy: next, index: indexTaxonomy(next) };
    },
    geography: () => currentGeography,
    replaceGeography(next) {
      currentGeography = next;
    },
  };
}

/** Where a taxonomy may come from, first hit wins: the imported JobTech taxonomy in the database. */
export const referenceLoaders: Array<(db: Db) => Promise<Taxonomy | null>> = [loadImportedTaxonomy];

/** What is imported in the database; the built-in defaults for whatever is not. */
export async function loadReferenceData(db: Db): Promise<ReferenceData> {
  let taxonomy: Taxonomy | null = null;
  for (const load of referenceLoaders) {
    taxonomy = await load(db);
    if (taxonomy) break;
  }
  const geography = await loadImportedGeography(db);
  return createReferenceData(taxonomy ?? undefined, geography ?? undefined);
}

/**
 * What identifies the stored reference data; changes whenever an import changes something. Cheap
 * enough to ask every minute: the newest taxonomy version, and sums over the geography tables.
 */
async function referenceStamp(db: Db): Promise<{ taxonomy: string; geography: string }> {
  const result = await db.execute<{ taxonomy: string | null; geography: string }>(sql`
    select
      (select version || '@' || imported_at::text from taxonomy_version order by imported_at desc limit 1) as taxonomy,
      (select count(*)::text || ':' || coalesce(sum(hashtext(code || name || short_name || county_code || coalesce(lat::text, '') || coalesce(lng::text, ''))), 0)::text from geo_municipality)
        || '/' ||
      (select count(*)::text || ':' || coalesce(sum(hashtext(postcode || municipality_code)), 0)::text from geo_postcode) as geography`);
  const row = rowsOf<{ taxonomy: string | null; geography: string }>(result)[0];
  return { taxonomy: row?.taxonomy ?? '', geography: row?.geography ?? '' };
}

export interface ReferenceRefresh {
  /** Checks once; reloads what another process imported. */
  check(): Promise<void>;
  stop(): void;
}

/**
 * Keeps a running server's in-memory reference data in step with imports made by another process
 * (`arbetsbro taxonomy import` against the same PostgreSQL, or another app server): checks a small
 * stamp every `everyMs` and reloads only what changed.
 */
export async function startReferenceRefresh(
  ctx: Pick<AppContext, 'db' | 'reference' | 'logger'>,
  options: { everyMs?: number } = {},
): Promise<ReferenceRefresh> {
  let last: { taxonomy: string; geography: string } | undefined;
  let running = false;
  const check = async () => {
    if (running) return;
    running = true;
    try {
      const stamp = await referenceStamp(ctx.db);
      if (last && stamp.taxonomy !== last.taxonomy) {
        const taxonomy = await loadImportedTaxonomy(ctx.db);
        if (taxonomy) ctx.reference.replace(taxonomy);
        ctx.logger.info({ version: taxonomy?.version }, 'reference taxonomy reloaded');
      }
      if (last && stamp.geography !== last.geography) {
        const geography = await loadImportedGeography(ctx.db);
        if (geography) ctx.reference.replaceGeography(geography);
        ctx.logger.info({}, 'reference geography reloaded');
      }
      last = stamp;
    } catch (error) {
      ctx.logger.warn({ err: { type: (error as Error).name } }, 'reference refresh failed');
    } finally {
      running = false;
    }
  };
  await check();
  const timer = setInterval(() => void check(), options.everyMs ?? 60_000);
  timer.unref();
  return { check, stop: () => clearInterval(timer) };
}
