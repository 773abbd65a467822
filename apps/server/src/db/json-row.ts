import { getTableColumns, type Table } from 'drizzle-orm';

/**
 * Column kinds whose JSON form gives the same value as the driver's text through the column's
 * mapping. Others (numeric and bigint come as JSON numbers, timestamp strings in another format,
 * arrays …) are refused.
 */
const EXACT = new Set([
  'PgUUID',
  'PgText',
  'PgVarchar',
  'PgInteger',
  'PgSmallInt',
  'PgBoolean',
  'PgDateString',
  'PgTimestamp',
  'PgJson',
  'PgJsonb',
]);

/**
 * A table's row as `row_to_json(t)` gives it (keys are the SQL column names) mapped to the row
 * Drizzle's own select would give: what lets one query bring a row and its children as JSON,
 * instead of one round trip each. JSON and JSONB columns arrive parsed; the rest go through the
 * column's own `mapFromDriverValue` (timestamps become Dates: PostgreSQL writes them as ISO 8601
 * with an offset, which Date parses to the same millisecond as the driver's text). Columns whose
 * JSON form differs from the driver's (numeric, bigint, time, arrays …) are refused when the
 * mapper is made, so a table that grows such a column cannot be mapped wrongly in silence.
 */
export function jsonRowMapper<T extends Table>(
  table: T,
): (json: Record<string, unknown>) => T['$inferSelect'] {
  const columns = Object.entries(getTableColumns(table)).map(([key, column]) => {
    if (!EXACT.has(column.columnType))
      throw new Error(`jsonRowMapper: ${column.name} (${column.columnType}) has no exact JSON form`);
    const raw = column.columnType === 'PgJson' || column.columnType === 'PgJsonb';
    return { key, name: column.name, raw, column };
  });
  return (json) => {
    const row: Record<string, unknown> = {};
    for (const { key, name, raw, column } of columns) {
      const value = json[name] ?? null;
      row[key] = value === null || raw ? value : column.mapFromDriverValue(value);
    }
    return row as T['$inferSelect'];
  };
}
