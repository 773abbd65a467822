import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  koladaKpi,
  koladaKpiValue,
  koladaMunicipalityGroup,
  koladaMunicipalityGroupMember,
} from '../../db/schema/index.ts';

export type KpiRow = typeof koladaKpi.$inferSelect;
export type GroupRow = typeof koladaMunicipalityGroup.$inferSelect;
export type GroupMemberRow = typeof koladaMunicipalityGroupMember.$inferSelect;
export type KpiValueRow = typeof koladaKpiValue.$inferInsert;

// Rows per INSERT, well under PostgreSQL's 65,535 bind parameters (13 columns at most).
const CHUNK = 1000;

export const koladaRepository = {
  async allKpis(db: Db): Promise<KpiRow[]> {
    return db.select().from(koladaKpi).orderBy(koladaKpi.id);
  },

  async upsertKpis(db: Db, rows: KpiRow[]) {
    for (let i = 0; i < rows.length; i += CHUNK) {
      await db
        .insert(koladaKpi)
        .values(rows.slice(i, i + CHUNK))
        .onConflictDoUpdate({
          target: koladaKpi.id,
          set: {
            title: sql`excluded.title`,
            description: sql`excluded.description`,
            operatingAreas: sql`excluded.operating_areas`,
            perspectives: sql`excluded.perspectives`,
            municipalityType: sql`excluded.municipality_type`,
            isDividedByGender: sql`excluded.is_divided_by_gender`,
            hasOuData: sql`excluded.has_ou_data`,
            auspices: sql`excluded.auspices`,
            publicationDate: sql`excluded.publication_date`,
            preliminaryPublicationDate: sql`excluded.preliminary_publication_date`,
            publPeriod: sql`excluded.publ_period`,
          },
        });
    }
  },

  async allGroups(db: Db): Promise<{ groups: GroupRow[]; members: GroupMemberRow[] }> {
    // Sequential: inside a transaction the queries share one connection.
    const groups = await db.select().from(koladaMunicipalityGroup).orderBy(koladaMunicipalityGroup.id);
    const members = await db.select().from(koladaMunicipalityGroupMember);
    return { groups, members };
  },

  async upsertGroups(db: Db, rows: GroupRow[]) {
    for (let i = 0; i < rows.length; i += CHUNK) {
      await db
        .insert(koladaMunicipalityGroup)
        .values(rows.slice(i, i + CHUNK))
        .onConflictDoUpdate({ target: koladaMunicipalityGroup.id, set: { title: sql`excluded.title` } });
    }
  },

  /** Replaces the member lists of the given groups. */
  async replaceMembers(db: Db, groupIds: string[], members: GroupMemberRow[]) {
    for (let i = 0; i < groupIds.length; i += CHUNK) {
      await db
        .delete(koladaMunicipalityGroupMember)
        .where(inArray(koladaMunicipalityGroupMember.groupId, groupIds.slice(i, i + CHUNK)));
    }
    for (let i = 0; i < members.length; i += CHUNK) {
      await db.insert(koladaMunicipalityGroupMember).values(members.slice(i, i + CHUNK));
    }
  },

  /** Inserts or updates values; returns how many rows were actually written. */
  async upsertValues(db: Db, rows: KpiValueRow[]): Promise<number> {
    let written = 0;
    for (let i = 0; i < rows.length; i += CHUNK) {
      const result = await db
        .insert(koladaKpiValue)
        .values(rows.slice(i, i + CHUNK))
        .onConflictDoUpdate({
          target: [
            koladaKpiValue.kpiId,
            koladaKpiValue.municipalityCode,
            koladaKpiValue.period,
            koladaKpiValue.gender,
          ],
          set: {
            value: sql`excluded.value`,
            count: sql`excluded.count`,
            status: sql`excluded.status`,
            source: sql`excluded.source`,
            importedAt: sql`excluded.imported_at`,
          },
          // Unchanged values are left alone, so re-importing the same file writes nothing.
          setWhere: sql`(${koladaKpiValue.value}, ${koladaKpiValue.count}, ${koladaKpiValue.status}) is distinct from (excluded.value, excluded.count, excluded.status)`,
        })
        .returning({ kpiId: koladaKpiValue.kpiId });
      written += result.length;
    }
    return written;
  },

  async values(db: Db, filter: { kpiIds: string[]; municipalityCodes: string[] }) {
    return db
      .select()
      .from(koladaKpiValue)
      .where(
        and(
          inArray(koladaKpiValue.kpiId, filter.kpiIds),
          inArray(koladaKpiValue.municipalityCode, filter.municipalityCodes),
        ),
      )
      .orderBy(
        koladaKpiValue.kpiId,
        koladaKpiValue.municipalityCode,
        koladaKpiValue.period,
        koladaKpiValue.gender,
      );
  },

  async counts(db: Db) {
    const [row] = await db
      .select({
        kpis: sql<number>`(select count(*)::int from ${koladaKpi})`,
        groups: sql<number>`(select count(*)::int from ${koladaMunicipalityGroup})`,
        values: sql<number>`(select count(*)::int from ${koladaKpiValue})`,
      })
      .from(sql`(select 1) as one`);
    return row ?? { kpis: 0, groups: 0, values: 0 };
  },

  async findKpi(db: Db, id: string) {
    const [row] = await db.select().from(koladaKpi).where(eq(koladaKpi.id, id));
    return row ?? null;
  },
};
