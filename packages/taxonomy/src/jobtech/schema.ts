// Zod schemas for the JobTech Taxonomy export files (`{"data":{"concepts":[…]}}`, the shape the
// Taxonomy API returns). Unknown fields are ignored so that newer exports still load; what we
// rely on is required.
import { z } from 'zod';

const id = z.string().min(1);
const label = z.string().min(1);

/** Present on concepts that JobTech has retired; `replaced_by` points to the successor(s). */
const retirement = {
  deprecated: z.boolean().optional(),
  replaced_by: z.array(z.object({ id })).nullish(),
};

export const conceptRef = z.object({ id, preferred_label: label, type: z.string(), ...retirement });

const occupationRef = conceptRef.extend({ type: z.literal('occupation-name') });
const skillRef = conceptRef.extend({ type: z.literal('skill') });
const ssykCode = (digits: number) =>
  z.string().regex(new RegExp(`^\\d{${digits}}$`), `expected a ${digits}-digit SSYK 2012 code`);

const ssyk4Base = {
  id,
  preferred_label: label,
  type: z.literal('ssyk-level-4'),
  definition: z.string().nullish(),
  ...retirement,
};

/** Wraps a concepts schema in the export envelope. */
export const envelope = <T extends z.ZodType>(concept: T) =>
  z.object({ data: z.object({ concepts: z.array(concept) }) });

export const ssykHierarchyFile = envelope(
  z.object({
    id,
    preferred_label: label,
    type: z.literal('ssyk-level-1'),
    ssyk_code_2012: ssykCode(1),
    narrower: z.array(
      z.object({
        id,
        preferred_label: label,
        type: z.literal('ssyk-level-2'),
        ssyk_code_2012: ssykCode(2),
        narrower: z.array(
          z.object({
            id,
            preferred_label: label,
            type: z.literal('ssyk-level-3'),
            ssyk_code_2012: ssykCode(3),
            narrower: z.array(
              z.object({
                ...ssyk4Base,
                ssyk_code_2012: ssykCode(4),
                narrower: z.array(occupationRef).default([]),
              }),
            ),
          }),
        ),
      }),
    ),
  }),
);

export const ssyk4GroupsFile = envelope(z.object({ ...ssyk4Base, ssyk_code_2012: ssykCode(4) }));

export const ssyk4WithOccupationsFile = envelope(
  z.object({ ...ssyk4Base, ssyk_code_2012: ssykCode(4), narrower: z.array(occupationRef) }),
);

export const ssyk4WithSkillsFile = envelope(z.object({ ...ssyk4Base, related: z.array(skillRef) }));

const iscoCode = z.string().regex(/^\d{4}$/, 'expected a 4-digit ISCO-08 code');

export const ssyk4WithIscoFile = envelope(
  z.object({
    ...ssyk4Base,
    ssyk_code_2012: ssykCode(4),
    related: z.array(
      z.object({ id, preferred_label: label, type: z.literal('isco-level-4'), isco_code_08: iscoCode }),
    ),
  }),
);

export const iscoGroupsFile = envelope(
  z.object({
    id,
    preferred_label: label,
    type: z.literal('isco-level-4'),
    isco_code_08: iscoCode,
    definition: z.string().nullish(),
  }),
);

export const skillsFile = envelope(
  z.object({ id, preferred_label: label, type: z.literal('skill'), ...retirement }),
);

export const languagesFile = envelope(
  z.object({
    id,
    preferred_label: label,
    type: z.literal('language'),
    iso_639_1_2002: z.string().nullish(),
    iso_639_2_1998: z.string().nullish(),
    iso_639_3_2007: z.string().nullish(),
    ...retirement,
  }),
);

const substitutabilityRef = occupationRef.extend({ substitutability_percentage: z.number().min(0).max(100) });

export const substitutabilityFile = envelope(
  z.object({
    id,
    preferred_label: label,
    type: z.literal('occupation-name'),
    substituted_by: z.array(substitutabilityRef).default([]),
    substitutes: z.array(substitutabilityRef).default([]),
  }),
);

export const occupationCollectionFile = envelope(
  z.object({
    id,
    preferred_label: label,
    type: z.literal('occupation-collection'),
    related: z.array(occupationRef),
  }),
);
