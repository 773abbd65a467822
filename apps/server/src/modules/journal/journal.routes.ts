import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import { createRouter, requestMeta, requireActor } from '../../http/env.ts';
import { problemResponses } from '../../http/schemas.ts';
import {
  EnrolmentIdParam,
  JournalCreateBody,
  JournalEntryView,
  JournalListResponse,
} from '../participant/participant.schemas.ts';
import { jsonBody, jsonOk } from '../participant/route-helpers.ts';
import { addJournalEntry, listJournal } from './journal.service.ts';

const tags = ['Journal'];

export function journalRoutes(ctx: AppContext) {
  const router = createRouter();
  router.openapi(
    createRoute({
      method: 'get',
      path: '/enrolments/{enrolmentId}/journal',
      tags,
      summary: 'Journalanteckningar',
      request: { params: EnrolmentIdParam },
      responses: { 200: jsonOk(JournalListResponse), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) =>
      c.json(await listJournal(ctx, requireActor(c), c.req.valid('param').enrolmentId, requestMeta(c)), 200),
  );
  router.openapi(
    createRoute({
      method: 'post',
      path: '/enrolments/{enrolmentId}/journal',
      tags,
      summary: 'Skriv en journalanteckning',
      request: { params: EnrolmentIdParam, ...jsonBody(JournalCreateBody) },
      responses: { 201: jsonOk(JournalEntryView, 'Sparad'), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) =>
      c.json(
        await addJournalEntry(
          ctx,
          requireActor(c),
          c.req.valid('param').enrolmentId,
          c.req.valid('json'),
          requestMeta(c),
        ),
        201,
      ),
  );
  return router;
}
