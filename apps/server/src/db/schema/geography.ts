import { doublePrecision, index, integer, pgTable, text } from 'drizzle-orm/pg-core';

// Swedish counties, municipalities and postal codes (`arbetsbro geo import`). Reference data shared
// by every municipality of an installation, so no municipality_code tenant key: `code` here is the
// municipality the row describes, not the tenant that owns it. Named geo_* so they are not confused
// with the tenancy table `municipality` (the installation's own municipalities).

export const geoCounty = pgTable('geo_county', {
  code: text('code').primaryKey(),
  /** "Västra Götalands län". */
  name: text('name').notNull(),
  /** "Västra Götaland". */
  shortName: text('short_name'),
});

export const geoMunicipality = pgTable('geo_municipality', {
  /** Kommunkod, four digits. */
  code: text('code').primaryKey(),
  /** As SCB writes it: "Trollhättans kommun". */
  name: text('name').notNull(),
  /** "Trollhättan", for lists. */
  shortName: text('short_name').notNull(),
  countyCode: text('county_code').notNull(),
  population: integer('population'),
  /** Centroid (WGS 84), for commute estimates. */
  lat: doublePrecision('lat'),
  lng: doublePrecision('lng'),
});

export const geoPostcode = pgTable(
  'geo_postcode',
  {
    /** Five digits, no space. */
    postcode: text('postcode').primaryKey(),
    locality: text('locality'),
    municipalityCode: text('municipality_code').notNull(),
  },
  (t) => [index('geo_postcode_municipality_idx').on(t.municipalityCode)],
);
