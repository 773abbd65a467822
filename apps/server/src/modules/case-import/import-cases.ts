import { todayInSweden } from '@arbetsbro/identity';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { type Actor, systemActor } from '../auth/index.ts';
import { followUpRepository } from '../follow-up/index.ts';
import { caseImportRepository } from './case-import.repository.ts';
import { type ValidCaseLine, validateCaseLine } from './case-line.ts';
import { type CaseImportPlan, caseImportRows, planCaseImport } from './plan-case-import.ts';
import type { RawLine } from './read-case-file.ts';

// `arbetsbro import cases`: validate every line → resolve against the database → plan → write,
// all of it in one transaction or nothing. Speed: lookups in chunks, wide rows as one JSON
// parameter per 5,000 (see the repository) — no per-line round trip.

export interface ImportReport {
  dryRun: boolean;
  imported: boolean;
  lines: number;
  rejected: Array<{ line: number; reason: string }>;
  newPersons: number;
  reenrolments: number;
  enrolments: number;
  exits: number;
  /** Job exits whose one-month verification follow-up was created (still to be verified). */
  verificationFollowUps: number;
  unitsCreated: string[];
  milliseconds: number;
}

/** Thrown when any line is refused: nothing was saved; the report names every refused line. */
export class ImportRejected extends Error {
  constructor(readonly report: ImportReport) {
    super(`${report.rejected.length} rader avvisades`);
  }
}

/**
 * Imports enrolment periods (with their exits) from read lines. Throws ImportRejected with every
 * refused line (line number and reason, never the personnummer); `dryRun` checks everything and
 * saves nothing.
 */
export async function importCases(
  ctx: AppContext,
  rawLines: RawLine[],
  options: { dryRun?: boolean; actor?: Actor } = {},
): Promise<ImportReport> {
  const started = performance.now();
  const municipalityCode = ctx.config.municipality.code;
  const actor = options.actor ?? systemActor(municipalityCode, 'import.cases');
  const dryRun = options.dryRun ?? false;

  const { valid, rejected } = validateLines(rawLines, todayInSweden(ctx.clock()));
  const numbers = [...new Set(valid.map((v) => v.pnr.normalized))];
  const known = await caseImportRepository.knownState(ctx.db, municipalityCode, numbers);
  const plan = planCaseImport(valid, known);
  const report: ImportReport = {
    dryRun,
    imported: false,
    lines: rawLines.length,
    rejected: [...rejected, ...plan.rejected].sort((a, b) => a.line - b.line),
    newPersons: plan.newPersonNumbers.size,
    reenrolments: plan.reenrolments,
    enrolments: plan.accepted.length,
    exits: plan.exits,
    verificationFollowUps: 0,
    unitsCreated: plan.unitsToCreate,
    milliseconds: 0,
  };
  const elapsed = () => Math.round(performance.now() - started);
  if (report.rejected.length > 0) throw new ImportRejected({ ...report, milliseconds: elapsed() });
  if (dryRun) return { ...report, verificationFollowUps: plan.unverifiedJobExits, milliseconds: elapsed() };

  const verificationFollowUps = await ctx.db.transaction((tx) =>
    writePlan(tx, { ctx, actor, municipalityCode, plan, known, report }),
  );
  return { ...report, verificationFollowUps, imported: true, milliseconds: elapsed() };
}

/** Each raw line parsed and validated on its own (pure). */
function validateLines(rawLines: readonly RawLine[], today: string) {
  const rejected: ImportReport['rejected'] = [];
  const valid: ValidCaseLine[] = [];
  for (const raw of rawLines) {
    if ('error' in raw) {
      rejected.push({ line: raw.line, reason: raw.error });
      continue;
    }
    const result = validateCaseLine(raw.value, raw.line, today);
    if (result.ok) valid.push(result.value);
    else rejected.push({ line: result.line, reason: result.reason });
  }
  return { valid, rejected };
}

/** Units, persons, periods, coach assignments, verification follow-ups and one audit record. */
async function writePlan(
  tx: Db,
  input: {
    ctx: AppContext;
    actor: Actor;
    municipalityCode: string;
    plan: CaseImportPlan;
    known: Awaited<ReturnType<typeof caseImportRepository.knownState>>;
    report: ImportReport;
  },
): Promise<number> {
  const { ctx, actor, municipalityCode, plan, known, report } = input;
  const now = ctx.clock();
  const createdUnits = await caseImportRepository.insertUnits(tx, municipalityCode, plan.unitsToCreate, now);
  const rows = caseImportRows(plan.accepted, known, createdUnits);
  await caseImportRepository.insertParticipants(tx, municipalityCode, now, rows.persons);
  await caseImportRepository.insertEnrolments(tx, municipalityCode, now, rows.enrolments);
  await caseImportRepository.insertAssignments(
    tx,
    rows.assignments.map((a) => ({ municipalityCode, ...a, fromAt: now })),
  );
  // Job exits not yet verified get their one-month follow-up, as when a coach registers one.
  const verificationFollowUps = await followUpRepository.createMissingVerifications(tx, municipalityCode);
  // One audit record for the import (ids of people are in the rows themselves, not repeated here).
  await ctx.audit.record(tx, actor, {
    action: 'create',
    entityType: 'enrolment',
    reason: 'import.cases',
    details: {
      enrolments: report.enrolments,
      newPersons: report.newPersons,
      reenrolments: report.reenrolments,
      unitsCreated: plan.unitsToCreate.length,
    },
  });
  return verificationFollowUps;
}
