/**
 * What a level expects of the person while in it, apart from the move: its KPI bands and its
 * probation targets, evaluated from the metric values the person entered. Neither decides the
 * verdict (a band describes day-to-day performance, a probation the first weeks in a level), so the
 * engine reports them beside the criteria of the move. Pure, like the engine.
 */
import type { Framework, Level, MetricTarget } from '../framework/model.ts';
import type { Criterion, CriterionStatus } from './engine.ts';
import type { AssessmentState } from './state.ts';

/**
 * A level's KPI band against the value the person entered: `met` inside the band, `not-met` outside,
 * `unknown` when no value is given.
 */
export interface KpiResult {
  metric: string;
  min: number | null;
  max: number | null;
  actual: number | null;
  status: CriterionStatus;
}

export type MetricCriterion = Extract<Criterion, { kind: 'metric' }>;

/**
 * A level's probation against the person's values: its length (0 when not said), its metric targets
 * with their status, and the conditions to show, in the level's words (the person states no fact
 * about them, so they carry no status).
 */
export interface ProbationResult {
  level: string;
  weeks: number;
  months: number;
  metrics: MetricCriterion[];
  conditions: string[];
}

/** Weeks in a month, to compare a probation in weeks with the months the person has been in a level. */
const WEEKS_PER_MONTH = 52 / 12;

/** A metric target against the person's value: at least the target, or at most it when lower is better. */
export function metricCriterion(framework: Framework, m: MetricTarget, state: AssessmentState): MetricCriterion {
  const direction = framework.metrics.find((x) => x.id === m.metric)?.direction ?? 'higher';
  const actual = state.facts.metrics[m.metric] ?? null;
  const ok = actual === null ? null : direction === 'lower' ? actual <= m.target : actual >= m.target;
  return {
    kind: 'metric',
    metric: m.metric,
    target: m.target,
    direction,
    actual,
    status: ok === null ? 'unknown' : ok ? 'met' : 'not-met',
  };
}

export function kpiResults(level: Level | undefined, state: AssessmentState): KpiResult[] {
  return (level?.kpis ?? []).map((k) => {
    const actual = state.facts.metrics[k.metric] ?? null;
    const inside = actual !== null && (k.min === null || actual >= k.min) && (k.max === null || actual <= k.max);
    return { ...k, actual, status: actual === null ? 'unknown' : inside ? 'met' : 'not-met' };
  });
}

function probationOf(framework: Framework, level: Level, state: AssessmentState): ProbationResult | null {
  const p = level.probation;
  if (p === null) return null;
  return {
    level: level.id,
    weeks: p.weeks,
    months: p.months,
    metrics: p.metrics.map((m) => metricCriterion(framework, m, state)),
    conditions: p.conditions,
  };
}

/** The probation's length in months; 0 when the level gives none. */
export const probationMonths = (p: Pick<ProbationResult, 'weeks' | 'months'>) => p.months + p.weeks / WEEKS_PER_MONTH;

/**
 * The probations that concern this person: the current level's while they may still be in it (the
 * months they have been in the level are not known, or fewer than its length), and the target's
 * when the target is another level (its probation starts on entering it).
 */
export function probationResults(
  framework: Framework,
  current: Level | undefined,
  target: Level,
  state: AssessmentState,
): { current: ProbationResult | null; target: ProbationResult | null } {
  const now = current === undefined ? null : probationOf(framework, current, state);
  const months = state.facts.monthsInLevel;
  const over = now !== null && months !== null && probationMonths(now) > 0 && months >= probationMonths(now);
  return {
    current: over ? null : now,
    target: target.id === current?.id ? null : probationOf(framework, target, state),
  };
}
