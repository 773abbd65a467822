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
  /** When (app clock, ms) the participant watermark last moved: the look-back ends a minute later. */
  private watermarkMovedAt = 0;
  /** Participant id → the change (ms) the index holds: a re-read window skips what it has. */
  private readonly applied = new Map<string, number>();
  /** Stored needs open for matching (in the index). */
  readonly storedNeeds = new Set<string>();
  private needWatermark: Date | null = null;
  private needWatermarkMovedAt = 0;
  private readonly appliedNeeds = new Map<string, number>();
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
    const since = lookBack(this.watermark, this.watermarkMovedAt, this.ctx.clock().getTime());
    const { rows, newest } = await matchingRepository.changedParticipants(
      this.ctx.db,
      this.ctx.config.municipality.code,
      since,
      this.applied,
    );
    for (const row of rows) {
      this.applied.set(row.id, row.changedAt.getTime());
      if (row.unitId) {
        this.index.upsertParticipant(toMatchingProfile(row.id, row.profile, row.adaptations));
        this.unitOf.set(row.id, row.unitId);
      } else if (this.unitOf.delete(row.id)) {
        this.index.removeParticipant(row.id);
      }
    }
    if (newest > (this.watermark?.getTime() ?? 0)) {
      this.watermark = new Date(newest);
      this.watermarkMovedAt = this.ctx.clock().getTime();
    }
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
      if (!this.needWatermark || row.updatedAt > this.needWatermark) {
        this.needWatermark = row.updatedAt;
        this.needWatermarkMovedAt = this.ctx.clock().getTime();
      }
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
          this.applied.set(row.id, row.changedMs);
          if (row.changedMs > newest) newest = row.changedMs;
        }
      },
    );
    this.watermark = new Date(newest);
    this.watermarkMovedAt = this.ctx.clock().getTime();
  }
}

/**
 * Where the next read starts. Rows committed late can carry an earlier updated_at than the newest
 * seen, so for a minute after the watermark moved the read looks back a minute (what the index
 * already holds is skipped); after that, from the watermark itself — so that a bulk import is not
 * re-read on every query for as long as nothing newer is written.
 */
function lookBack(watermark: Date | null, movedAt: number, now: number): Date | null {
  if (!watermark) return null;
  return now - movedAt < 60_000 ? new Date(watermark.getTime() - 60_000) : watermark;
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
