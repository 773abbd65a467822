import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { luhnCheckDigit } from './luhn.ts';
import { parseOrganisationsnummer } from './organisationsnummer.ts';

const today = '2026-11-23';
const parse = (input: string) => parseOrganisationsnummer(input, { today });

describe('parseOrganisationsnummer', () => {
  it('reads a legal person in all forms to 10 digits', () => {
    for (const form of ['556036-0793', '5560360793', '165560360793', '16556036-0793']) {
      expect(parse(form), form).toEqual({
        ok: true,
        value: { normalized: '5560360793', kind: 'legal_person', display: '556036-0793', group: 5 },
      });
    }
    expect(parse('212000-1355')).toMatchObject({ ok: true, value: { kind: 'legal_person', group: 2 } });
  });

  it("accepts a sole trader's personnummer as the organisationsnummer", () => {
    expect(parse('811218-9876')).toEqual({
      ok: true,
      value: { normalized: '198112189876', kind: 'sole_trader', display: '811218-9876' },
    });
    expect(parse('19811218-9876')).toMatchObject({
      ok: true,
      value: { kind: 'sole_trader', normalized: '198112189876' },
    });
  });

  it('explains problems in Swedish', () => {
    expect(parse('')).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(parse('556036-079')).toMatchObject({
      ok: false,
      error: { code: 'format', message: expect.stringMatching(/10 siffror/) },
    });
    expect(parse('556036-0794')).toMatchObject({
      ok: false,
      error: { code: 'checksum', message: expect.stringMatching(/^Kontrollsiffran stämmer inte/) },
    });
    // Third digit below 2 is read as a personnummer: a sole trader whose date does not exist.
    expect(parse('551336-0793')).toMatchObject({ ok: false, error: { code: 'date' } });
  });

  it('accepts any legal-person number with a correct check digit, and none with one digit changed (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 2, max: 9 }),
        fc.integer({ min: 0, max: 999_999 }),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (g, d2, d3, rest, position, delta) => {
          const payload = `${g}${d2}${d3}${String(rest).padStart(6, '0')}`;
          const digits = `${payload}${luhnCheckDigit(payload)}`;
          expect(parse(digits)).toMatchObject({
            ok: true,
            value: { normalized: digits, kind: 'legal_person', group: g },
          });
          const changed = `${digits.slice(0, position)}${(Number(digits[position]) + delta) % 10}${digits.slice(position + 1)}`;
          expect(parse(changed).ok).toBe(false);
        },
      ),
    );
  });
});
