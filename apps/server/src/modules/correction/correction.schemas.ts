import { z } from '@hono/zod-openapi';
import { correctionSubjects } from '../../db/schema/index.ts';
import { StaffRef, text, Version } from '../../http/schemas.ts';

/** Why something entered wrongly is put right: kept with the correction for as long as the record. */
export const CorrectionReason = text(1000, 'Skriv varför uppgiften rättas.', { multiline: true });

export const CorrectionView = z
  .object({
    id: z.string().uuid(),
    /** What was corrected: exit, journal_entry, follow_up, intervention or identity (name, personnummer). */
    subject: z.enum(correctionSubjects),
    /** The corrected record's id (the period for an exit, the person for identity). */
    subjectId: z.string().uuid(),
    enrolmentId: z.string().uuid().nullable(),
    reason: z.string(),
    /** Every changed field with its value before and after. */
    changes: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })),
    correctedBy: StaffRef.nullable(),
    correctedAt: z.string().datetime(),
  })
  .openapi('Correction');
export type CorrectionView = z.infer<typeof CorrectionView>;
export const CorrectionListResponse = z.object({ items: z.array(CorrectionView) }).openapi('CorrectionList');

/** A person's name or personnummer entered wrongly (manager only). */
export const IdentityCorrectionBody = z
  .object({
    version: Version,
    firstName: text(100, 'Ange förnamn.').optional(),
    lastName: text(100, 'Ange efternamn.').optional(),
    personnummer: z.string().trim().max(20).optional(),
    reason: CorrectionReason,
  })
  .openapi('IdentityCorrectionBody');
export type IdentityCorrectionBody = z.infer<typeof IdentityCorrectionBody>;
