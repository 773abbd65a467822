import { createInterface } from 'node:readline/promises';
import { HttpProblem } from '../../http/problem.ts';
import { systemActor } from '../../modules/auth/actor.ts';
import { createStaffUser } from '../../modules/staff/create-staff-user.ts';
import { CliError } from '../cli-error.ts';
import { terminal } from '../terminal.ts';
import { withContext } from '../with-context.ts';

export async function createUser(opts: {
  username: string;
  role: string;
  name?: string;
  unit?: string[];
  passwordStdin?: boolean;
}) {
  // Never a command-line argument: it would end up in the shell history and `ps`.
  const password = await readPassword(opts.passwordStdin ?? false);
  await withContext(async (ctx) => {
    try {
      const created = await createStaffUser(ctx, systemActor(ctx.config.municipality.code, 'cli'), {
        username: opts.username,
        displayName: opts.name ?? opts.username,
        role: opts.role as never,
        password,
        units: opts.unit ?? [],
      });
      terminal().stdout.write(`Kontot ${created.username} (${created.role}) är skapat.\n`);
    } catch (error) {
      if (error instanceof HttpProblem) throw new CliError(error.detail);
      throw error;
    }
  });
}

async function readPassword(fromStdin: boolean): Promise<string> {
  const { stdin, stdout } = terminal();
  if (fromStdin || !stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(chunk as Buffer);
    const value = Buffer.concat(chunks).toString('utf8').split('\n')[0]?.trim() ?? '';
    if (!value) throw new CliError('Inget lösenord på standard in.');
    return value;
  }
  // Line by line (not readline's own terminal mode): the same whether the prompt is in this
  // process or relayed from the server a command was handed to.
  const rl = createInterface({ input: stdin, output: stdout, terminal: false });
  const value = await rl.question('Lösenord: ');
  rl.close();
  return value;
}
