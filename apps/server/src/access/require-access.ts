import type { AppContext } from '../context.ts';
import type { Db } from '../db/client.ts';
import type { AuditAction } from '../db/schema/index.ts';
import { problems } from '../http/problem.ts';
import type { RequestMeta, StaffActor } from '../modules/auth/actor.ts';
import {
  accessRepository,
  type ConsentRow,
  type EnrolmentRow,
  type FollowUpRow,
  type InterventionRow,
  type JournalEntryRow,
} from './access.repository.ts';
import {
  type Action,
  type Area,
  AUDITED_READ_AREAS,
  decide,
  forbiddenMessages,
  formerRelationshipMessage,
  type Grant,
  policy,
  type Relationship,
  roleMayEver,
} from './policy.ts';

/** What a use case asks to act on. The access layer loads it and decides the relationship. */
export type AccessTarget =
  | { kind: 'participant'; participantId: string }
  /** A consent: decided on the person it belongs to, like the person. */
  | { kind: 'consent'; consentId: string }
  | { kind: 'enrolment'; enrolmentId: string }
  | { kind: 'intervention'; interventionId: string }
  | { kind: 'journal_entry'; entryId: string }
  | { kind: 'follow_up'; followUpId: string }
  /** A list or look-up over the actor's units; `entityType` names it in the audit trail. */
  | { kind: 'caseload'; entityType?: string }
  /** Intake; with a (normalised) personnummer, the check of whether the person is known. */
  | { kind: 'intake'; personnummer?: string }
  | { kind: 'employer'; employerId?: string }
  | { kind: 'recruitment_need'; needId?: string }
  | { kind: 'shortlist'; needId?: string }
  | { kind: 'candidates' }
  | { kind: 'participant_matching'; participantId: string }
  /** Administration: staff accounts, units, the municipality's settings (`entityType` names it). */
  | { kind: 'administration'; entityType: string; entityId?: string }
  /** Statistics, reports and goals of one of the actor's units, or of all of them (no unitId). */
  | { kind: 'statistics'; entityType: string; unitId?: string | null };

type Kind = AccessTarget['kind'];
type TargetOf<K extends Kind> = Extract<AccessTarget, { kind: K }>;

interface CaseTargetRows {
  participantId: string;
  /** Every period of the person, newest first. */
  periods: EnrolmentRow[];
  /** The open period, else the newest: what decides the relationship. */
  current: EnrolmentRow;
}

/** What the access layer loaded for the target (so the use case does not load it again). */
type Loaded<K extends Kind> = K extends 'participant' | 'participant_matching'
  ? CaseTargetRows
  : K extends 'consent'
    ? CaseTargetRows & { consent: ConsentRow }
    : K extends 'enrolment'
      ? CaseTargetRows & { enrolment: EnrolmentRow }
      : K extends 'intervention'
        ? CaseTargetRows & { enrolment: EnrolmentRow; intervention: InterventionRow }
        : K extends 'journal_entry'
          ? CaseTargetRows & { enrolment: EnrolmentRow; journalEntry: JournalEntryRow }
          : K extends 'follow_up'
            ? CaseTargetRows & { enrolment: EnrolmentRow; followUp: FollowUpRow }
            : K extends 'intake'
              ? { participantId: string | null }
              : Record<never, never>;

type AuditDetails = Record<string, string | number | boolean | null>;

export interface WriteRecord {
  action: Exclude<AuditAction, 'read' | 'access_denied' | 'login' | 'logout'>;
  /** Defaults to the target's type and id. */
  entityType?: string;
  entityId?: string | null;
  /** Codes and ids only: never names or free text about a person. */
  details?: AuditDetails;
}

export type Access<K extends Kind> = Loaded<K> & {
  relationship: Relationship;
  grant: Grant;
  /** Appends the write's audit record inside the write's transaction (reason from the request). */
  record(tx: Db, entry: WriteRecord): Promise<void>;
};

export interface AccessRequest<K extends Kind> {
  actor: StaffActor;
  meta: RequestMeta;
  action: Action;
  target: TargetOf<K>;
  /** The use case, e.g. "participant.view": names the audit record. */
  reason: string;
  /** Extra codes for the read record (a list's filter, a search's kind). */
  details?: AuditDetails;
}

const AREA: Record<Kind, Area> = {
  participant: 'case',
  consent: 'case',
  enrolment: 'case',
  intervention: 'case',
  journal_entry: 'case',
  follow_up: 'case',
  caseload: 'caseload',
  intake: 'intake',
  employer: 'employer',
  recruitment_need: 'recruitment_need',
  shortlist: 'shortlist',
  candidates: 'matching.candidates',
  participant_matching: 'matching.participant',
  administration: 'administration',
  statistics: 'statistics',
};

