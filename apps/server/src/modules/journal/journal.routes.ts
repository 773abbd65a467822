import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import { caller, createRouter } from '../../http/env.ts';
import { jsonBody, jsonOk, problemResponses } from '../../http/schemas.ts';
import { EnrolmentIdParam } from '../case/index.ts';
import { addJournalEntry } from './add-journal-entry.ts';
import { amendJournalEntry } from './amend-journal-entry.ts';
import {
  JournalAmendBody,
  JournalCreateBody,
  JournalEntryIdParam,
  JournalEntryView,
  JournalListResponse,
} from './journal.schemas.ts';
import { listJournal } from './list-journal.ts';

const tags = ['Journal'];

/** Mounted at /api: full paths. */
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
    async (c) => c.json(await listJournal(ctx, { ...caller(c), ...c.req.valid('param') }), 200),
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
        await addJournalEntry(ctx, { ...caller(c), ...c.req.valid('param'), body: c.req.valid('json') }),
        201,
      ),
  );

  router.openapi(
    createRoute({
      method: 'patch',
      path: '/journal/{entryId}',
      tags,
      summary: 'Ändra en egen anteckning med skäl (originalet sparas i rättelsehistoriken)',
      request: { params: JournalEntryIdParam, ...jsonBody(JournalAmendBody) },
      responses: { 200: jsonOk(JournalEntryView), ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await amendJournalEntry(ctx, { ...caller(c), ...c.req.valid('param'), body: c.req.valid('json') }),
        200,
      ),
  );

  return router;
}
