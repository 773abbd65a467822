import type { Command } from 'commander';

export function register(program: Command) {
  const demo = program.command('demo').description('Demodata');
  demo
    .command('accounts')
    .description('Visa demokontona och lösenorden som skapades med demodatan (inbäddad databas)')
    .action(async () => (await import('../actions/demo.ts')).showDemoAccounts());
}
