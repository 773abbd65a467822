import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { CliError } from './cli-error.ts';

// Each file in ./commands registers its own subcommand(s): `export function register(program)`.
const commandsDir = join(dirname(fileURLToPath(import.meta.url)), 'commands');

const program = new Command()
  .name('arbetsbro')
  .description('Arbetsbro – arbetsmarknadsenhetens verksamhetssystem')
  .showHelpAfterError();

const files = readdirSync(commandsDir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .sort();
for (const file of files) {
  const mod = (await import(join(commandsDir, file))) as { register?: (p: Command) => void };
  mod.register?.(program);
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CliError) {
    process.stderr.write(`arbetsbro: ${error.message}\n`);
    process.exit(error.exitCode);
  }
  throw error;
}
