import type { Command } from 'commander';

export function register(program: Command) {
  const user = program.command('user').description('Personalkonton');
  user
    .command('create')
    .description('Skapa ett personalkonto')
    .requiredOption('--username <name>', 'användarnamn')
    .requiredOption('--role <role>', 'admin | manager | coach | liaison')
    .option('--name <displayName>', 'namn som visas')
    .option('--unit <unit...>', 'enhet(er) som kontot hör till (namn)')
    .option('--password-stdin', 'läs lösenordet från standard in (annars frågas det efter)')
    .action(
      async (opts: {
        username: string;
        role: string;
        name?: string;
        unit?: string[];
        passwordStdin?: boolean;
      }) => (await import('../actions/user.ts')).createUser(opts),
    );
}
