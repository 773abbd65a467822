import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KoladaValue } from './model.ts';
import { formatKoladaValuesCsv, parseKoladaValuesCsv, parseStatisticValue } from './values-csv.ts';

describe('Kolada values CSV', () => {
  it('reads the documented format', () => {
    expect(
      parseKoladaValuesCsv(
        'kpi,municipality,year,gender,value\nU40455,1488,2024,T,48.5\nU40455,1488,2024,K,\n',
      ),
    ).toEqual([
      { kpi: 'U40455', municipality: '1488', year: 2024, gender: 'T', value: 48.5, count: 1 },
      { kpi: 'U40455', municipality: '1488', year: 2024, gender: 'K', value: null, count: 1 },
    ]);
  });

  it('reads a Swedish Excel export: semicolons, decimal commas, Swedish headers and genders', () => {
    const csv =
      '\uFEFFNyckeltal;Kommun;År;Kön;Värde\r\nu40455;1488;2024;kvinnor;51,2\r\nU40455;G37556;2024;Totalt;24,1\r\n';
    expect(parseKoladaValuesCsv(csv).map((v) => [v.kpi, v.municipality, v.gender, v.value])).toEqual([
      ['U40455', '1488', 'K', 51.2],
      ['U40455', 'G37556', 'T', 24.1],
    ]);
  });

  it('names the file, the line and the problem', () => {
    const header = 'kpi,municipality,year,gender,value\n';
    expect(() => parseKoladaValuesCsv(`${header}U40455,1488,2024,X,1\n`, 'v.csv')).toThrow(
      'v.csv, line 2: gender "X" is not T, K or M',
    );
    expect(() =>
      parseKoladaValuesCsv(`${header}U40455,1488,2024,T,1\nU40455,1488,24,T,1\n`, 'v.csv'),
    ).toThrow(/line 3: year "24"/);
    expect(() => parseKoladaValuesCsv(`${header}U40455,1488,2024,T,abc\n`)).toThrow(/line 2: value "abc"/);
    expect(() => parseKoladaValuesCsv(`${header}U40455,1488,2024,T,1\nU40455,1488,2024,T,2\n`)).toThrow(
      /line 3: .* appears twice/,
    );
    expect(() => parseKoladaValuesCsv('kpi,year,value\n')).toThrow(
      /line 1: missing column\(s\) municipality, gender/,
    );
  });

  it('reads back what it writes (property)', () => {
    const value = fc.record({
      kpi: fc.stringMatching(/^[NU]\d{5}$/),
      municipality: fc.oneof(fc.stringMatching(/^\d{4}$/), fc.stringMatching(/^G\d{1,6}$/)),
      year: fc.integer({ min: 1990, max: 2099 }),
      gender: fc.constantFrom('T' as const, 'K' as const, 'M' as const),
      value: fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), {
        nil: null,
      }),
      count: fc.constant(1),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(value, { selector: (v) => `${v.kpi}|${v.municipality}|${v.year}|${v.gender}` }),
        (values: KoladaValue[]) => {
          const normalised = values.map((v) => ({ ...v, value: Object.is(v.value, -0) ? 0 : v.value }));
          expect(parseKoladaValuesCsv(formatKoladaValuesCsv(normalised))).toEqual(normalised);
        },
      ),
    );
  });
});

describe('statistics values as SCB and Kolada files write them (field case F10)', () => {
  it('reads a Unicode minus and a decimal comma, and `..` as missing', () => {
    const csv =
      '\uFEFFkpi;kommun;år;kön;värde\nU40455;1488;2024;T;48,5\nU40455;1488;2024;K;\u22122,5\nU40455;1488;2024;M;..\n';
    expect(parseKoladaValuesCsv(csv).map((v) => v.value)).toEqual([48.5, -2.5, null]);
  });

  it('reports every bad line in one run', () => {
    const header = 'kpi,municipality,year,gender,value\n';
    const error = (() => {
      try {
        parseKoladaValuesCsv(
          `${header}U40455,1488,2024,X,1\nU40455,1488,2024,T,abc\nU40455,1488,2024,K,1\n`,
          'v.csv',
        );
      } catch (e) {
        return e as Error & { problems: string[] };
      }
      throw new Error('expected an error');
    })();
    expect(error.problems).toEqual([
      'line 2: gender "X" is not T, K or M',
      'line 3: value "abc" is not a number',
    ]);
  });

  it('every way of writing a number reads back as that number (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), (x) => {
        const plain = String(x);
        const swedish = plain.replace('.', ',').replace(/^-/, '\u2212');
        return parseStatisticValue(plain) === x && parseStatisticValue(swedish) === x;
      }),
    );
  });
});
