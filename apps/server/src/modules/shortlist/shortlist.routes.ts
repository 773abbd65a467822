import { createRoute, z } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import { caller, createRouter, requestMeta } from '../../http/env.ts';
import { jsonBody, jsonOk, problemResponses } from '../../http/schemas.ts';
import { ParticipantIdParam } from '../case/index.ts';
import { conceptLabelsFor } from '../recruitment-need/index.ts';
import { listConsents, recordConsent, withdrawConsent } from './consent.ts';
import { answerEmployerLink, viewEmployerLink } from './employer-link.ts';
import { createPresentation, revokePresentation } from './presentation.ts';
import {
  ConsentBody,
  ConsentIdParam,
  ConsentView,
  EmployerAnswerBody,
  EmployerLinkView,
  EntryIdParam,
  NeedIdParam,
  PresentationBody,
  PresentationCreated,
  PresentationIdParam,
  ShortlistAddBody,
  ShortlistEntryView,
  ShortlistResponse,
  ShortlistStatusBody,
  TokenParam,
} from './shortlist.schemas.ts';
import { addToShortlist, changeShortlistStatus, getShortlist } from './shortlist.ts';

const tags = ['Matchning'];

/** Mounted at /api: shortlists, presentations and consents (staff). */
export function shortlistRoutes(ctx: AppContext) {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'get',
      path: '/recruitment-needs/{needId}/shortlist',
      tags,
      summary:
        'Kandidatlistan för ett behov (namn bara för deltagarens coach och chef, eller efter samtycke)',
      request: { params: NeedIdParam },
      responses: { 200: jsonOk(ShortlistResponse), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json(await getShortlist(ctx, { ...caller(c), ...c.req.valid('param') }), 200),
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/recruitment-needs/{needId}/shortlist',
      tags,
      summary: 'Lägg en deltagare på kandidatlistan (deltagarens coach får veta)',
      request: { params: NeedIdParam, ...jsonBody(ShortlistAddBody) },
      responses: { 201: jsonOk(ShortlistEntryView, 'Tillagd'), ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await addToShortlist(ctx, { ...caller(c), ...c.req.valid('param'), ...c.req.valid('json') }),
        201,
      ),
  );

  router.openapi(
    createRoute({
      method: 'patch',
      path: '/shortlist-entries/{entryId}',
      tags,
      summary: 'Flytta en kandidat på listan (bedöms, kontaktad, aktuell, intervju, ej aktuell, tackat nej)',
      request: { params: EntryIdParam, ...jsonBody(ShortlistStatusBody) },
      responses: { 200: jsonOk(ShortlistEntryView), ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await changeShortlistStatus(ctx, {
          ...caller(c),
          ...c.req.valid('param'),
          body: c.req.valid('json'),
        }),
        200,
      ),
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/recruitment-needs/{needId}/presentations',
      tags,
      summary: 'Presentera kandidater med samtycke för arbetsgivaren (en länk som löper ut)',
      request: { params: NeedIdParam, ...jsonBody(PresentationBody) },
      responses: { 201: jsonOk(PresentationCreated, 'Skapad'), ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await createPresentation(ctx, { ...caller(c), ...c.req.valid('param'), ...c.req.valid('json') }),
        201,
      ),
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/presentations/{presentationId}/revoke',
      tags,
      summary: 'Dra tillbaka en presentationslänk',
      request: { params: PresentationIdParam },
      responses: { 200: jsonOk(z.object({ revoked: z.boolean() })), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json(await revokePresentation(ctx, { ...caller(c), ...c.req.valid('param') }), 200),
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/consents',
      tags,
      summary: 'Registrera samtycke (deltagare × arbetsgivare × behov, valda uppgifter)',
      request: jsonBody(ConsentBody),
      responses: { 201: jsonOk(ConsentView, 'Registrerat'), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json(await recordConsent(ctx, { ...caller(c), body: c.req.valid('json') }), 201),
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/consents/{consentId}/withdraw',
      tags,
      summary: 'Återkalla ett samtycke (gäller direkt, även i skickade länkar)',
      request: { params: ConsentIdParam },
      responses: { 200: jsonOk(ConsentView), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json(await withdrawConsent(ctx, { ...caller(c), ...c.req.valid('param') }), 200),
  );

  router.openapi(
    createRoute({
      method: 'get',
      path: '/participants/{participantId}/consents',
      tags,
      summary: 'Deltagarens samtycken',
      request: { params: ParticipantIdParam },
      responses: {
        200: jsonOk(z.object({ items: z.array(ConsentView) })),
        ...problemResponses(400, 401, 403, 404),
      },
    }),
    async (c) => c.json(await listConsents(ctx, { ...caller(c), ...c.req.valid('param') }), 200),
  );

  return router;
}

/** /api/public/links: the employer's page behind the link (no login). */
export function employerLinkRoutes(ctx: AppContext) {
  const router = createRouter();
  router.openapi(
    createRoute({
      method: 'get',
      path: '/{token}',
      tags: ['Publikt'],
      summary: 'Arbetsgivarens vy av presenterade kandidater (bara samtyckta uppgifter)',
      request: { params: TokenParam },
      responses: { 200: jsonOk(EmployerLinkView), ...problemResponses(400, 404) },
    }),
    async (c) =>
      c.json(
        await viewEmployerLink(ctx, {
          ...c.req.valid('param'),
          labels: conceptLabelsFor(ctx),
          requestId: requestMeta(c).requestId,
        }),
        200,
      ),
  );
  router.openapi(
    createRoute({
      method: 'post',
      path: '/{token}/answers',
      tags: ['Publikt'],
      summary: 'Arbetsgivarens svar för en kandidat: intervju, anställd eller inte aktuell',
      request: { params: TokenParam, ...jsonBody(EmployerAnswerBody) },
      responses: { 200: jsonOk(EmployerLinkView), ...problemResponses(400, 404, 409) },
    }),
    async (c) =>
      c.json(
        await answerEmployerLink(ctx, {
          ...c.req.valid('param'),
          body: c.req.valid('json'),
          labels: conceptLabelsFor(ctx),
          requestId: requestMeta(c).requestId,
        }),
        200,
      ),
  );
  return router;
}
