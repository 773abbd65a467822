import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import { caller, createRouter, requestMeta } from '../../http/env.ts';
import { jsonBody, jsonOk, problemResponses } from '../../http/schemas.ts';
import { createAccount } from './create-account.ts';
import { createPasswordLink } from './create-password-link.ts';
import { listAccounts } from './list-accounts.ts';
import { setAccountActive } from './set-account-active.ts';
import {
  AccountActiveBody,
  AccountCreateBody,
  AccountCreatedResponse,
  AccountIdParam,
  AccountListResponse,
  AccountPatchBody,
  AccountView,
  PasswordLinkInfo,
  PasswordLinkTokenBody,
  PasswordLinkUseBody,
  PasswordLinkView,
} from './staff.schemas.ts';
import { updateAccount } from './update-account.ts';
import { readPasswordLink, usePasswordLink } from './use-password-link.ts';

const tags = ['Administration'];

/** Mounted at /api/admin: the administrator's staff accounts. */
export function staffAdminRoutes(ctx: AppContext) {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'get',
      path: '/accounts',
      tags,
      summary: 'Personalkonton: roll, enheter, aktivt, senaste inloggning',
      responses: { 200: jsonOk(AccountListResponse), ...problemResponses(401, 403) },
    }),
    async (c) => c.json(await listAccounts(ctx, caller(c)), 200),
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/accounts',
      tags,
      summary: 'Skapa ett konto; personen väljer sitt lösenord via en engångslänk',
      request: jsonBody(AccountCreateBody),
      responses: {
        201: jsonOk(AccountCreatedResponse, 'Skapat, med engångslänken (visas en gång)'),
        ...problemResponses(400, 401, 403),
      },
    }),
    async (c) => c.json(await createAccount(ctx, { ...caller(c), body: c.req.valid('json') }), 201),
  );

  router.openapi(
    createRoute({
      method: 'patch',
      path: '/accounts/{staffId}',
      tags,
      summary: 'Ändra namn, roll eller enheter',
      request: { params: AccountIdParam, ...jsonBody(AccountPatchBody) },
      responses: { 200: jsonOk(AccountView), ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await updateAccount(ctx, { ...caller(c), ...c.req.valid('param'), body: c.req.valid('json') }),
        200,
      ),
  );

  router.openapi(
    createRoute({
      method: 'put',
      path: '/accounts/{staffId}/active',
      tags,
      summary: 'Inaktivera (avslutar kontots sessioner direkt) eller återaktivera ett konto',
      request: { params: AccountIdParam, ...jsonBody(AccountActiveBody) },
      responses: { 200: jsonOk(AccountView), ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await setAccountActive(ctx, { ...caller(c), ...c.req.valid('param'), ...c.req.valid('json') }),
        200,
      ),
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/accounts/{staffId}/password-link',
      tags,
      summary: 'Återställ lösenordet: en ny engångslänk (72 timmar) att lämna till personen',
      request: { params: AccountIdParam },
      responses: {
        201: jsonOk(PasswordLinkView, 'Skapad (visas en gång)'),
        ...problemResponses(401, 403, 404, 409),
      },
    }),
    async (c) => c.json(await createPasswordLink(ctx, { ...caller(c), ...c.req.valid('param') }), 201),
  );

  return router;
}

/** Mounted at /api/public: the page behind a one-time link (no login; the token is in the body). */
export function passwordLinkRoutes(ctx: AppContext) {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'post',
      path: '/password-link',
      tags: ['Inloggning'],
      summary: 'Engångslänkens konto (användarnamn och namn), om länken går att använda',
      request: jsonBody(PasswordLinkTokenBody),
      responses: { 200: jsonOk(PasswordLinkInfo), ...problemResponses(400, 404) },
    }),
    async (c) => c.json(await readPasswordLink(ctx, c.req.valid('json')), 200),
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/password-link/password',
      tags: ['Inloggning'],
      summary: 'Välj lösenord med en engångslänk (avslutar kontots alla sessioner)',
      request: jsonBody(PasswordLinkUseBody),
      responses: { 204: { description: 'Lösenordet är valt' }, ...problemResponses(400, 404) },
    }),
    async (c) => {
      await usePasswordLink(ctx, { ...c.req.valid('json'), meta: requestMeta(c) });
      return c.body(null, 204);
    },
  );

  return router;
}
