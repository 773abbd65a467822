import { z } from '@hono/zod-openapi';
import { and, eq, sql } from 'drizzle-orm';
import { requireAccess } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { placement, recruitmentNeed, recruitmentNeedEvent } from '../../db/schema/index.ts';
import { problems } from '../../http/problem.ts';
import { IsoDate, Uuid } from '../../http/schemas.ts';
import type { Caller } from '../auth/index.ts';
import { enrolmentRepository, today } from '../case/index.ts';
import { employerRepository } from '../employer/index.ts';
import { writeExit } from '../exit/index.ts';
import { followUpRepository } from '../follow-up/index.ts';

// A placement (anställning): the participant hired by an employer — through a need (the employer's
// "anställd" on the link, or staff) or made outside the system and registered afterwards, with the
// same effects: the period ends in Kolada's "work" with the one-month check, follow-ups with both
// sides after a week, three and six months, and the need's position closed.

export const PlacementBody = z
  .object({
    participantId: Uuid,
    employerId: Uuid,
    needId: Uuid.nullable().optional(),
    kind: z.enum(['unsubsidised', 'subsidised', 'municipal_labour_market'], {
      message: 'Välj typ av anställning.',
    }),
    startDate: IsoDate,
    employmentForm: z
      .enum(['permanent', 'fixed_term', 'probationary', 'hourly', 'seasonal'])
      .nullable()
      .optional(),
    /** Made outside the system and registered afterwards. */
    outside: z.boolean().default(false),
  })
  .openapi('PlacementBody');
export type PlacementBody = z.infer<typeof PlacementBody>;

export const PlacementView = z
  .object({
    id: z.string().uuid(),
    participantId: z.string().uuid(),
    enrolmentId: z.string().uuid(),
    employerId: z.string().uuid(),
    needId: z.string().uuid().nullable(),
    kind: z.string(),
    startDate: IsoDate,
    /** The follow-ups scheduled (dates): a week, the one-month check, three and six months. */
    followUps: z.array(z.object({ dueDate: IsoDate, kind: z.string(), purpose: z.string() })),
  })
  .openapi('Placement');

const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const addMonths = (iso: string, months: number) => {
  const [y, m, day] = iso.split('-').map(Number) as [number, number, number];
  const d = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.toISOString().slice(0, 10);
};

/**
 * Writes a placement inside `tx`: the period's exit to work (with its one-month verification),
 * the other follow-ups, and the need's position. Throws 409 when the person has no open period.
 */
export async function writePlacement(
  tx: Db,
  input: {
    ctx: AppContext;
    municipalityCode: string;
    actorId: string | null;
    participantId: string;
    employerId: string;
    needId: string | null;
    kind: 'unsubsidised' | 'subsidised' | 'municipal_labour_market';
    startDate: string;
    employmentForm: string | null;
    source: 'employer_link' | 'staff' | 'outside';
    occupationId: string | null;
  },
) {
  const { ctx, municipalityCode: m } = input;
  const open = await enrolmentRepository.findOpen(tx, m, input.participantId);
  if (!open)
    throw problems.conflict(
      'Deltagaren har ingen pågående inskrivning. Anställningen kan inte registreras här.',
    );
  if (input.startDate < open.enrolledAt)
    throw problems.invalid([
      { path: 'startDate', message: 'Anställningen kan inte börja före inskrivningen.' },
    ]);
  const employer = await employerRepository.find(tx, m, input.employerId);
  if (!employer) throw problems.invalid([{ path: 'employerId', message: 'Arbetsgivaren finns inte.' }]);
  const todayIso = today(ctx);
  const [row] = await tx
    .insert(placement)
    .values({
      municipalityCode: m,
      participantId: input.participantId,
      enrolmentId: open.id,
      employerId: input.employerId,
      needId: input.needId,
      kind: input.kind,
      startDate: input.startDate,
      employmentForm: input.employmentForm,
      source: input.source,
      createdById: input.actorId,
    })
    .returning();
  // The period ends in work on the day the job starts (today, if it starts later).
  await writeExit(tx, {
    ctx,
    municipalityCode: m,
    actorId: input.actorId,
    enrolmentId: open.id,
    employerName: employer.name,
    body: {
      version: open.version,
      date: input.startDate < todayIso ? input.startDate : todayIso,
      category: 'work',
      employment: {
        kind: input.kind,
        startDate: input.startDate,
        employerId: input.employerId,
        occupationId: input.occupationId,
      },
    },
  });
  const followUps = [
    {
      dueDate: addDays(input.startDate, 7),
      purpose: 'Uppföljning efter första veckan på jobbet, med deltagaren och arbetsgivaren.',
    },
    {
      dueDate: addMonths(input.startDate, 3),
      purpose: 'Uppföljning efter tre månader: håller anställningen?',
    },
    {
      dueDate: addMonths(input.startDate, 6),
      purpose: 'Uppföljning efter sex månader: håller anställningen?',
    },
  ];
  for (const f of followUps)
    await followUpRepository.insert(tx, {
      municipalityCode: m,
      enrolmentId: open.id,
      kind: 'regular',
      with: 'both',
      dueDate: f.dueDate,
      employerId: input.employerId,
      purpose: f.purpose,
      createdAt: ctx.clock(),
      createdById: input.actorId,
    });
  if (input.needId) await closePositionIfFilled(tx, m, input.needId, input.actorId, ctx.clock());
  const scheduled = await followUpRepository.listForEnrolment(tx, m, open.id);
  return {
    id: row!.id,
    participantId: input.participantId,
    enrolmentId: open.id,
    employerId: input.employerId,
    needId: input.needId,
    kind: input.kind,
    startDate: input.startDate,
    followUps: scheduled
      .filter((f) => f.followUp.dueDate >= input.startDate && f.followUp.doneAt === null)
      .map((f) => ({
        dueDate: f.followUp.dueDate,
        kind: f.followUp.kind,
        purpose: f.followUp.purpose ?? '',
      })),
  };
}

