import type { NeedSuggestions } from '../../api/types.ts';

// The suggestions the public form makes from the employer's own words (occupation, skills,
// licences), and what the employer decided about each: a suggestion is only sent once it is
// confirmed; a removed one is never suggested again; a confirmed one stays when the text changes.

export type SuggestionKind = 'occupation' | 'skill' | 'licence';

export interface Suggestion {
  kind: SuggestionKind;
  /** Taxonomy concept id (occupation, skill) or credential code (licence). */
  id: string;
  label: string;
  state: 'suggested' | 'confirmed';
}

export interface SuggestionState {
  items: Suggestion[];
  /** `kind:id` of the suggestions the employer removed. */
  removed: ReadonlySet<string>;
}

export const emptySuggestions: SuggestionState = { items: [], removed: new Set() };

const keyOf = (s: Pick<Suggestion, 'kind' | 'id'>) => `${s.kind}:${s.id}`;

/**
 * The list after new suggestions came for the text: confirmed ones are kept, the new ones added
 * (unless removed before), suggestions the text no longer gives dropped. One occupation at a time:
 * a confirmed occupation hides other occupation suggestions.
 */
export function withSuggestions(state: SuggestionState, incoming: NeedSuggestions): SuggestionState {
  const confirmed = state.items.filter((s) => s.state === 'confirmed');
  const hasOccupation = confirmed.some((s) => s.kind === 'occupation');
  const fresh: Suggestion[] = [
    ...(incoming.occupation && !hasOccupation
      ? [{ kind: 'occupation' as const, ...incoming.occupation }]
      : []),
    ...incoming.skills.map((s) => ({ kind: 'skill' as const, ...s })),
    ...incoming.licences.map((s) => ({ kind: 'licence' as const, ...s })),
  ]
    .filter((s) => !state.removed.has(keyOf(s)) && !confirmed.some((c) => keyOf(c) === keyOf(s)))
    .map((s) => ({ kind: s.kind, id: s.id, label: s.label, state: 'suggested' as const }));
  return { ...state, items: [...confirmed, ...fresh] };
}

/** The employer confirms a suggestion (a confirmed occupation replaces any other occupation). */
export function confirm(state: SuggestionState, kind: SuggestionKind, id: string): SuggestionState {
  return {
    ...state,
    items: state.items
      .filter((s) => !(kind === 'occupation' && s.kind === 'occupation' && s.id !== id))
      .map((s) => (s.kind === kind && s.id === id ? { ...s, state: 'confirmed' } : s)),
  };
}

/** The confirmation taken back: the suggestion is offered again. */
export function unconfirm(state: SuggestionState, kind: SuggestionKind, id: string): SuggestionState {
  return {
    ...state,
    items: state.items.map((s) => (s.kind === kind && s.id === id ? { ...s, state: 'suggested' } : s)),
  };
}

/** The employer removes a suggestion: it goes, and is not suggested again. */
export function remove(state: SuggestionState, kind: SuggestionKind, id: string): SuggestionState {
  return {
    items: state.items.filter((s) => !(s.kind === kind && s.id === id)),
    removed: new Set(state.removed).add(keyOf({ kind, id })),
  };
}

/** What is sent with the need: only what the employer confirmed. */
export function confirmedChoices(state: SuggestionState) {
  const confirmed = state.items.filter((s) => s.state === 'confirmed');
  return {
    occupationId: confirmed.find((s) => s.kind === 'occupation')?.id ?? null,
    skills: confirmed.filter((s) => s.kind === 'skill').map((s) => s.id),
    licences: confirmed.filter((s) => s.kind === 'licence').map((s) => s.id),
  };
}

/** Seconds from a Retry-After header (seconds, or an HTTP date); null when absent or unreadable. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | null {
  if (header === null || header.trim() === '') return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

/** How long to wait, rounded up for a person: seconds under a minute, then minutes, then hours. */
export function waitFor(seconds: number): { unit: 'seconds' | 'minutes' | 'hours'; count: number } {
  if (seconds < 60) return { unit: 'seconds', count: Math.max(1, Math.ceil(seconds)) };
  if (seconds < 90 * 60) return { unit: 'minutes', count: Math.ceil(seconds / 60) };
  return { unit: 'hours', count: Math.ceil(seconds / 3600) };
}
