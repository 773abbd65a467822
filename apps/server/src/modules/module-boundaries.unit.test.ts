import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A module is used by other modules only through its public entry (index.ts): everything else
// in it can change without another module noticing.

const modulesDir = dirname(fileURLToPath(import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Imports in one file (path relative to modules/) from another module not through its index.ts. */
function violationsIn(file: string, text: string): string[] {
  const own = file.split('/')[0];
  const out: string[] = [];
  for (const [, spec] of text.matchAll(/from\s+'([^']+)'/g)) {
    if (!spec!.startsWith('.')) continue;
    const target = relative(modulesDir, join(modulesDir, dirname(file), spec!));
    if (target.startsWith('..')) continue; // outside modules/ (access layer, db, http …)
    const [module, ...rest] = target.split('/');
    if (module !== own && rest.join('/') !== 'index.ts') out.push(`${file}: ${spec}`);
  }
  return out;
}

function boundaryViolations(): string[] {
  return sourceFiles(modulesDir)
    .map((f) => relative(modulesDir, f))
    .filter((f) => f.includes('/')) // files in a module's folder (not this test beside them)
    .flatMap((f) => violationsIn(f, readFileSync(join(modulesDir, f), 'utf8')));
}

describe('module boundaries', () => {
  it('no module imports another module except through its index.ts', () => {
    expect(boundaryViolations()).toEqual([]);
  });

  it('tells a reach into another module from a use of its index, its own files or outside layers', () => {
    const text = [
      "import { intake } from '../participant/intake.ts';",
      "import { participantRoutes } from '../participant/index.ts';",
      "import { presentPlan } from './plan.presenter.ts';",
      "import { requireAccess } from '../../access/index.ts';",
      "import { z } from '@hono/zod-openapi';",
    ].join('\n');
    expect(violationsIn('plan/get-plan.ts', text)).toEqual(['plan/get-plan.ts: ../participant/intake.ts']);
  });
});
