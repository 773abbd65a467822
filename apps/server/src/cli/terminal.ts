import { AsyncLocalStorage } from 'node:async_hooks';
import type { Readable, Writable } from 'node:stream';
import type { AppContext } from '../context.ts';

/**
 * Where a command reads and writes: this process's standard streams, or — when the command was
 * handed to the running server over its control channel — the caller's terminal at the other end
 * of the socket. Actions write through `terminal()`, never `process.stdout`, so the same action
 * runs in a CLI process and inside the server.
 */
export interface Terminal {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  /** Read lazily: a handed-off command asks the caller for its standard input only when it reads it. */
  readonly stdin: Readable & { isTTY?: boolean };
}

/** A command the running server executes for a CLI process (see control-channel.ts). */
export interface RemoteSession {
  /** The server's own context: its database connection, logger and configuration. */
  ctx: AppContext;
  terminal: Terminal;
  /** The caller's working directory: relative file arguments are read from there. */
  cwd: string;
}

const sessions = new AsyncLocalStorage<RemoteSession>();

const processTerminal: Terminal = {
  stdout: process.stdout,
  stderr: process.stderr,
  get stdin() {
    return process.stdin;
  },
};

export function terminal(): Terminal {
  return sessions.getStore()?.terminal ?? processTerminal;
}

/** The session when this code runs inside the server for a CLI process; undefined in the CLI itself. */
export function remoteSession(): RemoteSession | undefined {
  return sessions.getStore();
}

export function runInSession<T>(session: RemoteSession, fn: () => Promise<T>): Promise<T> {
  return sessions.run(session, fn);
}
