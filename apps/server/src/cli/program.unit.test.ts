// Commands handed to the running server read their files from the caller's directory: every
// argument and option declared as <file> or <dir> is made absolute, and nothing else.
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram, notWhileServerRuns, resolvePathArguments } from './program.ts';

class Parsed {
  constructor(
    readonly args: unknown[],
    readonly opts: Record<string, unknown>,
  ) {}
}

/** Parses like the server does, stopping before the action (which would open the database). */
async function parse(argv: string[], cwd: string): Promise<Parsed> {
  const program = buildProgram({ exitOverride: true, writeOut: () => {}, writeErr: () => {} });
  program.hook('preAction', (_program, command: Command) => {
    resolvePathArguments(command, cwd);
    throw new Parsed(command.processedArgs, command.opts());
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof Parsed) return error;
    throw error;
  }
  throw new Error('no action ran');
}

describe('resolvePathArguments', () => {
  it('makes file and directory arguments absolute against the caller’s directory', async () => {
    expect(
      (await parse(['import', 'cases', 'in/cases.csv', '--sheet', 'Blad1'], '/home/coach')).args,
    ).toEqual(['/home/coach/in/cases.csv']);
    expect((await parse(['taxonomy', 'import', '../taxonomy'], '/home/coach/x')).args).toEqual([
      '/home/coach/taxonomy',
    ]);
    expect((await parse(['kolada', 'import-values', '/abs/v.csv'], '/home/coach')).args).toEqual([
      '/abs/v.csv',
    ]);
  });

  it('resolves path options, leaves the rest as typed', async () => {
    const { opts } = await parse(
      [
        'match',
        '--participants',
        'p.json',
        '--needs',
        'n.json',
        '--taxonomy',
        'tax',
        '--direction',
        'participant',
        '--top',
        '5',
      ],
      '/w',
    );
    expect(opts).toMatchObject({
      participants: '/w/p.json',
      needs: '/w/n.json',
      taxonomy: '/w/tax',
      direction: 'participant',
      top: '5',
    });
    const user = await parse(
      ['user', 'create', '--username', 'u', '--role', 'coach', '--unit', 'Jobbcentrum 25+'],
      '/w',
    );
    expect(user.opts).toMatchObject({ username: 'u', unit: ['Jobbcentrum 25+'] });
  });

  it('names the commands that never run inside a running server', () => {
    expect(Object.keys(notWhileServerRuns).sort()).toEqual(['migrate', 'start']);
  });
});
