import { createRoute, z } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import { caller, createRouter } from '../../http/env.ts';
import { jsonBody, jsonOk, problemResponses } from '../../http/schemas.ts';
import { addAgreement, addContactPerson, addWorkplace, updateContactPerson } from './add-employer-details.ts';
import { getAgreementFile, putAgreementFile } from './agreement-file.ts';
import { getContactFollowUps, logContact, updateContactLog } from './contact-log.ts';
import { createEmployer } from './create-employer.ts';
import {
  AgreementBody,
  AgreementFileView,
  AgreementIdParam,
  AgreementView,
  ContactFollowUpsQuery,
  ContactFollowUpsResponse,
  ContactLogBody,
  ContactLogIdParam,
  ContactLogPatchBody,
  ContactLogView,
  ContactPersonBody,
  ContactPersonIdParam,
  ContactPersonView,
  EmployerCreateBody,
  EmployerDetail,
  EmployerIdParam,
  EmployerListResponse,
  EmployerPatchBody,
  EmployerQuery,
  EmployerView,
  LiaisonListResponse,
  WorkplaceBody,
  WorkplaceView,
} from './employer.schemas.ts';
import { getEmployer } from './get-employer.ts';
import { listEmployers } from './list-employers.ts';
import { listLiaisons } from './list-liaisons.ts';
import { updateEmployer } from './update-employer.ts';

const tags = ['Arbetsgivare'];

