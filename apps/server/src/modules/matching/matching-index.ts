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
  /** Participant id → coach of the open enrolment (for "my people" and per-coach filters). */
  readonly coachOf = new Map<string, string | null>();
  private watermark: Date | null = null;
  /** People whose newest change is exactly at the watermark: re-read by `>=`, cheap unless a bulk import. */
  private atWatermark = 0;
  /** When (app clock, ms) to read the minute before the watermark once more (late commits). */
  private lookBackDue: number | null = null;
  /** Participant id → the change key the index holds: a re-read skips what it has. */
  private readonly applied = new Map<string, string>();
  /** Stored needs open for matching (in the index). */
  readonly storedNeeds = new Set<string>();
  private needWatermark: Date | null = null;
  private needLookBackDue: number | null = null;
  private needsAtWatermark = 0;
  private readonly appliedNeeds = new Map<string, string>();
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
    const now = this.ctx.clock().getTime();
    const lookingBack = this.lookBackDue !== null && now >= this.lookBackDue;
    const since =
      this.watermark && lookingBack ? new Date(this.watermark.getTime() - LOOK_BACK_MS) : this.watermark;
    if (lookingBack) this.lookBackDue = null;
    const { rows, newest, atNewest } = await matchingRepository.changedParticipants(
      this.ctx.db,
      this.ctx.config.municipality.code,
      since,
      this.applied,
      lookingBack || this.atWatermark <= SAME_STAMP_REREAD,
    );
    for (const row of rows) {
      this.applied.set(row.id, row.changeKey);
      if (row.unitId) {
        this.index.upsertParticipant(toMatchingProfile(row.id, row.profile, row.adaptations));
        this.unitOf.set(row.id, row.unitId);
        this.coachOf.set(row.id, row.coachId);
      } else if (this.unitOf.delete(row.id)) {
        this.coachOf.delete(row.id);
        this.index.removeParticipant(row.id);
      }
    }
    if (newest > (this.watermark?.getTime() ?? 0)) {
      this.watermark = new Date(newest);
      this.atWatermark = atNewest;
      this.lookBackDue = now + LOOK_BACK_MS;
    } else if (newest === this.watermark?.getTime()) this.atWatermark = Math.max(this.atWatermark, atNewest);
  }

  /** Stored recruitment needs: open ones upserted, the others removed (incremental after the first). */
  private async pullNeeds() {
    const now = this.ctx.clock().getTime();
    const lookingBack = this.needLookBackDue !== null && now >= this.needLookBackDue;
    const since =
      this.needWatermark && lookingBack
        ? new Date(this.needWatermark.getTime() - LOOK_BACK_MS)
        : this.needWatermark;
    if (lookingBack) this.needLookBackDue = null;
    const rows = await recruitmentNeedRepository.changedSince(
      this.ctx.db,
      this.ctx.config.municipality.code,
      since,
      lookingBack || this.needsAtWatermark <= SAME_STAMP_REREAD,
    );
    for (const row of rows) {
      const key = `${row.updatedAt.getTime()}:${row.version}`;
      if (this.appliedNeeds.get(row.id) === key) continue;
      this.appliedNeeds.set(row.id, key);
      const need = toMatchingNeed(row);
      if (need) {
        this.index.upsertNeed(need);
        this.storedNeeds.add(row.id);
      } else if (this.storedNeeds.delete(row.id)) {
        this.index.removeNeed(row.id);
      }
      if (!this.needWatermark || row.updatedAt > this.needWatermark) {
        this.needWatermark = row.updatedAt;
        this.needsAtWatermark = 1;
        this.needLookBackDue = now + LOOK_BACK_MS;
      } else if (row.updatedAt.getTime() === this.needWatermark.getTime()) this.needsAtWatermark++;
    }
  }

  /** The first build: every enrolled participant, read page by page while the last one is indexed. */
  private async loadAll() {
    let newest = 0;
    let atNewest = 0;
    await matchingRepository.loadForIndex(
      this.ctx.db,
      this.ctx.database.kind,
      this.ctx.config.municipality.code,
      (rows) => {
        for (const row of rows) {
          this.index.upsertParticipant(toMatchingProfile(row.id, row.profile, row.adaptations));
          this.unitOf.set(row.id, row.unitId);
          this.coachOf.set(row.id, row.coachId);
          this.applied.set(row.id, `${row.changedMs}:initial`);
          if (row.changedMs > newest) {
            newest = row.changedMs;
            atNewest = 0;
          }
          if (row.changedMs === newest) atNewest++;
        }
      },
    );
    this.watermark = new Date(newest);
    this.atWatermark = atNewest;
    this.lookBackDue = this.ctx.clock().getTime() + LOOK_BACK_MS;
  }
}

/**
 * Rows committed late can carry an earlier (or the same) updated_at as the newest seen. Reads
 * start at the watermark, inclusive (two edits in one millisecond are both seen), unless a bulk
 * import put more than SAME_STAMP_REREAD rows on it — `>=` then re-read 100,000 people on every
 * query (218 ms p50) — and reads are strictly after it. A minute after the watermark moved, the
 * minute up to and including it is read once more (what the index already holds is skipped), so
 * a late commit is picked up within a minute either way.
 */
const LOOK_BACK_MS = 60_000;
const SAME_STAMP_REREAD = 1_000;

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
