import { describe, expect, it } from 'vitest';
import {
  confirm,
  confirmedChoices,
  emptySuggestions,
  remove,
  retryAfterSeconds,
  unconfirm,
  waitFor,
  withSuggestions,
} from './suggestions.ts';

const lager = { id: 'occ-lager', label: 'Lagerarbetare' };
const truckA = { id: 'TRUCK-A1', label: 'Truckkort A' };
const truckB = { id: 'TRUCK-B1', label: 'Truckkort B' };
const plock = { id: 'skill-plock', label: 'Orderplockning' };
const suggested = (extra: Partial<Parameters<typeof withSuggestions>[1]> = {}) => ({
  occupation: lager,
  skills: [plock],
  licences: [truckA, truckB],
  positions: 2,
  warnings: [],
  ...extra,
});

describe('public form suggestions', () => {
  it('offers what the text suggests and sends nothing until it is confirmed', () => {
    const state = withSuggestions(emptySuggestions, suggested());
    expect(state.items.map((s) => `${s.kind}:${s.label}:${s.state}`)).toEqual([
      'occupation:Lagerarbetare:suggested',
      'skill:Orderplockning:suggested',
      'licence:Truckkort A:suggested',
      'licence:Truckkort B:suggested',
    ]);
    expect(confirmedChoices(state)).toEqual({ occupationId: null, skills: [], licences: [] });
  });

  it('sends what was confirmed, and keeps it when the text changes', () => {
    let state = withSuggestions(emptySuggestions, suggested());
    state = confirm(state, 'occupation', lager.id);
    state = confirm(state, 'licence', truckB.id);
    expect(confirmedChoices(state)).toEqual({ occupationId: lager.id, skills: [], licences: [truckB.id] });
    // The employer rewrites the text: the new suggestions have no truck licence any more.
    state = withSuggestions(state, suggested({ occupation: null, licences: [], skills: [] }));
    expect(state.items.map((s) => s.id)).toEqual([lager.id, truckB.id]);
    state = unconfirm(state, 'licence', truckB.id);
    expect(confirmedChoices(state).licences).toEqual([]);
  });

  it('never suggests a removed suggestion again', () => {
    let state = withSuggestions(emptySuggestions, suggested());
    state = remove(state, 'skill', plock.id);
    state = withSuggestions(state, suggested());
    expect(state.items.some((s) => s.id === plock.id)).toBe(false);
  });

  it('keeps one occupation: a confirmed one hides other suggestions, confirming another replaces it', () => {
    let state = withSuggestions(emptySuggestions, suggested());
    state = confirm(state, 'occupation', lager.id);
    const truckforare = { id: 'occ-truck', label: 'Truckförare' };
    state = withSuggestions(state, suggested({ occupation: truckforare }));
    expect(state.items.filter((s) => s.kind === 'occupation').map((s) => s.id)).toEqual([lager.id]);
    state = unconfirm(state, 'occupation', lager.id);
    state = withSuggestions(state, suggested({ occupation: truckforare }));
    expect(state.items.filter((s) => s.kind === 'occupation').map((s) => s.id)).toEqual([truckforare.id]);
    state = confirm(state, 'occupation', truckforare.id);
    expect(confirmedChoices(state).occupationId).toBe(truckforare.id);
  });

  it('reads Retry-After as seconds or a date, and says the wait in a person’s units', () => {
    expect(retryAfterSeconds('120')).toBe(120);
    expect(retryAfterSeconds(null)).toBeNull();
    expect(retryAfterSeconds('soon')).toBeNull();
    expect(retryAfterSeconds(new Date(1_000_000 + 30_000).toUTCString(), 1_000_000)).toBe(30);
    expect(waitFor(20)).toEqual({ unit: 'seconds', count: 20 });
    expect(waitFor(61)).toEqual({ unit: 'minutes', count: 2 });
    expect(waitFor(3599)).toEqual({ unit: 'minutes', count: 60 });
    expect(waitFor(2 * 3600)).toEqual({ unit: 'hours', count: 2 });
  });
});
