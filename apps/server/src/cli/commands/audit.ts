import type { Command } from 'commander';

export function register(program: Command) {
  const audit = program.command('audit').description('Granskningsloggen');
  audit
    .command('verify')
    .description('Kontrollera att ingen rad i granskningsloggen har ändrats eller tagits bort')
    .option('--no-seal', 'kedja inte nya rader först (kontrollera bara det som redan är förseglat)')
    .action(async (opts: { seal: boolean }) => (await import('../actions/audit.ts')).verify(opts));
}
