import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import { caller, clientAddress, createRouter, requestMeta } from '../../http/env.ts';
import { jsonBody, jsonOk, problemResponses } from '../../http/schemas.ts';
import { createNeed } from './create-need.ts';
import { getNeed, listNeeds } from './get-need.ts';
import {
  CheckTextBody,
  CheckTextResponse,
  NeedCreateBody,
  NeedDetail,
  NeedIdParam,
  NeedListResponse,
  NeedPatchBody,
  NeedQuery,
  NeedStatusBody,
  NeedView,
  PublicNeedBody,
  PublicNeedResponse,
  SuggestionsBody,
  SuggestionsResponse,
} from './recruitment-need.schemas.ts';
import { submitPublicNeed } from './submit-public-need.ts';
import { checkNeedText, suggestForPublicNeed } from './suggest-for-need.ts';
import { changeNeedStatus, updateNeed } from './update-need.ts';

const tags = ['Rekryteringsbehov'];

/** /api/recruitment-needs: for staff (liaisons and managers write, coaches read). */
export function recruitmentNeedRoutes(ctx: AppContext) {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      summary: 'Rekryteringsbehov med filter och antal per status',
      request: { query: NeedQuery },
      responses: { 200: jsonOk(NeedListResponse), ...problemResponses(400, 401, 403) },
    }),
    async (c) => c.json(await listNeeds(ctx, { ...caller(c), query: c.req.valid('query') }), 200),
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      summary: 'Lägg in ett rekryteringsbehov (öppet när yrket är valt, annars inkommet)',
      request: jsonBody(NeedCreateBody),
      responses: { 201: jsonOk(NeedView, 'Skapat'), ...problemResponses(400, 401, 403) },
    }),
    async (c) => c.json(await createNeed(ctx, { ...caller(c), body: c.req.valid('json') }), 201),
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/check-text',
      tags,
      summary: 'Kontrollera rubrik och beskrivning mot diskrimineringsgrunderna (sparar inget)',
      request: jsonBody(CheckTextBody),
      responses: { 200: jsonOk(CheckTextResponse), ...problemResponses(400, 401, 403) },
    }),
    async (c) => c.json(await checkNeedText(ctx, { ...caller(c), ...c.req.valid('json') }), 200),
  );

  router.openapi(
    createRoute({
      method: 'get',
      path: '/{needId}',
      tags,
      summary: 'Ett rekryteringsbehov med varningar och historik',
      request: { params: NeedIdParam },
      responses: { 200: jsonOk(NeedDetail), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json(await getNeed(ctx, { ...caller(c), ...c.req.valid('param') }), 200),
  );

  router.openapi(
    createRoute({
      method: 'patch',
      path: '/{needId}',
      tags,
      summary: 'Ändra ett rekryteringsbehov',
      request: { params: NeedIdParam, ...jsonBody(NeedPatchBody) },
      responses: { 200: jsonOk(NeedView), ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await updateNeed(ctx, { ...caller(c), ...c.req.valid('param'), body: c.req.valid('json') }),
        200,
      ),
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/{needId}/status',
      tags,
      summary: 'Flytta behovet: inkommen → öppen → kandidater presenterade → tillsatt / stängd',
      request: { params: NeedIdParam, ...jsonBody(NeedStatusBody) },
      responses: { 200: jsonOk(NeedView), ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await changeNeedStatus(ctx, { ...caller(c), ...c.req.valid('param'), body: c.req.valid('json') }),
        200,
      ),
  );

  return router;
}

/** /api/public: the employers' form, without login. */
export function publicNeedRoutes(ctx: AppContext) {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'post',
      path: '/recruitment-needs/suggestions',
      tags: ['Publikt'],
      summary: 'Förslag på yrke, kompetenser och körkort/certifikat ur arbetsgivarens egen text',
      request: jsonBody(SuggestionsBody),
      responses: { 200: jsonOk(SuggestionsResponse), ...problemResponses(400, 413, 429) },
    }),
    async (c) =>
      c.json(
        await suggestForPublicNeed(ctx, { text: c.req.valid('json').text, clientAddress: clientAddress(c) }),
        200,
      ),
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/recruitment-needs',
      tags: ['Publikt'],
      summary: 'Skicka in ett rekryteringsbehov (blir "inkommet" för en företagskontakt att granska)',
      request: jsonBody(PublicNeedBody),
      responses: { 201: jsonOk(PublicNeedResponse, 'Mottaget'), ...problemResponses(400, 413, 429) },
    }),
    async (c) =>
      c.json(
        await submitPublicNeed(ctx, {
          body: c.req.valid('json'),
          clientAddress: clientAddress(c),
          requestId: requestMeta(c).requestId,
        }),
        201,
      ),
  );

  return router;
}
