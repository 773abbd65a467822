import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { implausibleAgeMessage } from './age.ts';
import { fictitiousPersonnummer } from './fictitious.ts';
import { parseOrganisationsnummer } from './organisationsnummer.ts';
import { parsePersonnummer } from './personnummer.ts';

const today = '2026-11-29';
const DASHES = ['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\uFE63', '\uFF0D'];
const SPACES = ['', ' ', '\u00A0', '\u202F', '\u2009'];
const INVISIBLE = ['', '\u200B', '\u2060', '\uFEFF'];

describe('identity numbers as people paste them', () => {
  it('dash variants, odd spaces and invisible characters read as the plain number (field case F09)', () => {
    const plain = parsePersonnummer('19850412-2386', { today });
    expect(plain.ok).toBe(true);
    for (const written of ['850412–2386', '850412\u00a02386', '19850412‑2386', ' 850412-2386\u200b']) {
      const parsed = parsePersonnummer(written, { today });
      expect(parsed.ok && parsed.value.normalized, JSON.stringify(written)).toBe(
        plain.ok && plain.value.normalized,
      );
    }
  });

  it('any mix of dash, space and invisible variants gives the same person as the plain form', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30_000 }),
        fc.constantFrom(...DASHES),
        fc.constantFrom(...SPACES),
        fc.constantFrom(...INVISIBLE),
        fc.boolean(),
        (days, dash, space, invisible, twelve) => {
          const birthDate = new Date(Date.UTC(1930, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
          const number = fictitiousPersonnummer(() => 0.5, { birthDate }); // YYYYMMDDNNNN
          const date = twelve ? number.slice(0, 8) : number.slice(2, 8);
          const rest = number.slice(8);
          const written = `${invisible}${date}${space}${dash}${space}${rest}${invisible}`;
          const a = parsePersonnummer(number, { today });
          const b = parsePersonnummer(written, { today });
          // A 10-digit number of someone 100 or older needs '+': compare only where '-' means the same.
          if (!twelve && Number(birthDate.slice(0, 4)) <= 1926) return true;
          return a.ok && b.ok && a.value.normalized === b.value.normalized;
        },
      ),
    );
  });

  it('a character that has no place in a number is named, the number is not repeated', () => {
    const parsed = parsePersonnummer('850412/2386', { today });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.code).toBe('character');
      expect(parsed.error.message).toContain('«/»');
      expect(parsed.error.message).not.toContain('850412');
    }
  });

  it('organisation numbers get the same treatment', () => {
    const a = parseOrganisationsnummer('556016–0680', { today });
    const b = parseOrganisationsnummer('556016-0680', { today });
    expect(a.ok && b.ok && a.value.normalized === b.value.normalized).toBe(true);
  });
});

describe('plausible ages for a labour-market unit (field case F05)', () => {
  it('refuses a + that makes someone 140 and a mistyped century, with the age and why', () => {
    const plus = parsePersonnummer('850412+2386', { today });
    expect(plus.ok).toBe(true);
    if (plus.ok)
      expect(implausibleAgeMessage(plus.value.birthDate, '2025-03-01')).toMatch(/139 år.*\+ betyder/);
    expect(implausibleAgeMessage('1890-01-01', '2025-03-01')).toContain('135 år');
    expect(implausibleAgeMessage('1985-04-12', '2025-03-01')).toBeNull();
    expect(implausibleAgeMessage('2015-04-12', '2025-03-01')).toContain('9 år');
  });
});
