import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { KoladaFormatError } from './errors.ts';
import { parseKpiDefinitions } from './kpi-definitions.ts';
import type { KpiDefinition, MunicipalityGroup } from './model.ts';
import { parseMunicipalityGroups } from './municipality-groups.ts';

export const KOLADA_FILES = { kpis: 'kpis-labour-market.json', groups: 'municipality-groups.json' } as const;

export interface KoladaDefinitions {
  kpis: KpiDefinition[];
  groups: MunicipalityGroup[];
}

async function readJson(dir: string, file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(join(dir, file), 'utf8');
  } catch (error) {
    throw new KoladaFormatError(
      file,
      `cannot be read in ${dir} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new KoladaFormatError(file, `not valid JSON (${(error as Error).message})`);
  }
}

/** Reads kpis-labour-market.json and municipality-groups.json from `dir`. */
export async function loadKoladaDefinitionsFromDir(dir: string): Promise<KoladaDefinitions> {
  const [kpis, groups] = await Promise.all([
    readJson(dir, KOLADA_FILES.kpis),
    readJson(dir, KOLADA_FILES.groups),
  ]);
  return {
    kpis: parseKpiDefinitions(kpis, KOLADA_FILES.kpis),
    groups: parseMunicipalityGroups(groups, KOLADA_FILES.groups),
  };
}