function auditEntity(target: AccessTarget, loaded: { participantId?: string | null }) {
  switch (target.kind) {
    case 'participant':
    case 'participant_matching':
      return { entityType: 'participant', entityId: target.participantId };
    case 'consent':
      return { entityType: 'consent', entityId: target.consentId };
    case 'enrolment':
      return { entityType: 'enrolment', entityId: target.enrolmentId };
    case 'intervention':
      return { entityType: 'intervention', entityId: target.interventionId };
    case 'journal_entry':
      return { entityType: 'journal_entry', entityId: target.entryId };
    case 'follow_up':
      return { entityType: 'follow_up', entityId: target.followUpId };
    case 'caseload':
      return { entityType: target.entityType ?? 'participant', entityId: null };
    case 'intake':
      return { entityType: 'participant', entityId: loaded.participantId ?? null };
    case 'employer':
      return { entityType: 'employer', entityId: target.employerId ?? null };
    case 'recruitment_need':
      return { entityType: 'recruitment_need', entityId: target.needId ?? null };
    case 'shortlist':
      return { entityType: 'shortlist', entityId: target.needId ?? null };
    case 'candidates':
      return { entityType: 'participant_list', entityId: null };
    case 'administration':
      return { entityType: target.entityType, entityId: target.entityId ?? null };
    case 'statistics':
      return { entityType: target.entityType, entityId: target.unitId ?? null };
  }
}

/**
 * The one permission check every use case starts with, before it reads or writes anything:
 * decides from the policy table on the relationship found in the database, writes the read audit
 * record (for audited areas) or the access_denied record, and returns what it loaded with the
 * grant (which fields the actor sees) and a `record` for the write's own audit record.
 *
 * Throws HttpProblem: 403 when the role may never do this in the area (or the relationship allows
 * only reading), 404 when the target does not exist or is outside the actor's units — the same
 * 404 in both cases, so that existence is never confirmed.
 */
export function requireAccess<K extends Kind>(
  ctx: AppContext,
  request: AccessRequest<K>,
): Promise<Access<K>> {
  return decideAndAudit(ctx, request, () => load(ctx, request.actor, request.target));
}

/**
 * What a read of a person loads in one round trip: every period of the person (newest first: what
 * the decision needs) and what the use case will show. Undefined: no such person.
 */
export type ReadWith<W> = (
  db: Db,
  municipalityCode: string,
  participantId: string,
) => Promise<{ periods: EnrolmentRow[]; value: W } | undefined>;

/**
 * `requireAccess` for a read of a person whose data the use case loads together with the periods
 * the decision is made on, in one query (`read`): one round trip instead of two. The same decision,
 * the same audit record and the same 404; the use case gets `value` only when access is granted,
 * after the read's audit record (denied, it is dropped unseen).
 */
export async function requireAccessWith<W>(
  ctx: AppContext,
  request: AccessRequest<'participant'>,
  read: ReadWith<W>,
): Promise<Access<'participant'> & { value: W }> {
  let value: W | undefined;
  const access = await decideAndAudit(ctx, request, async () => {
    const found = await read(ctx.db, request.actor.municipalityCode, request.target.participantId);
    if (!found) return null;
    value = found.value;
    return caseRows(request.target.participantId, found.periods);
  });
  return { ...access, value: value as W };
}

async function decideAndAudit<K extends Kind>(
  ctx: AppContext,
  request: AccessRequest<K>,
  loadTarget: () => Promise<object | null>,
): Promise<Access<K>> {
  const { actor, meta, action, target, reason } = request;
  const area = AREA[target.kind];
  const placeholder = auditEntity(target, {});
  if (!roleMayEver(area, actor.role, action)) {
    await recordDenied(ctx, request, placeholder, `role:${actor.role}`);
    throw problems.forbidden(forbiddenMessages[area][action] ?? forbiddenMessages[area].read);
  }
  const loaded = await loadTarget();
  if (!loaded) throw problems.notFound();
  const relationship = relationshipOf(actor, target, loaded);
  const grant = decide(area, actor.role, relationship, action);
  const entity = auditEntity(target, loaded as { participantId?: string | null });
  if (!grant) {
    // A relationship the role has nothing for in this area is answered like no relationship.
    if (relationship === 'none' || !policy[area][actor.role]?.[relationship]) {
      await recordDenied(ctx, request, entity, 'outside_units');
      throw problems.notFound();
    }
    await recordDenied(ctx, request, entity, `relationship:${relationship}`);
    throw problems.forbidden(formerRelationshipMessage);
  }
  // A grant implies a relationship (decide() denies `none`).
  const granted = relationship as Relationship;
  if (action === 'read' && AUDITED_READ_AREAS.has(area)) {
    await ctx.audit.record(
      ctx.db,
      actor,
      {
        action: 'read',
        ...entity,
        reason,
        details: { ...grantDetails(grant, granted), ...request.details },
      },
      meta,
    );
  }
  return {
    ...(loaded as Loaded<K>),
    relationship: granted,
    grant,
    record: (tx, entry) =>
      ctx.audit.record(
        tx,
        actor,
        {
          action: entry.action,
          entityType: entry.entityType ?? entity.entityType,
          entityId: entry.entityId === undefined ? entity.entityId : entry.entityId,
          reason,
          ...(entry.details ? { details: entry.details } : {}),
        },
        meta,
      ),
  } as Access<K>;
}

