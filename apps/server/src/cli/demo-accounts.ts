import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import type { StaffRole } from '../db/schema/index.ts';

export interface DemoAccount {
  username: string;
  role: StaffRole;
  password: string;
}

/** How to see the accounts again, as a newcomer would type it. */
export const SHOW_AGAIN = 'npm run arbetsbro -- demo accounts';

const roleNames: Record<StaffRole, string> = {
  admin: 'administratör',
  manager: 'enhetschef',
  coach: 'arbetsmarknadscoach',
  liaison: 'företagskontakt',
};

/**
 * Where the demo accounts are kept with an embedded database: inside its directory, readable by
 * its owner only (0600), so they go when the database goes. With a PostgreSQL server there is no
 * such directory, and the passwords are shown once.
 */
function accountsFile(config: Config): string | undefined {
  return config.databaseUrl ? undefined : join(config.dataDir, 'arbetsbro-demo-accounts.json');
}

/** Returns whether they were kept (so the output can say how to see them again). */
export function keepDemoAccounts(config: Config, accounts: DemoAccount[]): boolean {
  const file = accountsFile(config);
  if (!file) return false;
  writeFileSync(file, `${JSON.stringify(accounts, null, 2)}\n`, { mode: 0o600 });
  return true;
}

export function readDemoAccounts(config: Config): DemoAccount[] | undefined {
  const file = accountsFile(config);
  if (!file) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as DemoAccount[];
  } catch {
    return undefined;
  }
}

export function formatAccountTable(accounts: DemoAccount[]): string {
  const rows = [
    ['Användarnamn', 'Roll', 'Lösenord'],
    ...accounts.map((a) => [a.username, `${a.role} (${roleNames[a.role] ?? a.role})`, a.password]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `  ${r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')}`.trimEnd();
  return `${[line(rows[0]!), line(widths.map((w) => '─'.repeat(w))), ...rows.slice(1).map(line)].join('\n')}\n`;
}
