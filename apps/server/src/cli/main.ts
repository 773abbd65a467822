import { Command } from 'commander';
import { CliError } from './cli-error.ts';
import * as allocate from './commands/allocate.ts';
import * as audit from './commands/audit.ts';
import * as geo from './commands/geo.ts';
import * as importCommand from './commands/import.ts';
import * as kolada from './commands/kolada.ts';
import * as match from './commands/match.ts';
import * as migrate from './commands/migrate.ts';
import * as seed from './commands/seed.ts';
import * as start from './commands/start.ts';
import * as taxonomy from './commands/taxonomy.ts';
import * as user from './commands/user.ts';

// Each file in ./commands only declares its subcommand(s) (name, options, help); its action
// imports the implementation from ./actions when it runs. So `arbetsbro --help` and every
// command load only what they use, not the whole server.
const commands = [allocate, audit, geo, importCommand, kolada, match, migrate, seed, start, taxonomy, user];

const program = new Command()
  .name('arbetsbro')
  .description('Arbetsbro – arbetsmarknadsenhetens verksamhetssystem')
  .showHelpAfterError();
for (const command of commands) command.register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CliError) {
    process.stderr.write(`arbetsbro: ${error.message}\n`);
    process.exit(error.exitCode);
  }
  throw error;
}