/** Records and throws a denial decided on the data (e.g. a coach taking someone else's person). */
export async function denyAccess(
  ctx: AppContext,
  request: Omit<AccessRequest<Kind>, 'details'>,
  why: string,
  message: string,
): Promise<never> {
  await recordDenied(ctx, request, auditEntity(request.target, {}), why);
  throw problems.forbidden(message);
}

async function recordDenied(
  ctx: AppContext,
  request: Pick<AccessRequest<Kind>, 'actor' | 'meta' | 'reason'>,
  entity: { entityType: string; entityId: string | null },
  why: string,
) {
  await ctx.audit.record(
    ctx.db,
    request.actor,
    { action: 'access_denied', outcome: 'denied', ...entity, reason: request.reason, details: { why } },
    request.meta,
  );
}

function grantDetails(grant: Grant, relationship: Relationship): AuditDetails {
  const out: AuditDetails = { relationship };
  if (grant.caseFields) {
    out.adaptations = grant.caseFields.adaptations;
    out.contact = grant.caseFields.contact;
  }
  if (grant.names !== undefined) out.pseudonymised = !grant.names;
  return out;
}

async function load(ctx: AppContext, actor: StaffActor, target: AccessTarget): Promise<object | null> {
  const m = actor.municipalityCode;
  switch (target.kind) {
    case 'participant':
    case 'participant_matching':
      return caseRows(
        target.participantId,
        await accessRepository.periodsOfParticipant(ctx.db, m, target.participantId),
      );
    case 'consent': {
      const row = await accessRepository.consent(ctx.db, m, target.consentId);
      if (!row) return null;
      const rows = caseRows(
        row.participantId,
        await accessRepository.periodsOfParticipant(ctx.db, m, row.participantId),
      );
      return rows && { ...rows, consent: row };
    }
    case 'enrolment':
      return periodRows(
        target.enrolmentId,
        await accessRepository.periodsBesideEnrolment(ctx.db, m, target.enrolmentId),
      );
    case 'intervention': {
      const row = await accessRepository.intervention(ctx.db, m, target.interventionId);
      if (!row) return null;
      const rows = periodRows(
        row.enrolmentId,
        await accessRepository.periodsBesideEnrolment(ctx.db, m, row.enrolmentId),
      );
      return rows && { ...rows, intervention: row };
    }
    case 'journal_entry': {
      const row = await accessRepository.journalEntry(ctx.db, m, target.entryId);
      if (!row) return null;
      const rows = periodRows(
        row.enrolmentId,
        await accessRepository.periodsBesideEnrolment(ctx.db, m, row.enrolmentId),
      );
      return rows && { ...rows, journalEntry: row };
    }
    case 'follow_up': {
      const row = await accessRepository.followUp(ctx.db, m, target.followUpId);
      if (!row) return null;
      const rows = periodRows(
        row.enrolmentId,
        await accessRepository.periodsBesideEnrolment(ctx.db, m, row.enrolmentId),
      );
      return rows && { ...rows, followUp: row };
    }
    case 'intake':
      return {
        participantId: target.personnummer
          ? await accessRepository.participantIdByPersonnummer(ctx.db, m, target.personnummer)
          : null,
      };
    default:
      return {};
  }
}

function caseRows(participantId: string, periods: EnrolmentRow[]): CaseTargetRows | null {
  if (periods.length === 0) return null;
  const current = periods.find((p) => p.exitDate === null) ?? periods[0]!;
  return { participantId, periods, current };
}

function periodRows(enrolmentId: string, periods: EnrolmentRow[]) {
  const enrolment = periods.find((p) => p.id === enrolmentId);
  const rows = caseRows(enrolment?.participantId ?? '', periods);
  return enrolment && rows ? { ...rows, enrolment } : null;
}

function relationshipOf(actor: StaffActor, target: AccessTarget, loaded: object): Relationship | 'none' {
  const inUnits = (unitId: string) => actor.unitIds.includes(unitId);
  switch (target.kind) {
    case 'participant':
    case 'consent':
    case 'participant_matching': {
      const { current, periods } = loaded as CaseTargetRows;
      if (inUnits(current.unitId)) return 'current';
      return periods.some((p) => inUnits(p.unitId)) ? 'former' : 'none';
    }
    case 'enrolment':
    case 'intervention':
    case 'journal_entry':
    case 'follow_up': {
      const { current, enrolment } = loaded as CaseTargetRows & { enrolment: EnrolmentRow };
      if (!inUnits(enrolment.unitId)) return 'none';
      return inUnits(current.unitId) ? 'current' : 'former';
    }
    case 'caseload':
    case 'intake':
    case 'candidates':
      return 'unit';
    case 'statistics':
      return !target.unitId || inUnits(target.unitId) ? 'unit' : 'none';
    case 'employer':
    case 'recruitment_need':
    case 'shortlist':
    case 'administration':
      return 'municipality';
  }
}
