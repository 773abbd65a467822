import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import { createRouter, requestMeta, requireActor } from '../../http/env.ts';
import { problemResponses } from '../../http/schemas.ts';
import { getCaseload, searchParticipants } from '../caseload/caseload.service.ts';
import { getParticipant } from './get-participant.ts';
import { intake, intakeCheck } from './intake.ts';
import {
  CaseloadQuery,
  CaseloadResponse,
  IntakeBody,
  IntakeCheckBody,
  IntakeCheckResponse,
  ParticipantDetail,
  ParticipantIdParam,
  ParticipantPatchBody,
  ProfilePutBody,
  SearchBody,
  SearchResponse,
} from './participant.schemas.ts';
import { updateParticipant, updateProfile } from './update-participant.ts';

const tags = ['Deltagare'];
const body = <T>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });
const ok = <T>(schema: T, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});

export function participantRoutes(ctx: AppContext) {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'post',
      path: '/intake-check',
      tags,
      summary: 'Kontrollera personnummer före inskrivning (giltigt, enhet efter ålder, känd person)',
      request: body(IntakeCheckBody),
      responses: { 200: ok(IntakeCheckResponse), ...problemResponses(400, 401, 403) },
    }),
    async (c) => c.json(await intakeCheck(ctx, requireActor(c), c.req.valid('json'), requestMeta(c)), 200),
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      summary: 'Skriv in en deltagare (ny person eller ny period för en känd person)',
      request: body(IntakeBody),
      responses: { 201: ok(ParticipantDetail, 'Inskriven'), ...problemResponses(400, 401, 403, 409) },
    }),
    async (c) => c.json(await intake(ctx, requireActor(c), c.req.valid('json'), requestMeta(c)), 201),
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/search',
      tags,
      summary: 'Sök deltagare på namn eller personnummer (i brödtexten, aldrig i adressen)',
      request: body(SearchBody),
      responses: { 200: ok(SearchResponse), ...problemResponses(400, 401, 403) },
    }),
    async (c) =>
      c.json(await searchParticipants(ctx, requireActor(c), c.req.valid('json'), requestMeta(c)), 200),
  );

  router.openapi(
    createRoute({
      method: 'get',
      path: '/caseload',
      tags,
      summary: 'Mina deltagare / enhetens deltagare med snabbfilter och antal per filter',
      request: { query: CaseloadQuery },
      responses: { 200: ok(CaseloadResponse), ...problemResponses(400, 401, 403) },
    }),
    async (c) => c.json(await getCaseload(ctx, requireActor(c), c.req.valid('query'), requestMeta(c)), 200),
  );

  router.openapi(
    createRoute({
      method: 'get',
      path: '/{participantId}',
      tags,
      summary: 'Deltagarens akt (läsningen loggas)',
      request: { params: ParticipantIdParam },
      responses: { 200: ok(ParticipantDetail), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) =>
      c.json(
        await getParticipant(ctx, requireActor(c), c.req.valid('param').participantId, requestMeta(c)),
        200,
      ),
  );

  router.openapi(
    createRoute({
      method: 'patch',
      path: '/{participantId}',
      tags,
      summary: 'Ändra namn och kontaktuppgifter',
      request: { params: ParticipantIdParam, ...body(ParticipantPatchBody) },
      responses: { 200: ok(ParticipantDetail), ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await updateParticipant(
          ctx,
          requireActor(c),
          c.req.valid('param').participantId,
          c.req.valid('json'),
          requestMeta(c),
        ),
        200,
      ),
  );

  router.openapi(
    createRoute({
      method: 'put',
      path: '/{participantId}/profile',
      tags,
      summary: 'Spara profilen för matchning (version = profileVersion)',
      request: { params: ParticipantIdParam, ...body(ProfilePutBody) },
      responses: { 200: ok(ParticipantDetail), ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await updateProfile(
          ctx,
          requireActor(c),
          c.req.valid('param').participantId,
          c.req.valid('json'),
          requestMeta(c),
        ),
        200,
      ),
  );

  return router;
}
