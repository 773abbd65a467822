import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import type { PasswordLinkPurpose } from '../../db/schema/index.ts';
import { passwordLinkRepository } from './staff.repository.ts';
import type { PasswordLinkView } from './staff.schemas.ts';

/** How long a one-time link works. */
export const PASSWORD_LINK_VALID_MS = 72 * 60 * 60 * 1000;
/** The web app's page that opens a link; the token follows `#`, so it never reaches a server. */
export const PASSWORD_LINK_PAGE = '/valj-losenord';

export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Makes a new one-time link for the account (inside the caller's transaction) and ends the
 * account's earlier unused ones. The token is returned once and stored only as its SHA-256.
 */
export async function issuePasswordLink(
  db: Db,
  input: {
    municipalityCode: string;
    staffId: string;
    purpose: PasswordLinkPurpose;
    createdById: string | null;
    now: Date;
  },
): Promise<PasswordLinkView> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(input.now.getTime() + PASSWORD_LINK_VALID_MS);
  await passwordLinkRepository.deleteUnused(db, input.municipalityCode, input.staffId);
  await passwordLinkRepository.insert(db, {
    tokenHash: hashLinkToken(token),
    municipalityCode: input.municipalityCode,
    staffId: input.staffId,
    purpose: input.purpose,
    createdById: input.createdById,
    createdAt: input.now,
    expiresAt,
  });
  return {
    token,
    path: `${PASSWORD_LINK_PAGE}#${token}`,
    purpose: input.purpose,
    expiresAt: expiresAt.toISOString(),
  };
}