/** Mounted at /api: full paths (/employers/…, /employer-contacts/…, /employer-contact-log/…). */
export function employerRoutes(ctx: AppContext) {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'get',
      path: '/employers',
      tags,
      summary: 'Arbetsgivarregistret med sök och filter',
      request: { query: EmployerQuery },
      responses: { 200: jsonOk(EmployerListResponse), ...problemResponses(400, 401, 403) },
    }),
    async (c) => c.json(await listEmployers(ctx, { ...caller(c), query: c.req.valid('query') }), 200),
  );

  router.openapi(
    createRoute({
      method: 'get',
      path: '/employer-liaisons',
      tags,
      summary: 'Företagskontakter och chefer som kan ansvara för en arbetsgivare',
      responses: { 200: jsonOk(LiaisonListResponse), ...problemResponses(401, 403) },
    }),
    async (c) => c.json(await listLiaisons(ctx, caller(c)), 200),
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/employers',
      tags,
      summary: 'Lägg till arbetsgivare',
      request: jsonBody(EmployerCreateBody),
      responses: { 201: jsonOk(EmployerView, 'Skapad'), ...problemResponses(400, 401, 403, 409) },
    }),
    async (c) => c.json(await createEmployer(ctx, { ...caller(c), body: c.req.valid('json') }), 201),
  );

  router.openapi(
    createRoute({
      method: 'get',
      path: '/employer-contact-log/follow-ups',
      tags,
      summary: 'Min vecka: mina nästa steg med arbetsgivare (försenade och kommande sju dagar)',
      request: { query: ContactFollowUpsQuery },
      responses: { 200: jsonOk(ContactFollowUpsResponse), ...problemResponses(400, 401, 403) },
    }),
    async (c) => c.json(await getContactFollowUps(ctx, { ...caller(c), ...c.req.valid('query') }), 200),
  );

  router.openapi(
    createRoute({
      method: 'get',
      path: '/employers/{employerId}',
      tags,
      summary: 'Arbetsgivarens sida: arbetsplatser, kontaktpersoner, avtal, kontakter och tidslinje',
      request: { params: EmployerIdParam },
      responses: { 200: jsonOk(EmployerDetail), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json(await getEmployer(ctx, { ...caller(c), ...c.req.valid('param') }), 200),
  );

  router.openapi(
    createRoute({
      method: 'patch',
      path: '/employers/{employerId}',
      tags,
      summary: 'Ändra arbetsgivare',
      request: { params: EmployerIdParam, ...jsonBody(EmployerPatchBody) },
      responses: { 200: jsonOk(EmployerView), ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await updateEmployer(ctx, { ...caller(c), ...c.req.valid('param'), body: c.req.valid('json') }),
        200,
      ),
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/employers/{employerId}/workplaces',
      tags,
      summary: 'Lägg till en arbetsplats',
      request: { params: EmployerIdParam, ...jsonBody(WorkplaceBody) },
      responses: { 201: jsonOk(WorkplaceView, 'Skapad'), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) =>
      c.json(
        await addWorkplace(ctx, { ...caller(c), ...c.req.valid('param'), body: c.req.valid('json') }),
        201,
      ),
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/employers/{employerId}/contacts',
      tags,
      summary: 'Lägg till en kontaktperson',
      request: { params: EmployerIdParam, ...jsonBody(ContactPersonBody) },
      responses: { 201: jsonOk(ContactPersonView, 'Skapad'), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) =>
      c.json(
        await addContactPerson(ctx, { ...caller(c), ...c.req.valid('param'), body: c.req.valid('json') }),
        201,
      ),
  );

  router.openapi(
    createRoute({
      method: 'put',
      path: '/employer-contacts/{contactId}',
      tags,
      summary: 'Ändra en kontaktperson',
      request: { params: ContactPersonIdParam, ...jsonBody(ContactPersonBody) },
      responses: { 200: jsonOk(ContactPersonView), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) =>
      c.json(
        await updateContactPerson(ctx, { ...caller(c), ...c.req.valid('param'), body: c.req.valid('json') }),
        200,
      ),
  );

  router.openapi(
    createRoute({
      method: 'put',
      path: '/employer-agreements/{agreementId}/file',
      tags,
      summary: 'Ladda upp den undertecknade kopian (PDF, bild, Word; högst 10 MB; ersätter en tidigare)',
      description:
        'Filen skickas som den är i kroppen; filnamnet URL-kodat i X-File-Name. Typen avgörs av innehållet.',
      request: {
        params: AgreementIdParam,
        body: {
          content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
          required: true,
        },
      },
      responses: { 200: jsonOk(AgreementFileView), ...problemResponses(400, 401, 403, 404, 413, 415) },
    }),
    async (c) =>
      c.json(
        await putAgreementFile(ctx, {
          ...caller(c),
          ...c.req.valid('param'),
          fileName: c.req.header('x-file-name'),
          bytes: Buffer.from(await c.req.arrayBuffer()),
        }),
        200,
      ),
  );

  router.openapi(
    createRoute({
      method: 'get',
      path: '/employer-agreements/{agreementId}/file',
      tags,
      summary: 'Hämta den undertecknade kopian',
      request: { params: AgreementIdParam },
      responses: {
        200: {
          description: 'Filen',
          content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
        },
        ...problemResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const file = await getAgreementFile(ctx, { ...caller(c), ...c.req.valid('param') });
      return c.body(new Uint8Array(file.content), 200, {
        'content-type': file.contentType,
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
      }) as never;
    },
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/employers/{employerId}/agreements',
      tags,
      summary: 'Lägg till samarbetsavtal eller avsiktsförklaring',
      request: { params: EmployerIdParam, ...jsonBody(AgreementBody) },
      responses: { 201: jsonOk(AgreementView, 'Skapad'), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) =>
      c.json(
        await addAgreement(ctx, { ...caller(c), ...c.req.valid('param'), body: c.req.valid('json') }),
        201,
      ),
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/employers/{employerId}/contact-log',
      tags,
      summary: 'Logga en kontakt (besök, samtal, e-post, möte) med nästa steg',
      request: { params: EmployerIdParam, ...jsonBody(ContactLogBody) },
      responses: { 201: jsonOk(ContactLogView, 'Sparad'), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) =>
      c.json(
        await logContact(ctx, { ...caller(c), ...c.req.valid('param'), body: c.req.valid('json') }),
        201,
      ),
  );

  router.openapi(
    createRoute({
      method: 'patch',
      path: '/employer-contact-log/{contactLogId}',
      tags,
      summary: 'Markera nästa steg som gjort, flytta eller ändra det',
      request: { params: ContactLogIdParam, ...jsonBody(ContactLogPatchBody) },
      responses: { 200: jsonOk(ContactLogView), ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await updateContactLog(ctx, { ...caller(c), ...c.req.valid('param'), body: c.req.valid('json') }),
        200,
      ),
  );

  return router;
}
