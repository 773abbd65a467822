import type { GoalDirection } from '../api/statistics.ts';
import { formatNumber, formatPercent } from '../format.ts';
import type { StatisticsT } from '../i18n/index.ts';

/** "minst 40 %" / "högst 12": a goal's direction and target as a person reads it. */
export function targetText(
  direction: GoalDirection,
  target: number,
  isPercent: boolean,
  language: string,
  t: StatisticsT,
): string {
  const value = isPercent ? formatPercent(target, language) : formatNumber(target, language);
  return t(direction === 'at_most' ? 'goals.atMost' : 'goals.atLeast', { value });
}
