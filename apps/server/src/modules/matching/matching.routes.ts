import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import { caller, createRouter } from '../../http/env.ts';
import { problemResponses } from '../../http/schemas.ts';
import { AllocationBody, AllocationResponse, allocateOpenNeeds } from './allocate-open-needs.ts';
import { findAlternativeOccupations } from './find-alternative-occupations.ts';
import { findCandidates } from './find-candidates.ts';
import { findNeedsForParticipant } from './find-needs-for-participant.ts';
import {
  AlternativesResponse,
  CandidatesBody,
  CandidatesResponse,
  NeedsForParticipantBody,
  NeedsForParticipantResponse,
  ParticipantIdParam,
} from './matching.schemas.ts';

export function matchingRoutes(ctx: AppContext) {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'post',
      path: '/candidates',
      tags: ['Matchning'],
      summary: 'Kandidater för ett rekryteringsbehov, med förklaring',
      description:
        'Coach och enhetschef ser namn; företagskontakt ser pseudonymer. Administratörer har ingen åtkomst.',
      request: { body: { content: { 'application/json': { schema: CandidatesBody } }, required: true } },
      responses: {
        200: {
          description: 'Rangordnade kandidater',
          content: { 'application/json': { schema: CandidatesResponse } },
        },
        ...problemResponses(400, 401, 403),
      },
    }),
    async (c) => c.json(await findCandidates(ctx, { ...caller(c), ...c.req.valid('json') }), 200),
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/participants/{participantId}/needs',
      tags: ['Matchning'],
      summary: 'Rangordna rekryteringsbehov för en deltagare',
      request: {
        params: ParticipantIdParam,
        body: { content: { 'application/json': { schema: NeedsForParticipantBody } }, required: true },
      },
      responses: {
        200: {
          description: 'Rangordnade behov',
          content: { 'application/json': { schema: NeedsForParticipantResponse } },
        },
        ...problemResponses(400, 401, 403, 404),
      },
    }),
    async (c) =>
      c.json(
        await findNeedsForParticipant(ctx, { ...caller(c), ...c.req.valid('param'), ...c.req.valid('json') }),
        200,
      ),
  );

  router.openapi(
    createRoute({
      method: 'get',
      path: '/participants/{participantId}/alternatives',
      tags: ['Matchning'],
      summary: 'Alternativa yrken för en deltagare (utbytbarhet och kompetensöverlapp)',
      request: { params: ParticipantIdParam },
      responses: {
        200: {
          description: 'Alternativa yrken',
          content: { 'application/json': { schema: AlternativesResponse } },
        },
        ...problemResponses(401, 403, 404),
      },
    }),
    async (c) =>
      c.json(await findAlternativeOccupations(ctx, { ...caller(c), ...c.req.valid('param') }), 200),
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/allocation',
      tags: ['Matchning'],
      summary: 'Förslag över alla öppna behov: exakt fördelning (och den giriga nivån bredvid)',
      request: { body: { content: { 'application/json': { schema: AllocationBody } }, required: true } },
      responses: {
        200: { description: 'Fördelningen', content: { 'application/json': { schema: AllocationResponse } } },
        ...problemResponses(400, 401, 403, 404),
      },
    }),
    async (c) => c.json(await allocateOpenNeeds(ctx, { ...caller(c), ...c.req.valid('json') }), 200),
  );

  return router;
}
