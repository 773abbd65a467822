import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import { enrolmentRepository } from '../case/index.ts';
import { notify } from '../notification/index.ts';
import { writePlacement } from '../placement/index.ts';
import { recruitmentNeedRepository } from '../recruitment-need/index.ts';
import { hashLinkToken } from './presentation.ts';
import { shortlistRepository } from './shortlist.repository.ts';
import type { EmployerAnswerBody } from './shortlist.schemas.ts';

// The employer's page behind the link (no login). It shows exactly the consented fields of each
// candidate and nothing else; nothing after withdrawal, expiry or revocation; never a person with
// protected personal data. Every view and answer is audited (without an actor).

const GONE =
  'Länken är inte giltig längre. Kontakta företagskontakten på arbetsmarknadsenheten om ni vill se kandidaterna.';

async function openLink(ctx: AppContext, token: string) {
  const p = await shortlistRepository.presentationByToken(ctx.db, hashLinkToken(token));
  // Unknown, expired and revoked tokens get the same answer: a link is either valid or not.
  if (!p || p.revokedAt || p.expiresAt <= ctx.clock()) throw problems.notFound(GONE);
  return p;
}

type Labels = { concept(id: string): string; credential(code: string): string };

/** The employer's view of the presentation (audited). */
export async function viewEmployerLink(
  ctx: AppContext,
  { token, labels, requestId }: { token: string; labels: Labels; requestId: string | null },
) {
  const p = await openLink(ctx, token);
  const m = p.municipalityCode;
  const need = await recruitmentNeedRepository.find(ctx.db, m, p.needId);
  const candidates = await shortlistRepository.candidatesOf(ctx.db, m, p.id);
  const consents = await shortlistRepository.activeConsents(
    ctx.db,
    m,
    p.needId,
    candidates.map((c) => c.participantId),
  );
  const shown = [];
  let number = 0;
  for (const c of candidates) {
    number++;
    const consent = consents.find((x) => x.id === c.consentId);
    if (!consent) continue; // withdrawn: nothing of the person any more
    const person = await shortlistRepository.participant(ctx.db, m, c.participantId);
    if (!person || person.protectedIdentity) continue;
    const fields = new Set(consent.fields);
    shown.push({
      key: c.id,
      displayName: fields.has('name') ? `${person.firstName} ${person.lastName}` : `Kandidat ${number}`,
      contact: fields.has('contact') ? { phone: person.phone, email: person.email } : null,
      profile: fields.has('profile')
        ? {
            occupations: person.profile.occupations.map((o) => ({
              label: labels.concept(o.id),
              years: o.years,
            })),
            skills: person.profile.skills.map((s) => labels.concept(s)),
            licences: person.profile.licences.map((l) => labels.credential(l)),
            languages: person.profile.languages.map((l) => `${l.code} (${l.level})`),
          }
        : null,
      answer: c.answer,
    });
  }
  await ctx.db.transaction(async (tx) => {
    await shortlistRepository.touchPresentation(tx, m, p.id, ctx.clock());
    await ctx.audit.record(
      tx,
      null,
      {
        action: 'read',
        entityType: 'presentation',
        entityId: p.id,
        reason: 'presentation.employer_view',
        details: { shown: shown.length },
      },
      { requestId },
    );
  });
  return {
    employerName: need?.employerName ?? '',
    needTitle: need?.need.title ?? '',
    expiresAt: p.expiresAt.toISOString(),
    candidates: shown,
  };
}

const STATUS_OF: Record<EmployerAnswerBody['answer'], 'interview' | 'not_relevant' | 'hired'> = {
  interview_yes: 'interview',
  interview_no: 'not_relevant',
  hired: 'hired',
  not_relevant: 'not_relevant',
};

/**
 * The employer answers for one candidate: interview yes/no, hired (start date, form of
 * employment: the placement is made), or not relevant (a reason and free text). The answer flows
 * into the shortlist and the person's timeline, and their coach is told.
 */
