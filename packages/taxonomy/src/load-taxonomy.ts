import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { TaxonomyFormatError } from './errors.ts';
import { KNOWN_TAXONOMY_FILES, TAXONOMY_FILES } from './jobtech/files.ts';
import { parseTaxonomy } from './jobtech/parse-taxonomy.ts';
import type { Taxonomy } from './model.ts';

export interface LoadTaxonomyOptions {
  /** Called after each file is read, for a progress display. */
  onProgress?: (event: { file: string; bytes: number; done: number; total: number }) => void;
}

/**
 * Reads the JobTech export files found in `dir` (see TAXONOMY_FILES) and parses them with
 * parseTaxonomy. The version is a hash of the raw bytes, so importing the same export twice
 * yields the same version; sourceDate is the newest file's modification time.
 */
export async function loadTaxonomyFromDir(dir: string, options: LoadTaxonomyOptions = {}): Promise<Taxonomy> {
  const present: string[] = [];
  let newest = 0;
  for (const file of KNOWN_TAXONOMY_FILES) {
    const info = await stat(join(dir, file)).catch(() => undefined);
    if (info?.isFile()) {
      present.push(file);
      newest = Math.max(newest, info.mtimeMs);
    }
  }
  if (!present.includes(TAXONOMY_FILES.hierarchy)) {
    throw new TaxonomyFormatError(
      TAXONOMY_FILES.hierarchy,
      `missing in ${dir} (the SSYK hierarchy is required)`,
    );
  }
  const files: Record<string, unknown> = {};
  const hash = createHash('sha256');
  let done = 0;
  for (const file of present.sort()) {
    const raw = await readFile(join(dir, file));
    hash.update(file).update(raw);
    try {
      // An editor on Windows may save with a byte-order mark (field case F14): ignore it.
      files[file] = JSON.parse(raw.toString('utf8').replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new TaxonomyFormatError(file, `not valid JSON (${(error as Error).message})`);
    }
    options.onProgress?.({ file, bytes: raw.length, done: ++done, total: present.length });
  }
  return parseTaxonomy(files, {
    version: `jobtech-${hash.digest('hex').slice(0, 12)}`,
    sourceDate: new Date(newest).toISOString(),
  });
}
