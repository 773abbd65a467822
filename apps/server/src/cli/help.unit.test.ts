// `arbetsbro --help` lists every command without loading the server: command files only declare.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const bin = resolve(import.meta.dirname, '../../bin/arbetsbro.js');
const commandsDir = join(import.meta.dirname, 'commands');
const help = async (...args: string[]) => (await run(process.execPath, [bin, ...args, '--help'])).stdout;

describe('arbetsbro --help', () => {
  it('lists every command, and each command its subcommands and options', async () => {
    const top = await help();
    for (const name of [
      'allocate',
      'audit',
      'demo',
      'geo',
      'import',
      'kolada',
      'match',
      'migrate',
      'seed',
      'start',
      'taxonomy',
      'user',
    ])
      expect(top).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
    expect(await help('audit')).toMatch(/verify/);
    expect(await help('audit', 'verify')).toMatch(/--no-seal/);
    expect(await help('kolada')).toMatch(/import-definitions[\s\S]*fetch[\s\S]*import-values/);
    expect(await help('start')).toMatch(/--demo[\s\S]*--port[\s\S]*--host[\s\S]*--data-dir/);
    expect(await help('user', 'create')).toMatch(/--username[\s\S]*--role[\s\S]*--password-stdin/);
  }, 60_000);

  it('command files import nothing at run time but commander types (implementations load in the action)', () => {
    for (const file of readdirSync(commandsDir).filter((f) => f.endsWith('.ts') && !f.includes('.test.'))) {
      const source = readFileSync(join(commandsDir, file), 'utf8');
      const runtimeImports = [...source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)].map(
        (m) => m[1],
      );
      expect(runtimeImports, file).toEqual([]);
      expect(source, file).toMatch(/await import\('\.\.\/actions\//);
    }
  });
});
