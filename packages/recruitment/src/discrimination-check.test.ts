import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDiscrimination, type DiscriminationGround } from './discrimination-check.ts';

const SHOULD_WARN: Array<[string, DiscriminationGround]> = [
  ['Vi söker dig som är 20–35 år', 'age'],
  ['Ålder 25-40 år', 'age'],
  ['Du är högst 30 år', 'age'],
  ['Du är ung och pigg', 'age'],
  ['Vi är ett ungt gäng på lagret', 'age'],
  ['Passar dig i 20-årsåldern', 'age'],
  ['Sökande ska vara född efter 1990', 'age'],
  ['Du har svenska som modersmål', 'ethnicity'],
  ['Krav: svensk som modersmål', 'ethnicity'],
  ['Du är född i Sverige', 'ethnicity'],
  ['Du talar svenska utan brytning', 'ethnicity'],
  ['Vi söker en kille till lagret', 'sex'],
  ['Manlig lagerarbetare sökes', 'sex'],
  ['Endast tjejer', 'sex'],
  ['Personal utan slöja', 'religion'],
  ['Du är fullt frisk', 'disability'],
  ['Du har god hälsa', 'disability'],
  ['Inga funktionsnedsättningar', 'disability'],
  ['Du är heterosexuell', 'sexual_orientation'],
  ['Biologisk kvinna', 'transgender_identity'],
];

const SHOULD_NOT_WARN = [
  'Vi söker två lagerarbetare med truckkort A och B.',
  'God svenska i tal och skrift krävs.',
  'Minst 2 års erfarenhet av lagerarbete.',
  'Minst 5 år i yrket.',
  'Arbetstid 20–35 timmar i veckan.',
  'Ungefär 30 kollegor på arbetsplatsen.',
  'Vi erbjuder friskvårdsbidrag och arbete i frisk luft.',
  'Arbetet innebär lyft upp till 15 kg.',
  'Start den 1 mars, tillsvidareanställning efter provanställning.',
  'Vi tar gärna emot ungdomar och nyanlända på praktik.',
  'B-körkort är ett krav.',
  'Du kommunicerar tydligt med kunder på svenska.',
];

describe('check for discriminatory requirements', () => {
  it.each(SHOULD_WARN)('warns on "%s" (%s), with the phrase, why and a rewording', (text, ground) => {
    const warnings = checkDiscrimination(text);
    expect(warnings.map((w) => w.ground)).toContain(ground);
    const w = warnings.find((x) => x.ground === ground)!;
    expect(text.slice(w.start, w.end)).toBe(w.phrase);
    expect(w.why.length).toBeGreaterThan(20);
    expect(w.rewording.length).toBeGreaterThan(5);
  });

  it.each(SHOULD_NOT_WARN)('does not warn on "%s"', (text) => {
    expect(checkDiscrimination(text)).toEqual([]);
  });

  it('finds every phrase in a longer text, in order, without overlaps', () => {
    const text = 'Manlig lagerarbetare sökes, 20–30 år, med svenska som modersmål. Du är fullt frisk.';
    const warnings = checkDiscrimination(text);
    expect(warnings.map((w) => w.ground)).toEqual(['sex', 'age', 'ethnicity', 'disability']);
    for (let i = 1; i < warnings.length; i++)
      expect(warnings[i]!.start).toBeGreaterThanOrEqual(warnings[i - 1]!.end);
  });

  it('a warning never depends on what surrounds a phrase on its own line (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SHOULD_NOT_WARN),
        fc.constantFrom(...SHOULD_WARN),
        (clean, [bad, ground]) => {
          const grounds = checkDiscrimination(`${clean}\n${bad}\n${clean}`).map((w) => w.ground);
          return grounds.includes(ground);
        },
      ),
    );
  });
});
