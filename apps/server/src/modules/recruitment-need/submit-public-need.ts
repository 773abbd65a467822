import { parseOrganisationsnummer } from '@arbetsbro/identity';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import { today } from '../case/index.ts';
import { outboxRepository } from '../outbox/index.ts';
import { consumeRateLimit, type RateLimit } from '../rate-limit/index.ts';
import { vocabularyCheck } from '../reference/index.ts';
import { recruitmentNeedRepository } from './recruitment-need.repository.ts';
import type { PublicNeedBody } from './recruitment-need.schemas.ts';

/** A few needs an hour from one address is plenty for an employer; more is a robot. */
export const SUBMIT_LIMIT: RateLimit = { bucket: 'public_need.submit', windowMs: 60 * 60_000, max: 5 };

/** A short reference the employer can quote when they call ("BEHOV-3F9A2C"). */
export function needReference(id: string) {
  return `BEHOV-${id.replace(/-/g, '').slice(0, 6).toUpperCase()}`;
}

/**
 * The public form ("Vill du rekrytera skräddarsydd kompetens?"): writes one need as *inkommen* for
 * a liaison to review, attached to the employer when the organisation number is known, and queues
 * a confirmation e-mail in the outbox in the same transaction. No login: a honeypot field, a rate
 * limit per client address and strict size limits (the schema) keep robots out; nothing else is
 * written. Audited without an actor.
 */
export async function submitPublicNeed(
  ctx: AppContext,
  {
    body,
    clientAddress,
    requestId,
  }: { body: PublicNeedBody; clientAddress: string; requestId: string | null },
) {
  // Robots fill in every field; people never see this one. Answer as if received, save nothing.
  if (body.website && body.website.trim() !== '')
    return {
      received: true as const,
      reference: needReference(crypto.randomUUID()),
      message: receivedMessage(),
    };
  const m = ctx.config.municipality.code;
  let organisationsnummer: string | null = null;
  if (body.organisationsnummer && body.organisationsnummer.trim() !== '') {
    const parsed = parseOrganisationsnummer(body.organisationsnummer, { today: today(ctx) });
    if (!parsed.ok) throw problems.invalid([{ path: 'organisationsnummer', message: parsed.error.message }]);
    organisationsnummer =
      parsed.value.kind === 'legal_person' ? parsed.value.display : parsed.value.normalized;
  }
  // Only well-formed submissions count towards the limit: a mistyped number costs nothing.
  const limit = await consumeRateLimit(ctx.db, SUBMIT_LIMIT, clientAddress, ctx.clock());
  if (!limit.allowed)
    throw problems.tooManyRequests(
      'Vi har tagit emot flera behov från er på kort tid. Vänta en stund, eller ring oss så hjälper vi till.',
      limit.retryAfterSeconds,
    );
  // Suggestions the employer kept must be real concepts; an unknown one is dropped, not an error.
  const check = vocabularyCheck(ctx);
  const known = (test: (v: string) => void, v: string) => {
    const before = check.errors.length;
    test(v);
    return check.errors.length === before;
  };
  const occupationId =
    body.occupationId && known((v) => check.occupation(v, 'o'), body.occupationId) ? body.occupationId : null;
  const skills = body.skills.filter((s) => known((v) => check.skill(v, 's'), s));
  const licences = body.licences.filter((l) => known((v) => check.credential(v, 'l'), l));
  const employer = organisationsnummer
    ? await recruitmentNeedRepository.employerByOrganisationsnummer(ctx.db, m, organisationsnummer)
    : undefined;
  const now = ctx.clock();
  const id = await ctx.db.transaction(async (tx) => {
    const row = await recruitmentNeedRepository.insert(tx, {
      municipalityCode: m,
      status: 'received',
      source: 'public_form',
      employerId: employer?.id ?? null,
      title: body.title ?? firstWords(body.description),
      description: body.description,
      occupationId,
      positions: body.positions,
      requiredSkills: skills,
      licences,
      municipality: body.municipality ?? null,
      startDate: body.startDate ?? null,
      extentPercent: body.extentPercent ?? null,
      liaisonId: employer?.liaisonId ?? null,
      submitter: {
        organisationName: body.organisationName,
        organisationsnummer,
        contactName: body.contactName,
        email: body.email,
        phone: body.phone ?? null,
      },
      createdAt: now,
      updatedAt: now,
    });
    await recruitmentNeedRepository.addEvent(tx, {
      municipalityCode: m,
      needId: row.id,
      at: now,
      kind: 'created',
      toStatus: 'received',
    });
    await outboxRepository.enqueue(tx, {
      municipalityCode: m,
      kind: 'recruitment_need.received',
      to: body.email,
      subject: `Vi har tagit emot ert rekryteringsbehov (${needReference(row.id)})`,
      text: confirmationText(ctx, body, needReference(row.id)),
    });
    await ctx.audit.record(
      tx,
      null,
      {
        action: 'create',
        entityType: 'recruitment_need',
        entityId: row.id,
        reason: 'recruitment_need.public_form',
        details: { knownEmployer: Boolean(employer) },
      },
      { requestId },
    );
    return row.id;
  });
  return { received: true as const, reference: needReference(id), message: receivedMessage() };
}

function receivedMessage() {
  // The page's heading already thanks them: the message says what happens next.
  return 'En företagskontakt hör av sig inom två arbetsdagar. En bekräftelse har skickats till er e-post.';
}

function firstWords(text: string) {
  const line = text.split(/\n/)[0]!.trim();
  return line.length <= 80 ? line : `${line.slice(0, 77).replace(/\s+\S*$/, '')}…`;
}

function confirmationText(ctx: AppContext, body: PublicNeedBody, reference: string) {
  return [
    `Hej ${body.contactName}!`,
    '',
    `Tack för att ni berättat om ert rekryteringsbehov. Vi har tagit emot det med referens ${reference}.`,
    'En företagskontakt på arbetsmarknadsenheten hör av sig inom två arbetsdagar för att gå igenom behovet',
    'och hur vi kan matcha det med rätt kompetens – genom praktik, utbildning eller ett jobbspår.',
    '',
    'Det ni skrev:',
    body.description,
    '',
    `Vänliga hälsningar`,
    `Arbetsmarknadsenheten, ${ctx.config.municipality.name} kommun`,
  ].join('\n');
}
