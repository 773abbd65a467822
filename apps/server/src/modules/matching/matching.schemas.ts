import { z } from '@hono/zod-openapi';

// A recruitment need as a plain value (the issue-5 JSON contract). Until the employer side stores
// needs, screens and integrations send them with the query.

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ange datum som ÅÅÅÅ-MM-DD.');

export const RecruitmentNeedInput = z
  .object({
    id: z.string().trim().min(1).max(100),
    occupation: z.string().min(1, 'Ange yrke.'),
    requiredSkills: z.array(z.string()).max(100).default([]),
    meritSkills: z.array(z.string()).max(100).default([]),
    licences: z.array(z.string()).max(30).default([]),
    languages: z
      .array(z.object({ code: z.string(), level: z.string() }))
      .max(10)
      .default([]),
    municipality: z
      .string()
      .regex(/^\d{4}$/, 'Kommunkod ska vara fyra siffror.')
      .optional(),
    positions: z.number().int().min(1).max(1000).default(1),
    startDate: isoDate.optional(),
    extentPercent: z.number().int().min(1).max(100).optional(),
    shifts: z.array(z.enum(['day', 'evening', 'night'])).optional(),
    weekends: z.boolean().optional(),
    requiresCar: z.boolean().optional(),
    adaptationsAccepted: z.array(z.string()).max(30).optional(),
    minExperienceYears: z.number().min(0).max(50).optional(),
  })
  .openapi('RecruitmentNeedInput');
export type RecruitmentNeedInput = z.infer<typeof RecruitmentNeedInput>;

const Factor = z.object({
  factor: z.string(),
  contribution: z.number(),
  max: z.number(),
  explanation: z.string(),
});
const Blocker = z.object({ code: z.string(), message: z.string() });
const Gap = z.object({
  requirement: z.record(z.string(), z.unknown()),
  description: z.string(),
  closedBy: z.object({ trainingId: z.string(), label: z.string(), weeks: z.number() }).optional(),
});

export const CandidateMatch = z
  .object({
    participantId: z.string().uuid(),
    /** Name for coaches and managers of the person's unit; a stable pseudonym for liaisons. */
    displayName: z.string(),
    pseudonymised: z.boolean(),
    score: z.number(),
    factors: z.array(Factor),
    blockers: z.array(Blocker),
    gaps: z.array(Gap),
    readyInWeeks: z.number(),
    /** Straight-line km between the municipalities; null when unknown. */
    commuteKm: z.number().nullable(),
    /** The unit of the person's open enrolment. */
    unitId: z.string().uuid(),
    /** The person's coach, for those who see names; null otherwise or when unassigned. */
    coachId: z.string().uuid().nullable(),
  })
  .openapi('CandidateMatch');

export const CandidatesBody = z
  .object({
    /** A stored recruitment need (open or with candidates presented)… */
    needId: z.string().uuid('Ogiltigt id.').optional(),
    /** …or a need sent as a value (integrations, what-if questions). */
    need: RecruitmentNeedInput.optional(),
    top: z.number().int().min(1).max(200).default(20),
    /** Only people of this unit (one of yours). */
    unitId: z.string().uuid('Ogiltigt id.').optional(),
    /** Only this coach's people. */
    coachId: z.string().uuid('Ogiltigt id.').optional(),
    /** Only my own people (a coach's caseload). */
    mine: z.boolean().optional(),
    /** At most this far (km, straight line between municipalities). */
    maxCommuteKm: z.number().min(0).max(1000).optional(),
    /** Ready now or within this many weeks of training. */
    readyWithinWeeks: z.number().int().min(0).max(104).optional(),
  })
  .refine((b) => (b.needId === undefined) !== (b.need === undefined), {
    message: 'Ange antingen needId (ett sparat behov) eller need (ett behov som värde).',
    path: ['needId'],
  })
  .openapi('CandidatesQuery');
export const CandidatesResponse = z
  .object({ needId: z.string(), indexed: z.number().int(), candidates: z.array(CandidateMatch) })
  .openapi('Candidates');

export const NeedsForParticipantBody = z
  .object({
    needs: z.array(RecruitmentNeedInput).min(1).max(500),
    top: z.number().int().min(1).max(200).default(20),
  })
  .openapi('NeedsForParticipantQuery');
export const NeedMatch = z
  .object({
    needId: z.string(),
    score: z.number(),
    factors: z.array(Factor),
    blockers: z.array(Blocker),
    gaps: z.array(Gap),
    readyInWeeks: z.number(),
  })
  .openapi('NeedMatch');
export const NeedsForParticipantResponse = z.object({
  participantId: z.string().uuid(),
  needs: z.array(NeedMatch),
});

export const AlternativesResponse = z.object({
  participantId: z.string().uuid(),
  alternatives: z.array(
    z.object({
      occupationId: z.string(),
      label: z.string(),
      score: z.number(),
      substitutability: z.number(),
      sameGroup: z.boolean(),
      skillCoverage: z.number(),
      missingSkills: z.array(
        z.object({
          skillId: z.string(),
          label: z.string(),
          closedBy: z.object({ trainingId: z.string(), weeks: z.number() }).optional(),
        }),
      ),
    }),
  ),
});

export const ParticipantIdParam = z.object({ participantId: z.string().uuid('Ogiltigt deltagar-id.') });
