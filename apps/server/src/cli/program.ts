import { isAbsolute, resolve } from 'node:path';
import { Command } from 'commander';
import * as allocate from './commands/allocate.ts';
import * as audit from './commands/audit.ts';
import * as demo from './commands/demo.ts';
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
const commands = [
  allocate,
  audit,
  demo,
  geo,
  importCommand,
  kolada,
  match,
  migrate,
  seed,
  start,
  taxonomy,
  user,
];

/**
 * Commands that make no sense inside a running server, with what to say instead. Every other
 * command is handed to the server when one runs on the embedded database (see hand-off.ts).
 */
export const notWhileServerRuns: Record<string, (dataDir: string) => string> = {
  start: (dataDir) =>
    `Arbetsbro körs redan på databaskatalogen ${dataDir}. Öppna den adress servern skrev ut när den ` +
    'startade, eller stoppa den (Ctrl+C i dess terminal) innan du startar en ny.',
  migrate: (dataDir) =>
    `Arbetsbro körs redan på databaskatalogen ${dataDir} och migrerade databasen när den startade. ` +
    'En nyare version migreras när servern startas om med den.',
};

export interface ProgramOptions {
  /** Inside the server: commander reports errors by throwing, never by exiting the process. */
  exitOverride?: boolean;
  writeOut?: (text: string) => void;
  writeErr?: (text: string) => void;
}

export function buildProgram(options: ProgramOptions = {}): Command {
  const program = new Command()
    .name('arbetsbro')
    .description('Arbetsbro – arbetsmarknadsenhetens verksamhetssystem')
    .showHelpAfterError();
  // Set before the subcommands are added: they inherit both.
  if (options.exitOverride) program.exitOverride();
  if (options.writeOut || options.writeErr)
    program.configureOutput({
      ...(options.writeOut ? { writeOut: options.writeOut } : {}),
      ...(options.writeErr ? { writeErr: options.writeErr } : {}),
    });
  for (const command of commands) command.register(program);
  return program;
}

/** `import cases`, `kolada fetch`: the names from the program down to the command that runs. */
export function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** Arguments and options whose value is a file or directory are declared as `<file>` or `<dir>`. */
const PATH_PLACEHOLDER = /<(file|dir)(\.\.\.)?>|\[(file|dir)(\.\.\.)?\]/;

/**
 * Makes every file and directory argument of `command` absolute, relative to `cwd` (the caller's
 * working directory when the command runs in the server for a CLI process elsewhere).
 */
export function resolvePathArguments(command: Command, cwd: string): void {
  const absolute = (value: unknown): unknown => {
    if (typeof value === 'string') return isAbsolute(value) ? value : resolve(cwd, value);
    if (Array.isArray(value)) return value.map(absolute);
    return value;
  };
  command.registeredArguments.forEach((argument, i) => {
    if (['file', 'dir'].includes(argument.name()) && command.processedArgs[i] !== undefined)
      command.processedArgs[i] = absolute(command.processedArgs[i]);
  });
  for (const option of command.options) {
    if (!PATH_PLACEHOLDER.test(option.flags)) continue;
    const key = option.attributeName();
    const value = command.getOptionValue(key);
    if (value !== undefined)
      command.setOptionValueWithSource(key, absolute(value), command.getOptionValueSource(key) ?? 'cli');
  }
}
