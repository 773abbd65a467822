// The life of a recruitment need: inkommen → öppen → kandidater presenterade → tillsatt / stängd.

export const NEED_STATUSES = ['received', 'open', 'presented', 'filled', 'closed'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];
export const CLOSING_REASONS = [
  'filled_through_us',
  'filled_elsewhere',
  'withdrawn',
  'no_suitable_candidates',
] as const;
export type ClosingReason = (typeof CLOSING_REASONS)[number];

/** Swedish names of the statuses, as the unit says them. */
export const needStatusLabels: Record<NeedStatus, string> = {
  received: 'Inkommen',
  open: 'Öppen',
  presented: 'Kandidater presenterade',
  filled: 'Tillsatt',
  closed: 'Stängd',
};

const NEXT: Record<NeedStatus, readonly NeedStatus[]> = {
  received: ['open', 'closed'],
  open: ['presented', 'filled', 'closed'],
  presented: ['open', 'filled', 'closed'],
  filled: ['open'],
  closed: ['open'],
};

/** Whether a need may move from one status to another (reopening a filled or closed one is allowed). */
export function mayMove(from: NeedStatus, to: NeedStatus): boolean {
  return NEXT[from].includes(to);
}

/** A need the matching engine should rank candidates for: open or with candidates presented. */
export function isMatchable(status: NeedStatus): boolean {
  return status === 'open' || status === 'presented';
}

/** Filled and closed needs carry a closing reason; the others none. */
export function needsClosingReason(status: NeedStatus): boolean {
  return status === 'filled' || status === 'closed';
}
