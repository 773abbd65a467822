import { z } from '@hono/zod-openapi';
import { staffRoles } from '../../db/schema/index.ts';

export const LoginBody = z
  .object({
    username: z.string().trim().min(1, 'Ange användarnamn.').max(100),
    password: z.string().min(1, 'Ange lösenord.').max(200),
  })
  .openapi('LoginBody');

export const SessionUser = z
  .object({
    id: z.string().uuid(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(staffRoles),
    unitIds: z.array(z.string().uuid()),
    units: z.array(z.object({ id: z.string().uuid(), name: z.string() })),
    municipality: z.object({ code: z.string(), name: z.string() }),
  })
  .openapi('SessionUser');

export const SessionResponse = z.object({ user: SessionUser, csrfToken: z.string() }).openapi('Session');

export const PasswordChangeBody = z
  .object({
    currentPassword: z.string().min(1, 'Ange nuvarande lösenord.').max(200),
    newPassword: z.string().min(1, 'Ange ett nytt lösenord.').max(200),
  })
  .openapi('PasswordChangeBody');
