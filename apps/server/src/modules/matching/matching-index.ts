import { MatchingEngine, type MatchingIndex } from '@arbetsbro/matching';
import type { Taxonomy } from '@arbetsbro/taxonomy';
import type { AppContext } from '../../context.ts';
import { recruitmentNeedRepository } from '../recruitment-need/index.ts';
import { matchingRepository } from './matching.repository.ts';
import { toMatchingProfile } from './participant-matching-profile.ts';
import { toMatchingNeed } from './stored-need.ts';

/**
 * Keeps the in-process matching index in step with the database: built once at start-up, then
 * before each query only the rows changed since the last sync are read (no full rebuild per edit).
 * Works with several app processes too, since each one syncs from the database, not from events.
 */
export class MatchingIndexSync {
  readonly engine: MatchingEngine;
  readonly index: MatchingIndex;
  /** Participant id → unit of the open enrolment (for access filtering). */
  readonly unitOf = new Map<string, string>();
  private watermark: Date | null = null;
  /** Stored needs open for matching (in the index). */
  readonly storedNeeds = new Set<string>();
  private needWatermark: Date | null = null;
  private syncing: Promise<void> | null = null;

  constructor(
    private readonly ctx: AppContext,
    readonly taxonomy: Taxonomy,
  ) {
    const geography = ctx.reference.geography();
    this.engine = new MatchingEngine({
      taxonomy,
      distance: (a, b) => geography.distanceKm({ municipalityCode: a }, { municipalityCode: b }),
    });
    this.index = this.engine.createIndex();
  }

  get size() {
    return this.unitOf.size;
  }

  /** Applies the changes since the last sync; concurrent callers share one sync. */
  sync(): Promise<void> {
    this.syncing ??= this.pull().finally(() => {
      this.syncing = null;
    });
    return this.syncing;
  }

  private async pull() {
    await this.pullNeeds();
    if (this.watermark === null) return this.loadAll();
    // Rows committed late can carry an earlier updated_at: look back a minute (upserts are idempotent).
    const since = this.watermark ? new Date(this.watermark.getTime() - 60_000) : null;
    const { rows, newest } = await matchingRepository.changedParticipants(
      this.ctx.db,
      this.ctx.config.municipality.code,
      since,
    );
    for (const row of rows) {
      if (row.unitId) {
        this.index.upsertParticipant(toMatchingProfile(row.id, row.profile, row.adaptations));
        this.unitOf.set(row.id, row.unitId);
      } else if (this.unitOf.delete(row.id)) {
        this.index.removeParticipant(row.id);
      }
    }
    this.watermark = new Date(Math.max(newest, this.watermark?.getTime() ?? 0));
  }

  /** Stored recruitment needs: open ones upserted, the others removed (incremental after the first). */
  private async pullNeeds() {
    const since = this.needWatermark ? new Date(this.needWatermark.getTime() - 60_000) : null;
    const rows = await recruitmentNeedRepository.changedSince(
      this.ctx.db,
      this.ctx.config.municipality.code,
      since,
    );
    for (const row of rows) {
      const need = toMatchingNeed(row);
      if (need) {
        this.index.upsertNeed(need);
        this.storedNeeds.add(row.id);
      } else if (this.storedNeeds.delete(row.id)) {
        this.index.removeNeed(row.id);
      }
      if (!this.needWatermark || row.updatedAt > this.needWatermark) this.needWatermark = row.updatedAt;
    }
  }

  /** The first build: every enrolled participant, read page by page while the last one is indexed. */
  private async loadAll() {
    let newest = 0;
    await matchingRepository.loadForIndex(
      this.ctx.db,
      this.ctx.database.kind,
      this.ctx.config.municipality.code,
      (rows) => {
        for (const row of rows) {
          this.index.upsertParticipant(toMatchingProfile(row.id, row.profile, row.adaptations));
          this.unitOf.set(row.id, row.unitId);
          if (row.changedMs > newest) newest = row.changedMs;
        }
      },
    );
    this.watermark = new Date(newest);
  }
}

const byContext = new WeakMap<AppContext, MatchingIndexSync>();

/** The context's index, rebuilt when the vocabulary in force has been replaced by an import. */
export async function matchingIndexFor(ctx: AppContext): Promise<MatchingIndexSync> {
  let current = byContext.get(ctx);
  if (!current || current.taxonomy !== ctx.reference.taxonomy()) {
    current = new MatchingIndexSync(ctx, ctx.reference.taxonomy());
    byContext.set(ctx, current);
  }
  await current.sync();
  return current;
}
