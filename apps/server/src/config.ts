import { resolve } from 'node:path';
import { z } from 'zod';

// Configuration comes from the environment only (twelve-factor); defaults give the demo.
const envSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  ARBETSBRO_DATA_DIR: z.string().default('.data/pglite'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  ARBETSBRO_MUNICIPALITY_CODE: z
    .string()
    .regex(/^\d{4}$/, 'kommunkod ska vara fyra siffror')
    .default('1488'),
  ARBETSBRO_MUNICIPALITY_NAME: z.string().min(1).default('Trollhättan'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Set when the server sits behind TLS (cookies get `Secure`). */
  ARBETSBRO_SECURE_COOKIES: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  ARBETSBRO_DEMO_PASSWORD: z.string().min(8).optional(),
  ARBETSBRO_WEB_DIST: z.string().optional(),
  /** smtp://user:pass@host:587 (or smtps://…): the outbox sends e-mail there. Unset: files. */
  ARBETSBRO_SMTP_URL: z.string().url().optional(),
  ARBETSBRO_MAIL_FROM: z.string().min(3).default('Arbetsbro <noreply@arbetsbro.invalid>'),
  /** Without SMTP, each outgoing message is written here as a .eml file (development). */
  ARBETSBRO_OUTBOX_DIR: z.string().default('.data/outbox'),
});

export interface Config {
  databaseUrl: string | undefined;
  dataDir: string;
  host: string;
  port: number;
  municipality: { code: string; name: string };
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  secureCookies: boolean;
  demoPassword: string | undefined;
  webDist: string | undefined;
  mail: { smtpUrl: string | undefined; from: string; outboxDir: string };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Ogiltig konfiguration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: resolve(e.ARBETSBRO_DATA_DIR),
    host: e.HOST,
    port: e.PORT,
    municipality: { code: e.ARBETSBRO_MUNICIPALITY_CODE, name: e.ARBETSBRO_MUNICIPALITY_NAME },
    logLevel: e.LOG_LEVEL,
    secureCookies: e.ARBETSBRO_SECURE_COOKIES,
    demoPassword: e.ARBETSBRO_DEMO_PASSWORD,
    webDist: e.ARBETSBRO_WEB_DIST,
    mail: {
      smtpUrl: e.ARBETSBRO_SMTP_URL,
      from: e.ARBETSBRO_MAIL_FROM,
      outboxDir: resolve(e.ARBETSBRO_OUTBOX_DIR),
    },
  };
}
