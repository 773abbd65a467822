import ExcelJS from 'exceljs';

// XLSX as units have them: the data may sit on another sheet than the first; empty cells are
// empty; numbers typed into identifier columns (personnummer, organisationsnummer, kommunkod,
// postnummer) are read as their digits; dates (1900 or 1904 date system, ExcelJS converts both)
// as ISO dates. Row numbers are the rows Excel shows.

export interface WorkbookRow {
  /** The row number Excel shows. */
  line: number;
  /** Cell value by header name: string, number, boolean, or an ISO date `YYYY-MM-DD`; '' when empty. */
  cells: Record<string, string | number | boolean>;
  /** Column letters by header name, for messages ("kolumn A"). */
  columns: Record<string, string>;
}

export class WorkbookError extends Error {
  override readonly name = 'WorkbookError';
}

export interface ReadWorkbookOptions {
  /** The sheet to read; absent: the first sheet whose first non-empty row is a header. */
  sheet?: string | undefined;
  /** Whether a row's cell texts are the header (e.g. it names the required columns). */
  isHeader: (cells: string[]) => boolean;
}

/** Column letters: 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function plain(value: ExcelJS.CellValue): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const o = value as {
      result?: unknown;
      richText?: Array<{ text: string }>;
      text?: unknown;
      error?: string;
    };
    if ('error' in o && o.error) return '';
    if (o.result !== undefined) return plain(o.result as ExcelJS.CellValue);
    if (o.richText)
      return o.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if (typeof o.text === 'string') return o.text.trim();
    return '';
  }
  return typeof value === 'string' ? value.normalize('NFC').trim() : value;
}

/** Reads the header sheet of a workbook. Throws WorkbookError (Swedish) when none is found. */
export async function readWorkbook(
  buffer: Buffer | Uint8Array,
  options: ReadWorkbookOptions,
): Promise<{ sheet: string; header: string[]; rows: WorkbookRow[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new WorkbookError('Filen går inte att läsa som en Excel-arbetsbok (.xlsx).');
  }
  const sheets = options.sheet
    ? workbook.worksheets.filter((w) => w.name.trim().toLowerCase() === options.sheet!.trim().toLowerCase())
    : workbook.worksheets;
  if (options.sheet && sheets.length === 0)
    throw new WorkbookError(
      `Arbetsboken har inget blad som heter "${options.sheet}". Bladen heter: ${workbook.worksheets.map((w) => w.name).join(', ')}.`,
    );
  for (const sheet of sheets) {
    const found = headerRow(sheet, options.isHeader);
    if (!found) continue;
    const { rowNumber, header } = found;
    const rows: WorkbookRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, line) => {
      if (line <= rowNumber) return;
      const cells: WorkbookRow['cells'] = {};
      const columns: WorkbookRow['columns'] = {};
      let any = false;
      header.forEach((name, i) => {
        if (!name) return;
        const value = plain(row.getCell(i + 1).value);
        cells[name] = value;
        columns[name] = columnLetter(i + 1);
        if (value !== '') any = true;
      });
      if (any) rows.push({ line, cells, columns });
    });
    return { sheet: sheet.name, header, rows };
  }
  throw new WorkbookError(
    options.sheet
      ? `Bladet "${options.sheet}" har ingen rubrikrad med de kolumner som behövs.`
      : `Inget blad i arbetsboken har en rubrikrad med de kolumner som behövs (bladen heter: ${workbook.worksheets.map((w) => w.name).join(', ')}). Ange bladet med --sheet.`,
  );
}

function headerRow(sheet: ExcelJS.Worksheet, isHeader: (cells: string[]) => boolean) {
  let found: { rowNumber: number; header: string[] } | undefined;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (found) return;
    const header: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      header[col - 1] = String(plain(cell.value)).trim();
    });
    if (header.some((h) => h !== ''))
      found = isHeader(header) ? { rowNumber, header } : { rowNumber: -1, header };
  });
  return found && found.rowNumber > 0 ? found : undefined;
}
