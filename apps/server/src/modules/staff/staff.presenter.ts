import type { PasswordLinkPurpose } from '../../db/schema/index.ts';
import type { AccountRow } from './staff.repository.ts';
import type { AccountView } from './staff.schemas.ts';

/** One account for the administrator: who, role, units, whether it can log in; never a hash. */
export function presentAccount(
  row: AccountRow,
  units: Array<{ id: string; name: string }>,
  pendingLink: { purpose: PasswordLinkPurpose; expiresAt: Date } | undefined,
): AccountView {
  return {
    id: row.id,
    version: row.version,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    units,
    active: row.active,
    lastLoginAt: row.lastLoginAt ? row.lastLoginAt.toISOString() : null,
    pendingLink: pendingLink
      ? { purpose: pendingLink.purpose, expiresAt: pendingLink.expiresAt.toISOString() }
      : null,
  };
}
