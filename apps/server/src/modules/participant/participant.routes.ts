import { createRoute, z } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import { caller, createRouter } from '../../http/env.ts';
import { jsonBody, jsonOk, problemResponses } from '../../http/schemas.ts';
import { ParticipantDetail, ParticipantIdParam } from '../case/index.ts';
import { getParticipant } from './get-participant.ts';
import { intake } from './intake.ts';
import { intakeCheck } from './intake-check.ts';
import {
  IntakeBody,
  IntakeCheckBody,
  IntakeCheckResponse,
  IntakeHandOverResponse,
  ParticipantPatchBody,
  ProfilePatchBody,
  ProfilePutBody,
} from './participant.schemas.ts';
import { patchProfile } from './patch-profile.ts';
import { setProtectedIdentity } from './set-protected-identity.ts';
import { updateParticipant } from './update-participant.ts';
import { updateProfile } from './update-profile.ts';

const tags = ['Deltagare'];

/** /api/participants: intake, the case file view, name/contact and profile. */
export function participantRoutes(ctx: AppContext) {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'post',
      path: '/intake-check',
      tags,
      summary: 'Kontrollera personnummer före inskrivning (giltigt, enhet efter ålder, känd person)',
      request: jsonBody(IntakeCheckBody),
      responses: { 200: jsonOk(IntakeCheckResponse), ...problemResponses(400, 401, 403) },
    }),
    async (c) => c.json(await intakeCheck(ctx, { ...caller(c), ...c.req.valid('json') }), 200),
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      summary: 'Skriv in en deltagare (ny person eller ny period för en känd person)',
      description:
        'Med `handOver: true` lämnas inskrivningen över till den enhet åldersregeln anger (som remiss, utan coach); svaret är då 202 utan akt.',
      request: jsonBody(IntakeBody),
      responses: {
        201: jsonOk(ParticipantDetail, 'Inskriven'),
        202: jsonOk(IntakeHandOverResponse, 'Överlämnad till en annan enhet'),
        ...problemResponses(400, 401, 403, 409),
      },
    }),
    async (c) => {
      const result = await intake(ctx, { ...caller(c), body: c.req.valid('json') });
      return 'handedOver' in result ? c.json(result, 202) : c.json(result, 201);
    },
  );

  router.openapi(
    createRoute({
      method: 'get',
      path: '/{participantId}',
      tags,
      summary: 'Deltagarens akt (läsningen loggas)',
      request: { params: ParticipantIdParam },
      responses: { 200: jsonOk(ParticipantDetail), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json(await getParticipant(ctx, { ...caller(c), ...c.req.valid('param') }), 200),
  );

  router.openapi(
    createRoute({
      method: 'patch',
      path: '/{participantId}',
      tags,
      summary: 'Ändra namn och kontaktuppgifter',
      request: { params: ParticipantIdParam, ...jsonBody(ParticipantPatchBody) },
      responses: { 200: jsonOk(ParticipantDetail), ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await updateParticipant(ctx, { ...caller(c), ...c.req.valid('param'), body: c.req.valid('json') }),
        200,
      ),
  );

  router.openapi(
    createRoute({
      method: 'put',
      path: '/{participantId}/profile',
      tags,
      summary: 'Spara profilen för matchning (version = profileVersion)',
      request: { params: ParticipantIdParam, ...jsonBody(ProfilePutBody) },
      responses: { 200: jsonOk(ParticipantDetail), ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await updateProfile(ctx, { ...caller(c), ...c.req.valid('param'), body: c.req.valid('json') }),
        200,
      ),
  );

  router.openapi(
    createRoute({
      method: 'patch',
      path: '/{participantId}/profile',
      tags,
      summary: 'Spara en del av profilen (bara fälten som skickas; version = profileVersion)',
      request: { params: ParticipantIdParam, ...jsonBody(ProfilePatchBody) },
      responses: { 200: jsonOk(ParticipantDetail), ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await patchProfile(ctx, { ...caller(c), ...c.req.valid('param'), body: c.req.valid('json') }),
        200,
      ),
  );

  router.openapi(
    createRoute({
      method: 'put',
      path: '/{participantId}/protected-identity',
      tags,
      summary: 'Markera skyddade personuppgifter (presenteras aldrig för arbetsgivare genom systemet)',
      request: {
        params: ParticipantIdParam,
        ...jsonBody(z.object({ protectedIdentity: z.boolean() }).openapi('ProtectedIdentityBody')),
      },
      responses: { 200: jsonOk(ParticipantDetail), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) =>
      c.json(
        await setProtectedIdentity(ctx, { ...caller(c), ...c.req.valid('param'), ...c.req.valid('json') }),
        200,
      ),
  );

  return router;
}
