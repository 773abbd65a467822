import { fictitiousPersonnummer } from '@arbetsbro/identity';
import { EDUCATION_LEVELS, REFERRAL_SOURCES } from '@arbetsbro/kolada';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../files/decode-text.ts';
import { readCsv, readJsonLines, readXlsx } from './read-case-file.ts';

// Property (issue 9): a case file in any dialect units produce reads to exactly the values of its
// clean UTF-8 JSON Lines equivalent.

const COLUMNS = [
  'personnummer',
  'firstName',
  'lastName',
  'unit',
  'enrolledAt',
  'referralSource',
  'educationLevel',
  'monthsWithoutWork',
  'incomeSupport',
] as const;

const nameChar = fc.constantFrom(...'abcÅÄÖåäöéü -;,"\''.split(''));
const name = fc.array(nameChar, { minLength: 1, maxLength: 12 }).map((cs) => `A${cs.join('')}z`); // never blank, never only separators
const isoDate = fc
  .integer({ min: 0, max: 3000 })
  .map((d) => new Date(Date.UTC(2018, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
const row = fc.record({
  personnummer: fc.integer({ min: 0, max: 15_000 }).map((d) =>
    fictitiousPersonnummer(() => 0, {
      birthDate: new Date(Date.UTC(1960, 0, 1) + d * 86_400_000).toISOString().slice(0, 10),
    }),
  ),
  firstName: name,
  lastName: name,
  unit: fc.constantFrom('Jobbcentrum 25+', 'Framtidscentrum 16–24', 'Jobbtorg Älvängen'),
  enrolledAt: isoDate,
  referralSource: fc.constantFrom(...REFERRAL_SOURCES),
  educationLevel: fc.option(fc.constantFrom(...EDUCATION_LEVELS), { nil: null }),
  monthsWithoutWork: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
  incomeSupport: fc.boolean(),
});
type Row = typeof row extends fc.Arbitrary<infer R> ? R : never;

const cleanValues = (rows: Row[]) =>
  readJsonLines(rows.map((r) => JSON.stringify(r)).join('\n')).map((l) => ('value' in l ? l.value : l));

function csvText(rows: Row[], delimiter: string, eol: string, blankRows: boolean[], yesNo: boolean) {
  const cell = (v: unknown) => {
    const s = v === null ? '' : typeof v === 'boolean' && yesNo ? (v ? 'ja' : 'nej') : String(v);
    return /["\r\n;,\t]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [COLUMNS.join(delimiter)];
  rows.forEach((r, i) => {
    if (blankRows[i]) lines.push(delimiter.repeat(COLUMNS.length - 1));
    lines.push(COLUMNS.map((c) => cell(r[c])).join(delimiter));
  });
  return lines.join(eol) + eol;
}

function encode(text: string, encoding: 'utf8' | 'utf8bom' | 'utf16le' | 'windows1252'): Uint8Array {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf8bom')
    return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  if (encoding === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  return iconv.encode(text, 'windows-1252');
}

describe('case files in every dialect read like their clean JSON Lines', () => {
  it('CSV: ; , or tab, UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1252, CRLF or LF, separator-only rows', () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 8 }),
        fc.constantFrom(';', ',', '\t'),
        fc.constantFrom('\n', '\r\n'),
        fc.constantFrom('utf8' as const, 'utf8bom' as const, 'utf16le' as const, 'windows1252' as const),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        fc.boolean(),
        (rows, delimiter, eol, encoding, blanks, yesNo) => {
          const bytes = encode(csvText(rows, delimiter, eol, blanks, yesNo), encoding);
          const read = readCsv(decodeText(bytes).text).map((l) => ('value' in l ? l.value : l));
          expect(read).toEqual(cleanValues(rows));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('XLSX: numbers in the personnummer column, real dates, empty cells, the data on a later sheet', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        async (rows, numericNumbers, dateCells, emptyFirstSheet) => {
          const workbook = new ExcelJS.Workbook();
          if (emptyFirstSheet) workbook.addWorksheet('Blad1');
          const sheet = workbook.addWorksheet('Inskrivningar');
          sheet.addRow([...COLUMNS]);
          for (const r of rows)
            sheet.addRow(
              COLUMNS.map((c) => {
                const v = r[c];
                if (c === 'personnummer' && numericNumbers) return Number(v);
                if (c === 'enrolledAt' && dateCells) return new Date(`${v}T00:00:00Z`);
                return v;
              }),
            );
          const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
          const read = (await readXlsx(buffer)).map((l) => ('value' in l ? l.value : l));
          expect(read).toEqual(cleanValues(rows));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('XLSX dates in the 1904 date system read as the same calendar day', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet('Blad1');
    sheet.addRow([...COLUMNS]);
    sheet.addRow([
      '19850412-2386',
      'Anna',
      'Testsson',
      'Jobbcentrum 25+',
      new Date('2025-03-01T00:00:00Z'),
      'self',
      null,
      null,
      false,
    ]);
    const [line] = await readXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect((line as { value: { enrolledAt: string } }).value.enrolledAt).toBe('2025-03-01');
  });
});