/** When the need's placements reach its positions, it is filled through us. */
async function closePositionIfFilled(tx: Db, m: string, needId: string, actorId: string | null, now: Date) {
  const [need] = await tx
    .select()
    .from(recruitmentNeed)
    .where(and(eq(recruitmentNeed.municipalityCode, m), eq(recruitmentNeed.id, needId)));
  if (!need || need.status === 'filled' || need.status === 'closed') return;
  const [count] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(placement)
    .where(and(eq(placement.municipalityCode, m), eq(placement.needId, needId)));
  if ((count?.n ?? 0) < need.positions) return;
  await tx
    .update(recruitmentNeed)
    .set({
      status: 'filled',
      closingReason: 'filled_through_us',
      updatedAt: now,
      version: sql`${recruitmentNeed.version} + 1`,
    })
    .where(and(eq(recruitmentNeed.municipalityCode, m), eq(recruitmentNeed.id, needId)));
  await tx.insert(recruitmentNeedEvent).values({
    municipalityCode: m,
    needId,
    at: now,
    staffId: actorId,
    kind: 'status',
    fromStatus: need.status,
    toStatus: 'filled',
    reason: 'filled_through_us',
  });
}

/** Staff register a placement (through a need, or made outside the system) for a person in their unit. */
export async function registerPlacement(
  ctx: AppContext,
  { actor, meta, body }: Caller & { body: PlacementBody },
) {
  const access = await requireAccess(ctx, {
    actor,
    meta,
    action: 'write',
    target: { kind: 'participant', participantId: body.participantId },
    reason: 'placement.register',
  });
  const m = actor.municipalityCode;
  let occupationId: string | null = null;
  if (body.needId) {
    const [need] = await ctx.db
      .select()
      .from(recruitmentNeed)
      .where(and(eq(recruitmentNeed.municipalityCode, m), eq(recruitmentNeed.id, body.needId)));
    if (!need || need.employerId !== body.employerId)
      throw problems.invalid([
        { path: 'needId', message: 'Behovet finns inte eller hör till en annan arbetsgivare.' },
      ]);
    occupationId = need.occupationId;
  }
  return ctx.db.transaction(async (tx) => {
    const result = await writePlacement(tx, {
      ctx,
      municipalityCode: m,
      actorId: actor.id,
      participantId: body.participantId,
      employerId: body.employerId,
      needId: body.needId ?? null,
      kind: body.kind,
      startDate: body.startDate,
      employmentForm: body.employmentForm ?? null,
      source: body.outside ? 'outside' : 'staff',
      occupationId,
    });
    await access.record(tx, {
      action: 'create',
      entityType: 'placement',
      entityId: result.id,
      details: { needId: body.needId ?? null, kind: body.kind },
    });
    return result;
  });
}
