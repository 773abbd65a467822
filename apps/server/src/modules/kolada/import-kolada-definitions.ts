import type { KoladaDefinitions } from '@arbetsbro/kolada';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { Actor } from '../auth/index.ts';
import { type GroupMemberRow, type KpiRow, koladaRepository } from './kolada.repository.ts';

export interface KoladaDefinitionsReport {
  kpis: number;
  groups: number;
  changes: { kpis: { added: number; changed: number }; groups: { added: number; changed: number } };
  unchanged: boolean;
}

/**
 * Stores KPI definitions and municipality groups, all or nothing. Only what differs is written, so
 * the same files twice change nothing. KPIs and groups missing from a newer file are kept: stored
 * values may still refer to them.
 */
export async function importKoladaDefinitions(
  ctx: AppContext,
  actor: Actor,
  input: KoladaDefinitions,
): Promise<KoladaDefinitionsReport> {
  if (actor.kind !== 'system') throw problems.forbidden();
  const kpiRows: KpiRow[] = input.kpis.map((k) => ({
    id: k.id,
    title: k.title,
    description: k.description || null,
    operatingAreas: k.operatingAreas,
    perspectives: k.perspectives,
    municipalityType: k.municipalityType,
    isDividedByGender: k.dividedByGender,
    hasOuData: k.hasOuData,
    auspices: k.auspices ?? null,
    publicationDate: k.publicationDate ?? null,
    preliminaryPublicationDate: k.preliminaryPublicationDate ?? null,
    publPeriod: k.publishedPeriod ?? null,
  }));

  return ctx.db.transaction(async (tx) => {
    const existingKpis = new Map((await koladaRepository.allKpis(tx)).map((k) => [k.id, k]));
    const kpiAdded = kpiRows.filter((k) => !existingKpis.has(k.id));
    const kpiChanged = kpiRows.filter((k) => {
      const old = existingKpis.get(k.id);
      return old !== undefined && !sameRow(old, k);
    });
    await koladaRepository.upsertKpis(tx, [...kpiAdded, ...kpiChanged]);

    const existing = await koladaRepository.allGroups(tx);
    const membersOf = new Map<string, string[]>();
    for (const m of existing.members)
      membersOf.set(m.groupId, [...(membersOf.get(m.groupId) ?? []), m.municipalityCode]);
    const titles = new Map(existing.groups.map((g) => [g.id, g.title]));
    const signature = (codes: string[]) => [...codes].sort().join(',');
    const groupAdded = input.groups.filter((g) => !titles.has(g.id));
    const groupChanged = input.groups.filter(
      (g) =>
        titles.has(g.id) &&
        (titles.get(g.id) !== g.title ||
          signature(membersOf.get(g.id) ?? []) !== signature(g.members.map((m) => m.id))),
    );
    const toWrite = [...groupAdded, ...groupChanged];
    await koladaRepository.upsertGroups(
      tx,
      toWrite.map((g) => ({ id: g.id, title: g.title })),
    );
    const members: GroupMemberRow[] = toWrite.flatMap((g) =>
      [...new Map(g.members.map((m) => [m.id, m])).values()].map((m) => ({
        groupId: g.id,
        municipalityCode: m.id,
        municipalityName: m.name,
      })),
    );
    await koladaRepository.replaceMembers(
      tx,
      toWrite.map((g) => g.id),
      members,
    );

    const unchanged = kpiAdded.length + kpiChanged.length + toWrite.length === 0;
    if (!unchanged) {
      await ctx.audit.record(tx, actor, {
        action: 'update',
        entityType: 'kolada_definitions',
        reason: 'kolada.import_definitions',
        details: { kpis: kpiRows.length, groups: input.groups.length },
      });
    }
    return {
      kpis: kpiRows.length,
      groups: input.groups.length,
      changes: {
        kpis: { added: kpiAdded.length, changed: kpiChanged.length },
        groups: { added: groupAdded.length, changed: groupChanged.length },
      },
      unchanged,
    };
  });
}

function sameRow(a: object, b: object): boolean {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return Object.keys(rb).every((k) => JSON.stringify(ra[k] ?? null) === JSON.stringify(rb[k] ?? null));
}
