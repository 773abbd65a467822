import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../db/client.ts';

// A tiny hand-written export in the JobTech file shapes, written to a temporary directory, so that
// importer tests run without ../shared. Options remove or rename concepts to imitate a newer export.

export interface ExportOptions {
  /** Occupation ids to leave out (a newer export that dropped them). */
  withoutOccupations?: string[];
  /** New labels by concept id. */
  relabel?: Record<string, string>;
  /** Substitutability percentage for Städare ← Industristädare (default 75). */
  cleanerPercent?: number;
}

const occ = (id: string, label: string) => ({ id, preferred_label: label, type: 'occupation-name' });

export function jobtechExport(options: ExportOptions = {}): Record<string, unknown> {
  const label = (id: string, fallback: string) => options.relabel?.[id] ?? fallback;
  const keep = (o: { id: string }) => !options.withoutOccupations?.includes(o.id);
  const percent = options.cleanerPercent ?? 75;
  const group = (id: string, code: string, name: string, narrower: unknown[], definition?: string) => ({
    id,
    preferred_label: name,
    type: `ssyk-level-${code.length}`,
    ssyk_code_2012: code,
    ...(definition ? { definition } : {}),
    narrower,
  });
  return {
    'the-ssyk-hierarchy-with-occupations.json': {
      data: {
        concepts: [
          group('T_L1_9', '9', 'Yrken med krav på kortare utbildning eller introduktion', [
            group('T_L2_91', '91', 'Städare m.fl.', [
              group('T_L3_911', '911', 'Städare m.fl.', [
                group(
                  'T_G_9111',
                  '9111',
                  'Städare',
                  [occ('T_O_stad', label('T_O_stad', 'Städare')), occ('T_O_ind', 'Industristädare')].filter(
                    keep,
                  ),
                  'Städar lokaler.',
                ),
              ]),
            ]),
          ]),
          group('T_L1_8', '8', 'Yrken inom maskinell tillverkning och transport m.m.', [
            group('T_L2_83', '83', 'Transport- och maskinförare', [
              group('T_L3_834', '834', 'Maskinförare', [
                group(
                  'T_G_8344',
                  '8344',
                  'Truckförare',
                  [
                    occ('T_O_truck', 'Truckförare'),
                    {
                      ...occ('T_O_truck_old', 'Truckchaufför'),
                      deprecated: true,
                      replaced_by: [occ('T_O_truck', 'Truckförare')],
                    },
                  ].filter(keep),
                ),
              ]),
            ]),
          ]),
        ],
      },
    },
    'skills.json': {
      data: {
        concepts: [
          { id: 'T_S_truck', preferred_label: 'Truckvana', type: 'skill' },
          { id: 'T_S_stad', preferred_label: label('T_S_stad', 'Lokalvård'), type: 'skill' },
        ],
      },
    },
    'ssyk-level-4-groups-with-related-skills.json': {
      data: {
        concepts: [
          {
            id: 'T_G_8344',
            preferred_label: 'Truckförare',
            type: 'ssyk-level-4',
            related: [{ id: 'T_S_truck', preferred_label: 'Truckvana', type: 'skill' }],
          },
          {
            id: 'T_G_9111',
            preferred_label: 'Städare',
            type: 'ssyk-level-4',
            related: [{ id: 'T_S_stad', preferred_label: 'Lokalvård', type: 'skill' }],
          },
        ],
      },
    },
    'substitutability-relations-between-occupations.json': {
      data: {
        concepts: [
          {
            id: 'T_O_ind',
            preferred_label: 'Industristädare',
            type: 'occupation-name',
            substituted_by: [],
            substitutes: keep({ id: 'T_O_stad' })
              ? [{ ...occ('T_O_stad', 'Städare'), substitutability_percentage: percent }]
              : [],
          },
        ],
      },
    },
    'occupations-with-no-edcuational-requirements.json': {
      data: {
        concepts: [
          {
            id: 'T_C_noedu',
            preferred_label: 'Yrkessamling, yrken utan krav på utbildning',
            type: 'occupation-collection',
            related: [occ('T_O_ind', 'Industristädare')],
          },
        ],
      },
    },
  };
}

/** Writes files (name → JSON value, or a raw string for broken files) to a new temporary directory. */
export function writeExport(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'arbetsbro-taxonomy-'));
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

export const taxonomyTables = [
  'taxonomy_ssyk_group',
  'taxonomy_occupation',
  'taxonomy_skill',
  'taxonomy_ssyk4_skill',
  'taxonomy_substitutability',
  'taxonomy_isco_group',
  'taxonomy_ssyk4_isco',
  'taxonomy_language',
  'taxonomy_version',
] as const;

/** Row count and a content checksum per taxonomy table, computed by the database. */
export async function tableChecksums(db: Db): Promise<Record<string, { rows: number; md5: string | null }>> {
  const out: Record<string, { rows: number; md5: string | null }> = {};
  for (const table of taxonomyTables) {
    const result = await db.execute(
      sql.raw(
        `select count(*)::int as rows, md5(string_agg(t::text, '|' order by t::text)) as md5 from ${table} t`,
      ),
    );
    out[table] = rowsOf<{ rows: number; md5: string | null }>(result)[0]!;
  }
  return out;
}
