import { z } from '@hono/zod-openapi';

export const SearchQuery = z.object({
  q: z
    .string()
    .max(100, 'Söktexten får vara högst 100 tecken.')
    .openapi({ param: { name: 'q', in: 'query' }, example: 'underskot' }),
  kind: z
    .enum(['occupation', 'skill', 'all'])
    .default('all')
    .openapi({ param: { name: 'kind', in: 'query' }, description: 'Yrken, kompetenser eller allt' }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(50)
    .default(10)
    .openapi({ param: { name: 'limit', in: 'query' } }),
});

export const ConceptKind = z.enum(['occupation', 'skill', 'ssyk', 'credential', 'language']);

export const SearchResult = z
  .object({
    id: z.string().openapi({ description: 'Begrepps-id (JobTech), för en behörighet dess kod' }),
    label: z.string(),
    kind: ConceptKind,
    ssykCode: z.string().nullable(),
    matchedSynonym: z.string().nullable().openapi({ description: 'Synonymen som träffade, om inte namnet' }),
  })
  .openapi('TaxonomySearchResult');

export const SearchResponse = z
  .object({ results: z.array(SearchResult), taxonomyVersion: z.string() })
  .openapi('TaxonomySearchResponse');

export const ConceptParams = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'local:occupation:lagerarbetare' }),
});

const ConceptRef = z.object({ id: z.string(), label: z.string() });
const SsykRef = ConceptRef.extend({ code: z.string(), level: z.number().int() });

export const ConceptResponse = z
  .object({
    requestedId: z.string(),
    /** The concept to use today, after following replaced_by. */
    id: z.string(),
    replaced: z.boolean().openapi({ description: 'Sant om begreppet har ersatts av ett annat' }),
    deprecated: z.boolean().openapi({ description: 'Sant om begreppet inte längre finns i taxonomin' }),
    kind: ConceptKind,
    label: z.string(),
    ssyk: SsykRef.nullable().openapi({ description: 'Yrkets SSYK-4-grupp; för en SSYK-grupp gruppen själv' }),
    definition: z.string().nullable(),
    noEducationRequired: z.boolean().nullable(),
    /** Occupation: the skills typical for its SSYK-4 group. */
    skills: z.array(ConceptRef),
    /** Occupation: occupations whose holders can fill it (JobTech substitutability). */
    substitutes: z.array(ConceptRef.extend({ percent: z.number().int() })),
  })
  .openapi('TaxonomyConcept');

export const CredentialSchema = z
  .object({
    code: z.string(),
    label: z.string(),
    kind: z.enum(['driving_licence', 'certificate']),
    implies: z.array(z.string()),
  })
  .openapi('Credential');

export const LanguageLevelSchema = z
  .object({
    code: z.string(),
    label: z.string(),
    scale: z.enum(['sfi', 'sas', 'cefr']),
    rank: z.number(),
  })
  .openapi('LanguageLevel');

export const CredentialsResponse = z
  .object({ credentials: z.array(CredentialSchema) })
  .openapi('Credentials');
export const LanguageLevelsResponse = z
  .object({ languageLevels: z.array(LanguageLevelSchema) })
  .openapi('LanguageLevels');

export const ReferenceVersionResponse = z
  .object({
    taxonomy: z.object({
      version: z.string(),
      source: z.enum(['jobtech', 'default']),
      sourceDate: z.string().nullable(),
      importedAt: z.string().nullable(),
      counts: z.record(z.string(), z.number()),
    }),
    geography: z.object({
      source: z.enum(['csv', 'default']),
      municipalities: z.number().int(),
      postalCodes: z.number().int(),
    }),
    kolada: z.object({ kpis: z.number().int(), groups: z.number().int(), values: z.number().int() }),
  })
  .openapi('ReferenceVersion');
