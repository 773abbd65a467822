import { type ServerType, serve } from '@hono/node-server';
import type { AppContext } from './context.ts';
import { createApp } from './http/app.ts';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export function startServer(
  ctx: AppContext,
  options: { host: string; port: number },
): Promise<RunningServer> {
  const app = createApp(ctx);
  return new Promise((resolve) => {
    const server: ServerType = serve(
      { fetch: app.fetch, hostname: options.host, port: options.port },
      (info) => {
        resolve({
          url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${info.port}`,
          close: () => new Promise<void>((done) => server.close(() => done())),
        });
      },
    );
  });
}
