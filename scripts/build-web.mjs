#!/usr/bin/env node
// Builds the web app (apps/web → apps/web/dist) unless nothing it is built from has changed since
// the last successful build: `npm start` and `npm test` run this instead of `vite build` each time.
// What it is built from: every file of apps/web (but dist and node_modules), the workspace packages
// it imports (and those they import), tests left out; the root package.json, package-lock.json and tsconfig.
// After a successful build their hash is written to dist/.build-stamp; `--force` always builds.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const web = join(root, 'apps/web');
const stampFile = join(web, 'dist/.build-stamp');
const skip = new Set(['node_modules', 'dist', '.vite']);

function filesUnder(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skip.has(entry.name) || entry.name.includes('.test.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...filesUnder(path));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

/** apps/web and the workspace packages it reaches through `@arbetsbro/…` imports. */
function inputs() {
  const files = [...filesUnder(web)];
  const seen = new Set();
  for (let i = 0; i < files.length; i++) {
    if (!/\.(ts|tsx|js|mjs|json)$/.test(files[i])) continue;
    for (const match of readFileSync(files[i], 'utf8').matchAll(/['"]@arbetsbro\/([a-z0-9-]+)/g)) {
      const name = match[1];
      if (seen.has(name) || !existsSync(join(root, 'packages', name))) continue;
      seen.add(name);
      files.push(...filesUnder(join(root, 'packages', name)));
    }
  }
  for (const file of ['package.json', 'package-lock.json', 'tsconfig.base.json'])
    if (existsSync(join(root, file))) files.push(join(root, file));
  return files;
}

function hashOf(files) {
  const hash = createHash('sha256');
  for (const file of [...new Set(files)].sort()) {
    hash.update(relative(root, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

const hash = hashOf(inputs());
const stamp = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : '';
if (stamp === hash && !process.argv.includes('--force')) {
  process.stdout.write('Webbappen är oförändrad sedan förra bygget (apps/web/dist).\n');
} else {
  const build = spawnSync('npm', ['run', 'build', '-w', '@arbetsbro/web'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeFileSync(stampFile, `${hash}\n`);
}
