import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchPath } from './match-path.ts';

const literal = fc.stringMatching(/^[a-zåäö0-9-]{1,12}$/);
const paramName = fc.stringMatching(/^[a-zA-Z]{1,10}$/);
// Any non-empty text a record id or search term might contain, including '/', '%' and spaces.
const value = fc.string({ minLength: 1, maxLength: 20, unit: 'grapheme' });

type Segment = { kind: 'literal'; text: string } | { kind: 'param'; name: string; value: string };
const segment: fc.Arbitrary<Segment> = fc.oneof(
  literal.map((text) => ({ kind: 'literal' as const, text })),
  fc.record({ kind: fc.constant('param' as const), name: paramName, value }),
);
const route = fc
  .array(segment, { minLength: 1, maxLength: 5 })
  // Parameter names are unique within one pattern.
  .filter((segments) => {
    const names = segments.flatMap((s) => (s.kind === 'param' ? [s.name] : []));
    return new Set(names).size === names.length;
  });

const patternOf = (segments: Segment[]) =>
  `/${segments.map((s) => (s.kind === 'literal' ? s.text : `:${s.name}`)).join('/')}`;
const pathOf = (segments: Segment[]) =>
  `/${segments.map((s) => (s.kind === 'literal' ? encodeURIComponent(s.text) : encodeURIComponent(s.value))).join('/')}`;

describe('matchPath', () => {
  it('gives back every parameter value of a path built from the pattern', () => {
    fc.assert(
      fc.property(route, (segments) => {
        const expected = Object.fromEntries(
          segments.flatMap((s) => (s.kind === 'param' ? [[s.name, s.value] as const] : [])),
        );
        expect(matchPath(patternOf(segments), pathOf(segments))).toEqual(expected);
      }),
    );
  });

  it('ignores a trailing slash', () => {
    fc.assert(
      fc.property(route, (segments) => {
        expect(matchPath(patternOf(segments), `${pathOf(segments)}/`)).not.toBeNull();
      }),
    );
  });

  it('does not match when a path has more or fewer segments than the pattern', () => {
    fc.assert(
      fc.property(route, literal, (segments, extra) => {
        expect(matchPath(patternOf(segments), `${pathOf(segments)}/${extra}`)).toBeNull();
        expect(matchPath(`${patternOf(segments)}/${extra}`, pathOf(segments))).toBeNull();
      }),
    );
  });

  it('does not match a different literal segment', () => {
    expect(matchPath('/deltagare', '/arbetsgivare')).toBeNull();
    expect(matchPath('/deltagare/:id', '/arbetsgivare/1')).toBeNull();
    expect(matchPath('/', '/deltagare')).toBeNull();
    expect(matchPath('/', '/')).toEqual({});
  });

  it('rejects malformed percent-encoding instead of throwing', () => {
    expect(matchPath('/deltagare/:id', '/deltagare/%E0%A4%A')).toBeNull();
  });
});
