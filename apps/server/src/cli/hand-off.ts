import { existsSync } from 'node:fs';
import { createConnection, type Socket } from 'node:net';
import { controlSocketPath, readFrames, type ServerFrame, sendFrame } from './control-protocol.ts';

/**
 * Connects to the server running on `dataDir`, if one is. Only a listening server answers: a
 * socket file left by a server that was killed refuses the connection, so leftovers (the lock, the
 * socket) are never mistaken for a running server.
 */
export function connectToRunningServer(dataDir: string): Promise<Socket | undefined> {
  const path = controlSocketPath(dataDir);
  if (!existsSync(path)) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const socket = createConnection(path);
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(undefined);
    }, 5_000);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('error', () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(undefined);
    });
  });
}

/**
 * Sends the command line to the server and relays its output (and, when the command reads it,
 * this process's standard input) until it exits. Resolves to the command's exit code.
 */
export function handOff(socket: Socket, argv: string[], cwd: string): Promise<number> {
  return new Promise((resolve) => {
    let exitCode: number | undefined;
    let forwarding = false;
    const forwardStdin = () => {
      if (forwarding) return;
      forwarding = true;
      process.stdin.on('data', (chunk: Buffer) =>
        sendFrame(socket, { t: 'in', b: chunk.toString('base64') }),
      );
      process.stdin.once('end', () => sendFrame(socket, { t: 'in-end' }));
    };
    readFrames<ServerFrame>(socket, (frame) => {
      if (frame.t === 'out') process.stdout.write(frame.s);
      else if (frame.t === 'err') process.stderr.write(frame.s);
      else if (frame.t === 'want-in') forwardStdin();
      else if (frame.t === 'exit') exitCode = frame.code;
    });
    socket.on('error', () => {});
    socket.once('close', () => {
      // Standard input must not keep this process alive once the command is over.
      if (forwarding) process.stdin.destroy();
      if (exitCode === undefined)
        process.stderr.write('arbetsbro: Förbindelsen med servern bröts innan kommandot var klart.\n');
      resolve(exitCode ?? 1);
    });
    sendFrame(socket, {
      t: 'run',
      argv,
      cwd,
      tty: {
        stdin: process.stdin.isTTY === true,
        stdout: process.stdout.isTTY === true,
        stderr: process.stderr.isTTY === true,
      },
    });
  });
}
