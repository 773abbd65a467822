import { parse } from 'csv-parse/sync';

// Delimited text (CSV) as spreadsheets write it: `;` (Swedish Excel), `,` or tab, detected from
// the header line or stated; quoted cells may hold line breaks; rows that hold nothing but
// separators and whitespace (Excel writes `;;;;` for rows that look empty) are skipped like blank
// lines. Line numbers are the line a person sees in an editor: where the row starts.

export type Delimiter = ';' | ',' | '\t';

export interface DelimitedRow {
  /** Line in the file where the row starts (1 = the header line). */
  line: number;
  /** Cell text by header name (trimmed); a missing trailing cell is ''. */
  cells: Record<string, string>;
}

export class DelimitedTextError extends Error {
  override readonly name = 'DelimitedTextError';
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

/** The delimiter that splits the header line into the most cells (outside quotes). */
export function detectDelimiter(headerLine: string): Delimiter {
  const unquoted = headerLine.replace(/"[^"]*"/g, '');
  const candidates: Delimiter[] = [';', ',', '\t'];
  let best: Delimiter = ',';
  let most = 0;
  for (const d of candidates) {
    const n = unquoted.split(d).length - 1;
    if (n > most) {
      most = n;
      best = d;
    }
  }
  return best;
}

/** Parses decoded text with a header row. Throws DelimitedTextError (Swedish, with the line). */
export function readDelimited(
  text: string,
  options: { delimiter?: Delimiter } = {},
): { delimiter: Delimiter; header: string[]; rows: DelimitedRow[] } {
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const delimiter = options.delimiter ?? detectDelimiter(firstLine);
  // csv-parse counts lines oddly across quoted line breaks: count them ourselves from its byte offsets.
  const body = text.replace(/^\uFEFF/, '');
  let records: Array<{ record: string[]; info: { bytes: number } }>;
  try {
    records = parse(body, {
      delimiter,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      relax_quotes: false,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    const e = error as { lines?: number; code?: string };
    throw new DelimitedTextError(
      e.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'Ett citattecken (") stängs aldrig: raden och allt efter den går inte att läsa.'
        : 'Filen är inte giltig CSV (kontrollera citattecken och avgränsare).',
      e.lines,
    );
  }
  const [first, ...rest] = records;
  if (!first) return { delimiter, header: [], rows: [] };
  const header = first.record.map((h) => h.trim());
  const rows: DelimitedRow[] = [];
  const lines = lineCounter(Buffer.from(body, 'utf8'));
  let previousEnd = first.info.bytes;
  for (const { record, info } of rest) {
    const line = lines.lineOfRecordAfter(previousEnd);
    previousEnd = info.bytes;
    if (record.every((cell) => cell.trim() === '')) continue; // ";;;;" — a row that only looks empty
    const cells: Record<string, string> = {};
    header.forEach((name, i) => {
      if (name !== '') cells[name] = (record[i] ?? '').trim();
    });
    rows.push({ line, cells });
  }
  return { delimiter, header, rows };
}

/** Line numbers from UTF-8 byte offsets (\r\n, \n and \r each end one line), counted incrementally. */
function lineCounter(bytes: Buffer) {
  let offset = 0;
  let line = 1;
  return {
    /** The line where the next record starts, after the previous one ended at `end` (blank lines skipped). */
    lineOfRecordAfter(end: number): number {
      let start = end;
      while (start < bytes.length && (bytes[start] === 10 || bytes[start] === 13)) start++;
      for (; offset < start; offset++) {
        const b = bytes[offset];
        if (b === 10 || (b === 13 && bytes[offset + 1] !== 10)) line++;
      }
      return line;
    },
  };
}
