import type { Socket } from 'node:net';
import { join } from 'node:path';

/**
 * The control channel between a CLI process and the server running on the same embedded
 * database: a Unix domain socket in a directory beside the data directory that only its owner may
 * enter (0700; the socket itself 0600). Frames are JSON, one per line.
 */
export function controlDirectory(dataDir: string): string {
  return `${dataDir}.control`;
}

export function controlSocketPath(dataDir: string): string {
  return join(controlDirectory(dataDir), 'cli.sock');
}

export type ClientFrame =
  /** The command line after `arbetsbro`, and where it was typed. */
  | { t: 'run'; argv: string[]; cwd: string; tty: { stdin: boolean; stdout: boolean; stderr: boolean } }
  /** Standard input, base64, sent only after the server asked for it. */
  | { t: 'in'; b: string }
  | { t: 'in-end' };

export type ServerFrame =
  | { t: 'out'; s: string }
  | { t: 'err'; s: string }
  /** The command reads standard input: the CLI starts sending it. */
  | { t: 'want-in' }
  | { t: 'exit'; code: number };

/** Longest frame accepted (a stdin chunk of 64 kB is ≈ 88 kB as base64). */
const MAX_FRAME = 1 << 20;

export function sendFrame(socket: Socket, frame: ClientFrame | ServerFrame): void {
  if (socket.writable) socket.write(`${JSON.stringify(frame)}\n`);
}

/** Calls `onFrame` for each frame; a malformed or oversized frame ends the connection. */
export function readFrames<T>(socket: Socket, onFrame: (frame: T) => void): void {
  let buffered = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    buffered += chunk;
    let newline = buffered.indexOf('\n');
    while (newline >= 0) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      let frame: T;
      try {
        frame = JSON.parse(line) as T;
      } catch {
        socket.destroy();
        return;
      }
      onFrame(frame);
      newline = buffered.indexOf('\n');
    }
    if (buffered.length > MAX_FRAME) socket.destroy();
  });
}
