// The employer side's pure domain: the check for discriminatory requirements, suggestions from an
// employer's own words, and the recruitment need's lifecycle. No I/O.
export {
  checkDiscrimination,
  type DiscriminationGround,
  type DiscriminationWarning,
  groundLabels,
} from './discrimination-check.ts';
export {
  CLOSING_REASONS,
  type ClosingReason,
  isMatchable,
  mayMove,
  NEED_STATUSES,
  type NeedStatus,
  needStatusLabels,
  needsClosingReason,
} from './need-lifecycle.ts';
export { SNI_2007, type SniEntry, sniCodesWithin, sniLabel } from './sni-2007.ts';
export { type NeedSuggestions, suggestFromText } from './suggest-from-text.ts';
