import { boolean, doublePrecision, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

// Kolada (RKA) KPI definitions, municipality groups and KPI values. Public statistics shared by every
// municipality of an installation: no tenant municipality_code; `municipality_code` in
// kolada_kpi_value is the municipality the statistic is about (the unit's own and its comparison
// group), which every tenant may read. Källa: Kolada.

export const koladaKpi = pgTable('kolada_kpi', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  description: text('description'),
  operatingArea: text('operating_area'),
  perspective: text('perspective'),
  /** K (kommun), L (region), … */
  municipalityType: text('municipality_type'),
  isDividedByGender: boolean('is_divided_by_gender').notNull().default(false),
  publicationDate: text('publication_date'),
  publPeriod: text('publ_period'),
});

export const koladaMunicipalityGroup = pgTable('kolada_municipality_group', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
});

export const koladaMunicipalityGroupMember = pgTable(
  'kolada_municipality_group_member',
  {
    groupId: text('group_id')
      .notNull()
      .references(() => koladaMunicipalityGroup.id, { onDelete: 'cascade' }),
    municipalityCode: text('municipality_code').notNull(),
    municipalityName: text('municipality_name'),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.municipalityCode] })],
);

/** One value per KPI, municipality, year and gender (T = totalt, K = kvinnor, M = män). */
export const koladaKpiValue = pgTable(
  'kolada_kpi_value',
  {
    kpiId: text('kpi_id').notNull(),
    municipalityCode: text('municipality_code').notNull(),
    period: integer('period').notNull(),
    gender: text('gender').notNull(),
    value: doublePrecision('value'),
    count: integer('count'),
    status: text('status'),
    /** Where the value came from: the Kolada API or a CSV file. */
    source: text('source', { enum: ['api', 'csv'] }).notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.kpiId, t.municipalityCode, t.period, t.gender] })],
);
