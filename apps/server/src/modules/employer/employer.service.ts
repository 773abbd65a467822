import { parseOrganisationsnummer } from '@arbetsbro/identity';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { RequestMeta, StaffActor } from '../auth/actor.ts';
import { invalid, staleVersion, today } from '../participant/case-access.ts';
import { isUniqueViolation } from '../participant/db-errors.ts';
import { mayUseEmployers } from '../participant/participant.policy.ts';
import type {
  EmployerCreateBody,
  EmployerPatchBody,
  EmployerView,
} from '../participant/participant.schemas.ts';
import { type EmployerRow, employerRepository } from './employer.repository.ts';

// Employers are organisation data (not case records): coaches, managers and liaisons work with
// them. Writes are audited like everything else.

async function requireEmployerRole(ctx: AppContext, actor: StaffActor, reason: string, meta: RequestMeta) {
  if (mayUseEmployers(actor)) return;
  await ctx.audit.record(
    ctx.db,
    actor,
    {
      action: 'access_denied',
      outcome: 'denied',
      entityType: 'employer',
      reason,
      details: { why: `role:${actor.role}` },
    },
    meta,
  );
  throw problems.forbidden('Din roll ger inte åtkomst till arbetsgivarregistret.');
}

export function presentEmployer(row: EmployerRow): EmployerView {
  return {
    id: row.id,
    version: row.version,
    name: row.name,
    organisationsnummer: row.organisationsnummer,
    municipality: row.municipality,
    address: row.address,
    postcode: row.postcode,
    industry: row.industry,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    contactEmail: row.contactEmail,
  };
}

/** Validates and normalises an organisation number (Luhn); a sole trader's is their personnummer. */
function normalizeOrgnr(ctx: AppContext, value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null || value.trim() === '')
    return value === undefined ? undefined : null;
  const parsed = parseOrganisationsnummer(value, { today: today(ctx) });
  if (!parsed.ok) throw invalid([{ path: 'organisationsnummer', message: parsed.error.message }]);
  return parsed.value.kind === 'legal_person' ? parsed.value.display : parsed.value.normalized;
}

function columns(body: Partial<EmployerCreateBody>) {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) if (v !== undefined && k !== 'organisationsnummer') out[k] = v;
  if (typeof out.postcode === 'string') out.postcode = (out.postcode as string).replace(' ', '');
  return out;
}

const duplicate = () => problems.conflict('Det finns redan en arbetsgivare med det organisationsnumret.');

export async function listEmployers(
  ctx: AppContext,
  actor: StaffActor,
  q: string | undefined,
  meta: RequestMeta,
) {
  await requireEmployerRole(ctx, actor, 'employer.list', meta);
  const rows = await employerRepository.list(ctx.db, actor.municipalityCode, q);
  return { items: rows.map(presentEmployer) };
}

export async function getEmployer(ctx: AppContext, actor: StaffActor, id: string, meta: RequestMeta) {
  await requireEmployerRole(ctx, actor, 'employer.view', meta);
  const row = await employerRepository.find(ctx.db, actor.municipalityCode, id);
  if (!row) throw problems.notFound();
  return presentEmployer(row);
}

export async function createEmployer(
  ctx: AppContext,
  actor: StaffActor,
  body: EmployerCreateBody,
  meta: RequestMeta,
) {
  await requireEmployerRole(ctx, actor, 'employer.create', meta);
  const organisationsnummer = normalizeOrgnr(ctx, body.organisationsnummer) ?? null;
  try {
    return await ctx.db.transaction(async (tx) => {
      const row = await employerRepository.insert(tx, {
        ...(columns(body) as { name: string }),
        organisationsnummer,
        municipalityCode: actor.municipalityCode,
      });
      await ctx.audit.record(
        tx,
        actor,
        { action: 'create', entityType: 'employer', entityId: row.id, reason: 'employer.create' },
        meta,
      );
      return presentEmployer(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate();
    throw error;
  }
}

export async function updateEmployer(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  body: EmployerPatchBody,
  meta: RequestMeta,
) {
  await requireEmployerRole(ctx, actor, 'employer.update', meta);
  if (!(await employerRepository.find(ctx.db, actor.municipalityCode, id))) throw problems.notFound();
  const { version, ...rest } = body;
  const organisationsnummer = normalizeOrgnr(ctx, rest.organisationsnummer);
  try {
    return await ctx.db.transaction(async (tx) => {
      const row = await employerRepository.update(
        tx,
        actor.municipalityCode,
        id,
        version,
        { ...columns(rest), ...(organisationsnummer !== undefined ? { organisationsnummer } : {}) },
        ctx.clock(),
      );
      if (!row) throw staleVersion('arbetsgivaren');
      await ctx.audit.record(
        tx,
        actor,
        {
          action: 'update',
          entityType: 'employer',
          entityId: id,
          reason: 'employer.update',
          details: { fields: Object.keys(rest).join(',') },
        },
        meta,
      );
      return presentEmployer(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate();
    throw error;
  }
}
