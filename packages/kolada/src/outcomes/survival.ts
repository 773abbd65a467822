// Time from enrolment to a job as a survival curve (Kaplan–Meier): the share still without a job
// after d days, where people still enrolled (or who left for something else) are censored on the
// day they were last seen, instead of being counted as "never got a job" or dropped.

export interface SurvivalObservation {
  /** Days from enrolment to the event or to censoring; ≥ 0. */
  days: number;
  /** True: the event (started work) happened on `days`; false: censored (still enrolled, other exit). */
  event: boolean;
  /** How many people this stands for (a database's GROUP BY); default 1. */
  count?: number;
}

export interface SurvivalStep {
  /** Day of the step (days since enrolment). */
  days: number;
  /** People still followed just before this day. */
  atRisk: number;
  events: number;
  censored: number;
  /** Kaplan–Meier estimate of the share without the event after this day, 0–1. */
  survival: number;
}

export interface SurvivalCurve {
  /** Starts with day 0 at survival 1; one step per day with an event or a censoring. */
  steps: SurvivalStep[];
  observations: number;
  events: number;
  /** First day the curve reaches 0.5 or below: the median time to a job; null if it never does. */
  medianDays: number | null;
}

/**
 * Kaplan–Meier product-limit estimate S(t) = Π (1 − dᵢ/nᵢ) over event days tᵢ ≤ t. Censorings on a
 * day with events are counted after the events (the usual convention). Throws RangeError for a
 * negative or non-finite `days`.
 */
export function kaplanMeier(observations: readonly SurvivalObservation[]): SurvivalCurve {
  const byDay = new Map<number, { events: number; censored: number }>();
  let total = 0;
  for (const o of observations) {
    if (!Number.isFinite(o.days) || o.days < 0) throw new RangeError('days must be a number ≥ 0');
    const n = o.count ?? 1;
    if (!Number.isInteger(n) || n < 0) throw new RangeError('count must be an integer ≥ 0');
    total += n;
    const day = byDay.get(o.days) ?? { events: 0, censored: 0 };
    if (o.event) day.events += n;
    else day.censored += n;
    byDay.set(o.days, day);
  }
  const steps: SurvivalStep[] = [{ days: 0, atRisk: total, events: 0, censored: 0, survival: 1 }];
  let atRisk = total;
  let survival = 1;
  let events = 0;
  let medianDays: number | null = null;
  for (const days of [...byDay.keys()].sort((a, b) => a - b)) {
    const day = byDay.get(days)!;
    if (day.events + day.censored === 0) continue; // a group of zero people
    if (day.events > 0) survival *= 1 - day.events / atRisk;
    events += day.events;
    const step = { days, atRisk, events: day.events, censored: day.censored, survival };
    if (days === 0) steps[0] = step;
    else steps.push(step);
    if (medianDays === null && survival <= 0.5) medianDays = days;
    atRisk -= day.events + day.censored;
  }
  return { steps, observations: total, events, medianDays };
}