export async function answerEmployerLink(
  ctx: AppContext,
  {
    token,
    body,
    labels,
    requestId,
  }: { token: string; body: EmployerAnswerBody; labels: Labels; requestId: string | null },
) {
  const p = await openLink(ctx, token);
  const m = p.municipalityCode;
  const candidates = await shortlistRepository.candidatesOf(ctx.db, m, p.id);
  const c = candidates.find((x) => x.id === body.candidateKey);
  const [consent] = c ? await shortlistRepository.activeConsents(ctx.db, m, p.needId, [c.participantId]) : [];
  if (!c || !consent || consent.id !== c.consentId)
    throw problems.notFound('Kandidaten finns inte i den här presentationen.');
  if (body.answer === 'hired' && !body.startDate)
    throw problems.invalid([{ path: 'startDate', message: 'Ange när anställningen börjar.' }]);
  if (body.answer === 'not_relevant' && !body.reason)
    throw problems.invalid([{ path: 'reason', message: 'Välj varför kandidaten inte är aktuell.' }]);
  const need = await recruitmentNeedRepository.find(ctx.db, m, p.needId);
  const entry = await shortlistRepository.findEntry(ctx.db, m, c.entryId);
  if (!need || !entry) throw problems.notFound();
  // A hire has made a placement and an exit to work: a later answer through the link would leave
  // them standing under another status. Changing it is the liaison's (who can undo the placement).
  if (entry.status === 'hired' || c.answer === 'hired')
    throw problems.conflict(
      'Anställningen är redan registrerad. Kontakta företagskontakten om något har ändrats.',
    );
  const now = ctx.clock();
  await ctx.db.transaction(async (tx) => {
    await shortlistRepository.updateCandidate(tx, m, c.id, {
      answer: body.answer,
      answerReason: body.reason ?? null,
      answerNote: body.note ?? null,
      hiredStartDate: body.startDate ?? null,
      hiredEmploymentKind: body.employmentKind ?? null,
      answeredAt: now,
    });
    const to = STATUS_OF[body.answer];
    if (entry.status !== to) {
      const updated = await shortlistRepository.updateEntry(
        tx,
        m,
        entry.id,
        entry.version,
        { status: to },
        now,
      );
      if (!updated) throw problems.conflict('Kandidatlistan ändrades just. Försök igen.');
      await shortlistRepository.addEvent(tx, {
        municipalityCode: m,
        entryId: entry.id,
        at: now,
        byEmployer: 'link',
        fromStatus: entry.status,
        toStatus: to,
        reason: [body.reason, body.note].filter(Boolean).join(': ') || null,
      });
    }
    if (body.answer === 'hired')
      await writePlacement(tx, {
        ctx,
        municipalityCode: m,
        actorId: null,
        participantId: c.participantId,
        employerId: p.employerId,
        needId: p.needId,
        kind: body.employmentKind ?? 'unsubsidised',
        startDate: body.startDate!,
        employmentForm: body.employmentForm ?? null,
        source: 'employer_link',
        occupationId: need.need.occupationId,
      });
    const open = await shortlistRepository.openEnrolment(tx, m, c.participantId);
    const coachId = open?.coachId ?? (await lastCoach(tx, m, c.participantId));
    await notify(tx, {
      municipalityCode: m,
      staffId: coachId,
      kind: `presentation.${body.answer}`,
      text: `Arbetsgivaren har svarat om en av dina deltagare för "${need.need.title}": ${ANSWER_TEXT[body.answer]}.`,
      link: `/behov/${p.needId}`,
    });
    await ctx.audit.record(
      tx,
      null,
      {
        action: 'update',
        entityType: 'presentation',
        entityId: p.id,
        reason: 'presentation.employer_answer',
        details: { answer: body.answer },
      },
      { requestId },
    );
  });
  return viewEmployerLink(ctx, { token, labels, requestId });
}

const ANSWER_TEXT: Record<EmployerAnswerBody['answer'], string> = {
  interview_yes: 'vill träffa för intervju',
  interview_no: 'ingen intervju',
  hired: 'anställd',
  not_relevant: 'inte aktuell',
};

async function lastCoach(
  db: Parameters<typeof shortlistRepository.openEnrolment>[0],
  m: string,
  participantId: string,
) {
  const periods = await enrolmentRepository.listForParticipant(db, m, participantId);
  return periods[0]?.enrolment.coachId ?? null;
}
