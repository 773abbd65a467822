import { CliError } from '../cli-error.ts';
import { formatAccountTable, readDemoAccounts } from '../demo-accounts.ts';
import { terminal } from '../terminal.ts';
import { commandConfig } from '../with-context.ts';

export function showDemoAccounts() {
  const config = commandConfig();
  const accounts = readDemoAccounts(config);
  if (!accounts)
    throw new CliError(
      config.databaseUrl
        ? 'Med en PostgreSQL-server sparas demokontonas lösenord inte: de visades när demodatan skapades.'
        : `Inga demokonton i ${config.dataDir}: starta med demodata (npm start) först.`,
    );
  terminal().stdout.write(
    `Demokonton (lösenorden från när demodatan skapades; ett ändrat lösenord syns inte här):\n\n${formatAccountTable(accounts)}`,
  );
}
