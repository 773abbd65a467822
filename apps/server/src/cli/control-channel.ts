import { chmodSync, lstatSync, mkdirSync, rmdirSync, rmSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { PassThrough, Writable } from 'node:stream';
import { CommanderError } from 'commander';
import type { AppContext } from '../context.ts';
import { CliError } from './cli-error.ts';
import {
  type ClientFrame,
  controlDirectory,
  controlSocketPath,
  readFrames,
  sendFrame,
} from './control-protocol.ts';
import { buildProgram, commandPath, notWhileServerRuns, resolvePathArguments } from './program.ts';
import { runInSession, type Terminal } from './terminal.ts';

export interface ControlChannel {
  path: string;
  /** Stops accepting commands and waits for those running to finish. */
  close(): Promise<void>;
}

/**
 * While the server holds the embedded database, other `arbetsbro` commands cannot open it (PGlite
 * is one process per data directory). So the server listens on a Unix socket beside the data
 * directory, and a CLI process that finds it hands its command line over: the server runs the
 * same action in-process with its own context and streams the output back.
 *
 * Who may connect: only the owner of the directory the socket lives in (0700, checked to be ours)
 * — the same person who could open the database files directly.
 */
export async function startControlChannel(ctx: AppContext): Promise<ControlChannel | undefined> {
  const dataDir = ctx.config.dataDir;
  const directory = controlDirectory(dataDir);
  const path = controlSocketPath(dataDir);
  try {
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    const stat = lstatSync(directory);
    if (!stat.isDirectory() || (process.getuid && stat.uid !== process.getuid()))
      throw new Error(`${directory} är inte en katalog som ägs av den här användaren`);
    chmodSync(directory, 0o700);
  } catch (error) {
    ctx.logger.warn({ error: (error as Error).message }, 'cli control channel not started');
    return undefined;
  }
  // We hold the database lock, so a socket left here is from a server that was killed.
  rmSync(path, { force: true });

  const running = new Set<Promise<void>>();
  const server = createServer((socket) => {
    const done = serve(ctx, socket).finally(() => running.delete(done));
    running.add(done);
  });
  const listening = await new Promise<boolean>((resolve) => {
    server.once('error', (error) => {
      ctx.logger.warn({ error: error.message }, 'cli control channel not started');
      resolve(false);
    });
    server.listen(path, () => resolve(true));
  });
  if (!listening) return undefined;
  chmodSync(path, 0o600);
  ctx.logger.debug({ path }, 'cli control channel listening');

  return {
    path,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.allSettled([...running]);
      try {
        rmdirSync(directory);
      } catch {
        // Not empty or already gone: left as it is.
      }
    },
  };
}

/** One connection: one command. */
function serve(ctx: AppContext, socket: Socket): Promise<void> {
  return new Promise((resolve) => {
    let started = false;
    let stdin: PassThrough | undefined;
    socket.on('error', () => {});
    socket.on('close', () => {
      stdin?.end();
      if (!started) resolve();
    });
    readFrames<ClientFrame>(socket, (frame) => {
      if (frame.t === 'run' && !started && Array.isArray(frame.argv) && typeof frame.cwd === 'string') {
        started = true;
        const input = Object.assign(new PassThrough(), { isTTY: frame.tty?.stdin === true });
        const terminal: Terminal = {
          stdout: output(socket, 'out', frame.tty?.stdout === true),
          stderr: output(socket, 'err', frame.tty?.stderr === true),
          get stdin() {
            if (!stdin) {
              stdin = input;
              sendFrame(socket, { t: 'want-in' });
            }
            return input;
          },
        };
        void execute(ctx, frame.argv.map(String), frame.cwd, terminal).then((code) => {
          sendFrame(socket, { t: 'exit', code });
          socket.end();
          resolve();
        });
      } else if (frame.t === 'in' && typeof frame.b === 'string') {
        stdin?.write(Buffer.from(frame.b, 'base64'));
      } else if (frame.t === 'in-end') {
        stdin?.end();
      }
    });
  });
}

function output(socket: Socket, t: 'out' | 'err', isTTY: boolean): Writable & { isTTY: boolean } {
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      sendFrame(socket, { t, s: typeof chunk === 'string' ? chunk : chunk.toString('utf8') });
      callback();
    },
    decodeStrings: false,
  });
  return Object.assign(stream, { isTTY });
}

/** Runs the command line as `arbetsbro` would, in this process; resolves to its exit code. */
async function execute(ctx: AppContext, argv: string[], cwd: string, terminal: Terminal): Promise<number> {
  const started = performance.now();
  let name = '';
  const program = buildProgram({
    exitOverride: true,
    writeOut: (text) => terminal.stdout.write(text),
    writeErr: (text) => terminal.stderr.write(text),
  });
  program.hook('preAction', (_program, command) => {
    name = commandPath(command);
    const refuse = notWhileServerRuns[name];
    if (refuse) throw new CliError(refuse(ctx.config.dataDir));
    resolvePathArguments(command, cwd);
  });
  let code = 0;
  try {
    await runInSession({ ctx, terminal, cwd }, () => program.parseAsync(argv, { from: 'user' }));
  } catch (error) {
    if (error instanceof CliError) {
      terminal.stderr.write(`arbetsbro: ${error.message}\n`);
      code = error.exitCode;
    } else if (error instanceof CommanderError) {
      code = error.exitCode; // commander has written its message
    } else {
      // Only the kind of error in the log: a database error's text may quote the data.
      ctx.logger.error(
        { command: name, error: (error as Error)?.name, code: (error as { code?: unknown })?.code },
        'cli command failed',
      );
      terminal.stderr.write(`arbetsbro: Kommandot misslyckades i servern: ${(error as Error)?.message}\n`);
      code = 1;
    }
  }
  // The command's name only: its arguments may be file names that say who they concern.
  ctx.logger.info(
    { command: name, exitCode: code, ms: Math.round(performance.now() - started) },
    'cli command',
  );
  return code;
}
