import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { problems } from '../../http/problem.ts';
import { unitRepository } from '../unit/index.ts';
import { presentAccount } from './staff.presenter.ts';
import { passwordLinkRepository, staffRepository } from './staff.repository.ts';
import type { AccountView } from './staff.schemas.ts';

// What the account use cases share: loading accounts for the administrator, and the rules on
// units and on the last administrator.

/** The municipality's accounts (or the given ones) as the administrator sees them. */
export async function loadAccounts(
  ctx: AppContext,
  db: Db,
  municipalityCode: string,
  ids?: string[],
): Promise<AccountView[]> {
  const rows = await staffRepository.listAccounts(db, municipalityCode, ids);
  const [units, pending] = await Promise.all([
    staffRepository.unitsOf(
      db,
      municipalityCode,
      rows.map((r) => r.id),
    ),
    passwordLinkRepository.pending(db, municipalityCode, ctx.clock()),
  ]);
  return rows.map((row) =>
    presentAccount(
      row,
      units.filter((u) => u.staffId === row.id).map((u) => ({ id: u.id, name: u.name })),
      pending.find((p) => p.staffId === row.id),
    ),
  );
}

export async function loadAccount(ctx: AppContext, db: Db, municipalityCode: string, id: string) {
  const [account] = await loadAccounts(ctx, db, municipalityCode, [id]);
  if (!account) throw problems.notFound('Kontot finns inte.');
  return account;
}

/** The unit ids, each checked to be a unit of the municipality (else a 400 on `unitIds`). */
export async function checkUnitIds(
  db: Db,
  municipalityCode: string,
  role: string,
  unitIds: string[],
): Promise<string[]> {
  const unique = [...new Set(unitIds)];
  const units = await unitRepository.list(db, municipalityCode);
  if (unique.some((id) => !units.some((u) => u.id === id))) {
    throw problems.invalid([{ path: 'unitIds', message: 'En av enheterna finns inte. Ladda om sidan.' }]);
  }
  if ((role === 'coach' || role === 'manager') && unique.length === 0) {
    throw problems.invalid([
      {
        path: 'unitIds',
        message:
          role === 'coach'
            ? 'Välj minst en enhet: en arbetsmarknadscoach arbetar med deltagarna i sina enheter.'
            : 'Välj minst en enhet: en enhetschef ser deltagarna i sina enheter.',
      },
    ]);
  }
  return unique;
}

/**
 * Refuses a change that would leave the municipality without an active administrator. Call inside
 * the write's transaction, before the change: it locks the active administrators' rows.
 */
export async function assertNotLastAdmin(db: Db, municipalityCode: string, staffId: string, doing: string) {
  const admins = await staffRepository.lockActiveAdmins(db, municipalityCode);
  if (admins.length === 1 && admins[0] === staffId) {
    throw problems.conflict(
      `Det måste alltid finnas minst en aktiv administratör, så kontot kan inte ${doing}. Gör först någon annan till administratör.`,
    );
  }
}
