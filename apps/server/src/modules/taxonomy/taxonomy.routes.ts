import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import { createRouter, requireActor } from '../../http/env.ts';
import { problemResponses } from '../../http/schemas.ts';
import { getConcept, listCredentials, listLanguageLevels } from './get-concept.ts';
import { getReferenceVersion } from './reference-version.ts';
import {
  ConceptParams,
  ConceptResponse,
  CredentialsResponse,
  LanguageLevelsResponse,
  ReferenceVersionResponse,
  SearchQuery,
  SearchResponse,
} from './taxonomy.schemas.ts';
import { searchTaxonomy } from './taxonomy-search.service.ts';

const security = [{ session: [] }];

/** /api/taxonomy: occupation and skill search, concept lookup. */
export function taxonomyRoutes(ctx: AppContext) {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'get',
      path: '/search',
      tags: ['Referensdata'],
      summary: 'Sök yrken och kompetenser medan man skriver',
      description:
        'Prefix- och stavfelstolerant, okänslig för å/ä/ö. Söktexten handlar om yrken, inte om personer.',
      security,
      request: { query: SearchQuery },
      responses: {
        200: {
          description: 'Träffar, bäst först',
          content: { 'application/json': { schema: SearchResponse } },
        },
        ...problemResponses(400, 401),
      },
    }),
    (c) => c.json(searchTaxonomy(ctx, { actor: requireActor(c), ...c.req.valid('query') }), 200),
  );

  router.openapi(
    createRoute({
      method: 'get',
      path: '/concepts/{id}',
      tags: ['Referensdata'],
      summary: 'Ett begrepp (yrke, kompetens, SSYK-grupp, språk); ersatta begrepp följs till dagens',
      security,
      request: { params: ConceptParams },
      responses: {
        200: { description: 'Begreppet', content: { 'application/json': { schema: ConceptResponse } } },
        ...problemResponses(401, 404),
      },
    }),
    (c) => c.json(getConcept(ctx, { actor: requireActor(c), ...c.req.valid('param') }), 200),
  );

  return router;
}

/** /api/reference: credentials, language levels and the version of the vocabulary in force. */
export function referenceTaxonomyRoutes(ctx: AppContext) {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'get',
      path: '/credentials',
      tags: ['Referensdata'],
      summary: 'Körkort och certifikat som ett rekryteringsbehov kan kräva',
      security,
      responses: {
        200: {
          description: 'Behörigheter',
          content: { 'application/json': { schema: CredentialsResponse } },
        },
        ...problemResponses(401),
      },
    }),
    (c) => c.json({ credentials: listCredentials(ctx, { actor: requireActor(c) }) }, 200),
  );

  router.openapi(
    createRoute({
      method: 'get',
      path: '/language-levels',
      tags: ['Referensdata'],
      summary: 'Språknivåer: SFI A–D, svenska som andraspråk, CEFR A1–C2',
      security,
      responses: {
        200: {
          description: 'Språknivåer per skala, lägst först',
          content: { 'application/json': { schema: LanguageLevelsResponse } },
        },
        ...problemResponses(401),
      },
    }),
    (c) => c.json({ languageLevels: listLanguageLevels(ctx, { actor: requireActor(c) }) }, 200),
  );

  router.openapi(
    createRoute({
      method: 'get',
      path: '/version',
      tags: ['Referensdata'],
      summary: 'Vilken version av referensdata som gäller',
      security,
      responses: {
        200: {
          description: 'Version och antal',
          content: { 'application/json': { schema: ReferenceVersionResponse } },
        },
        ...problemResponses(401),
      },
    }),
    async (c) => c.json(await getReferenceVersion(ctx, { actor: requireActor(c) }), 200),
  );

  return router;
}
