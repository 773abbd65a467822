import { z } from '@hono/zod-openapi';
import { passwordLinkPurposes, staffRoles } from '../../db/schema/index.ts';
import { text, Uuid, Version } from '../../http/schemas.ts';

// Staff accounts as the administrator manages them (issue 12): no password is ever chosen by the
// administrator; a new account and a reset both get a one-time link for the person.

export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9._-]{2,50}$/,
    'Användarnamnet får bara innehålla a–z, 0–9, punkt, bindestreck och understreck (2–50 tecken).',
  );

const Role = z.enum(staffRoles, { message: 'Välj en roll.' });
const UnitIds = z.array(Uuid).max(50);

export const AccountView = z
  .object({
    id: z.string().uuid(),
    version: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(staffRoles),
    units: z.array(z.object({ id: z.string().uuid(), name: z.string() })),
    active: z.boolean(),
    /** The newest successful login, if any is recorded. */
    lastLoginAt: z.string().datetime().nullable(),
    /** A one-time link handed out and not used yet (the account waits for its password). */
    pendingLink: z
      .object({ purpose: z.enum(passwordLinkPurposes), expiresAt: z.string().datetime() })
      .nullable(),
  })
  .openapi('Account');
export type AccountView = z.infer<typeof AccountView>;

export const AccountListResponse = z.object({ items: z.array(AccountView) }).openapi('AccountList');

export const AccountCreateBody = z
  .object({
    username: Username,
    displayName: text(200, 'Fyll i namnet.'),
    role: Role,
    unitIds: UnitIds.default([]),
  })
  .openapi('AccountCreateBody');
export type AccountCreateBody = z.infer<typeof AccountCreateBody>;

export const AccountPatchBody = z
  .object({
    version: Version,
    displayName: text(200, 'Fyll i namnet.').optional(),
    role: Role.optional(),
    unitIds: UnitIds.optional(),
  })
  .openapi('AccountPatchBody');
export type AccountPatchBody = z.infer<typeof AccountPatchBody>;

export const AccountActiveBody = z
  .object({ version: Version, active: z.boolean() })
  .openapi('AccountActiveBody');
export type AccountActiveBody = z.infer<typeof AccountActiveBody>;

export const AccountVersionBody = z.object({ version: Version }).openapi('AccountVersionBody');

export const AccountIdParam = z.object({
  staffId: Uuid.openapi({ param: { name: 'staffId', in: 'path' } }),
});

/**
 * A one-time link, shown once: the token goes in the URL's fragment (`path`), which browsers never
 * send to a server or in a Referer. Only its SHA-256 is stored.
 */
export const PasswordLinkView = z
  .object({
    token: z.string(),
    /** Relative address of the page that opens the link, with the token after `#`. */
    path: z.string(),
    purpose: z.enum(passwordLinkPurposes),
    expiresAt: z.string().datetime(),
  })
  .openapi('PasswordLink');
export type PasswordLinkView = z.infer<typeof PasswordLinkView>;

export const AccountCreatedResponse = z
  .object({ account: AccountView, link: PasswordLinkView })
  .openapi('AccountCreated');

export const PasswordLinkTokenBody = z
  .object({ token: z.string().min(1).max(200) })
  .openapi('PasswordLinkTokenBody');

export const PasswordLinkInfo = z
  .object({
    username: z.string(),
    displayName: z.string(),
    purpose: z.enum(passwordLinkPurposes),
    expiresAt: z.string().datetime(),
  })
  .openapi('PasswordLinkInfo');

export const PasswordLinkUseBody = z
  .object({
    token: z.string().min(1).max(200),
    newPassword: z.string().min(1, 'Ange ett lösenord.').max(200, 'Högst 200 tecken.'),
  })
  .openapi('PasswordLinkUseBody');
