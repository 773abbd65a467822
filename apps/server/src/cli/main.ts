import { resolve } from 'node:path';
import type { Command } from 'commander';
import { CliError } from './cli-error.ts';
import { connectToRunningServer, handOff } from './hand-off.ts';
import { buildProgram, commandPath, notWhileServerRuns } from './program.ts';

/** The command ran in the server; its output has been relayed and this is its exit code. */
class HandedOff {
  constructor(readonly exitCode: number) {}
}

const program = buildProgram();

// PGlite is one process per data directory: while a server runs on it, every command is handed
// to that server (control-channel.ts), which runs the same action in its own process.
program.hook('preAction', async (_program, command) => {
  const dataDir = await embeddedDataDir(command);
  if (!dataDir) return;
  const server = await connectToRunningServer(dataDir);
  if (!server) return;
  const refuse = notWhileServerRuns[commandPath(command)];
  if (refuse) {
    server.destroy();
    throw new CliError(refuse(dataDir));
  }
  throw new HandedOff(await handOff(server, process.argv.slice(2), process.cwd()));
});

/** The embedded database's directory the command would open; undefined with DATABASE_URL. */
async function embeddedDataDir(command: Command): Promise<string | undefined> {
  // Loaded here, not at the top: `arbetsbro --help` stays quick.
  const { loadConfig } = await import('../config.ts');
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch {
    return undefined; // the command itself reports the configuration error, as before
  }
  if (config.databaseUrl) return undefined;
  const option = command.getOptionValue('dataDir') as string | undefined;
  return option ? resolve(option) : config.dataDir;
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof HandedOff) {
    process.exitCode = error.exitCode;
  } else if (error instanceof CliError) {
    process.stderr.write(`arbetsbro: ${error.message}\n`);
    process.exit(error.exitCode);
  } else {
    throw error;
  }
}
