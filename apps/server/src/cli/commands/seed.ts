import type { Command } from 'commander';

export function register(program: Command) {
  program
    .command('seed')
    .description('Fyll en tom databas med demodata')
    .option('--demo', 'demodata (krävs: en riktig installation startar utan demodata)')
    .action(async (opts: { demo?: boolean }) => (await import('../actions/seed.ts')).seed(opts));
}
