import {
  boolean,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

// Kolada (RKA) KPI definitions, municipality groups and KPI values. Public statistics shared by every
// municipality of an installation: no tenant municipality_code; `municipality_code` in
// kolada_kpi_value is what the statistic is about (a municipality, or a group id such as G37556 for
// the group's unweighted average), which every tenant may read. Källa: Kolada.

export const koladaKpi = pgTable('kolada_kpi', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  description: text('description'),
  /** Kolada's operating areas ("Arbetsmarknadsåtgärder", …); a KPI may have several. */
  operatingAreas: jsonb('operating_areas').notNull().$type<string[]>(),
  perspectives: jsonb('perspectives').notNull().$type<string[]>(),
  /** K (kommun), L (region), A (both). */
  municipalityType: text('municipality_type'),
  isDividedByGender: boolean('is_divided_by_gender').notNull().default(false),
  hasOuData: boolean('has_ou_data').notNull().default(false),
  auspices: text('auspices'),
  publicationDate: text('publication_date'),
  preliminaryPublicationDate: text('preliminary_publication_date'),
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

/** One value per KPI, municipality (or group), year and gender (T = totalt, K = kvinnor, M = män). */
export const koladaKpiValue = pgTable(
  'kolada_kpi_value',
  {
    kpiId: text('kpi_id').notNull(),
    municipalityCode: text('municipality_code').notNull(),
    period: integer('period').notNull(),
    gender: text('gender').notNull(),
    value: doublePrecision('value'),
    /** For a group: how many members contributed to the average; otherwise 1. */
    count: integer('count'),
    status: text('status'),
    /** Where the value came from: the Kolada API or a CSV file. */
    source: text('source', { enum: ['api', 'csv'] }).notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.kpiId, t.municipalityCode, t.period, t.gender] })],
);
