import pino from 'pino';

// Structured logs carry ids, codes and timings — never names, personnummer, bodies or query strings.
// The redact list is a second line of defence for fields that should never reach a log anyway.
export function createLogger(level: string) {
  return pino({
    level,
    base: { service: 'arbetsbro' },
    redact: {
      paths: [
        'password',
        '*.password',
        'personnummer',
        '*.personnummer',
        'req.headers.cookie',
        'headers.cookie',
      ],
      censor: '[dolt]',
    },
  });
}
export type Logger = ReturnType<typeof createLogger>;
