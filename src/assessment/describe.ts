/**
 * Words shared by the results on screen, the printout and the exports, so a manager reading any of
 * them reads the same criteria and the same facts about the assessment. Pure: the caller passes the
 * page's words and the date, already formatted in the page's language.
 */
import { formatBand, formatMetric, type BandWords } from '../framework/metric-format.ts';
import type { Framework } from '../framework/model.ts';
import { bandedTitle } from '../framework/queries.ts';
import { fill } from '../i18n/fill.ts';
import {
  planEffort,
  type CompetencyResult,
  type Criterion,
  type Evaluation,
  type KpiResult,
  type PlanItem,
  type ProbationResult,
  type Readiness,
} from './engine.ts';
import type { AssessmentState } from './state.ts';

/** Templates of a criterion's text, e.g. "At least {months} months in your level (you: {actual})". */
export interface CriterionWords {
  months: string;
  monthsAtNext: string;
  metric: string;
  training: string;
  assessment: string;
  /** A KPI band against the person's value, "{metric}: {band} (you: {actual})". */
  kpi: string;
  /** How values and bands read (see `formatBand`). */
  band: BandWords;
}

/** Templates of a training's effort: "{hours} h", "effort unknown", and the plan's total. */
export interface EffortWords {
  hours: string;
  unknown: string;
  total: string;
  atLeast: string;
}

/** "6 h", or "effort unknown" for a training the handbook gives no hours for. */
export function effortText(hours: number | null, words: EffortWords): string {
  return hours === null ? words.unknown : fill(words.hours, { hours });
}

/** "About 32 h in all.", or "At least 32 h in all: …" when some training's effort is unknown. */
export function planEffortText(plan: PlanItem[], words: EffortWords): string {
  const { hours, unknown } = planEffort(plan);
  return fill(unknown > 0 ? words.atLeast : words.total, { hours: fill(words.hours, { hours }) });
}

/** Names of the facts that head a printout or an export. */
export interface AboutWords {
  /** How a sub-level is named, "{band} · {title}" (see `bandedTitle`). */
  bandTitle: string;
  name: string;
  current: string;
  noCurrent: string;
  target: string;
  date: string;
  version: string;
}

/** A criterion as the results show it: "At least 6 months in your level (you: 7)". */
export function criterionText(framework: Framework, c: Criterion, words: CriterionWords): string {
  if (c.kind === 'months') return fill(words.months, { months: c.required, actual: c.actual ?? '?' });
  if (c.kind === 'monthsAtNext') return fill(words.monthsAtNext, { months: c.required, actual: c.actual ?? '?' });
  if (c.kind === 'metric') {
    const metric = framework.metrics.find((m) => m.id === c.metric);
    const value = (n: number) => formatMetric(n, metric, framework.locale, words.band);
    return fill(words.metric, {
      metric: metric?.label ?? c.metric,
      target: `${c.direction === 'lower' ? '≤' : '≥'} ${value(c.target)}`,
      actual: c.actual === null ? '?' : value(c.actual),
    });
  }
  if (c.kind === 'training') {
    const training = framework.trainings.find((t) => t.id === c.training)?.title ?? c.training;
    return fill(words.training, { training });
  }
  if (c.kind === 'assessment') {
    const assessment = framework.assessments.find((a) => a.id === c.assessment)?.label ?? c.assessment;
    return fill(words.assessment, { assessment });
  }
  return c.text;
}

/** A KPI band as the results show it: "Conversations per hour: at least 12 per hour (you: 13)". */
export function kpiText(framework: Framework, k: KpiResult, words: CriterionWords): string {
  const metric = framework.metrics.find((m) => m.id === k.metric);
  return fill(words.kpi, {
    metric: metric?.label ?? k.metric,
    band: formatBand(k, metric, framework.locale, words.band),
    actual: k.actual === null ? '?' : formatMetric(k.actual, metric, framework.locale, words.band),
  });
}

/**
 * Headings and words of the probations in the results and the exports: the current level's ("Probation
 * in your current level"), the target's ("Probation on starting at {target}"), its length ("{weeks}
 * weeks of probation on entering this level"), the conditions' heading and that none decides.
 */
export interface ProbationWords {
  current: string;
  target: string;
  weeks: string;
  months: string;
  conditions: string;
  note: string;
}

/** "12 weeks of probation on entering this level"; '' for a probation the handbook gives no length. */
export function probationLength(p: ProbationResult, words: ProbationWords): string {
  if (p.weeks > 0) return fill(words.weeks, { weeks: p.weeks });
  return p.months > 0 ? fill(words.months, { months: p.months }) : '';
}

/**
 * "3 of 6 expectations met (50%); weighted readiness 67%." from the page's template, the shares
 * written as the language writes a percentage (as metric values are).
 */
export function readinessText(locale: string, readiness: Readiness, template: string): string {
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return fill(template, {
    met: readiness.met,
    total: readiness.total,
    share: percent.format(readiness.share),
    score: percent.format(readiness.score),
  });
}

/** A level's name in results and exports ("Level 1 · 1B" for a sub-level); undefined for an unknown id. */
export function levelTitle(framework: Framework, id: string | null, bandTitle: string): string | undefined {
  const level = framework.levels.find((l) => l.id === id);
  return level === undefined ? undefined : bandedTitle(level, bandTitle);
}

/**
 * Who, what and when, as label–value pairs: the name (empty when not given: a printout leaves it out,
 * a spreadsheet keeps the column), the current and the target level (titles as shown), the date and
 * the handbook version the assessment was scored against.
 */
export function aboutAssessment(
  framework: Framework,
  state: AssessmentState,
  result: Evaluation,
  words: AboutWords,
  date: string,
): [label: string, value: string][] {
  const title = (id: string | null) => levelTitle(framework, id, words.bandTitle);
  return [
    [words.name, state.name.trim()],
    [words.current, title(result.current) ?? words.noCurrent],
    [words.target, title(result.target) ?? result.target],
    [words.date, date],
    [words.version, framework.version],
  ];
}

/**
 * A row's step or rating as the results and exports write it: a step as its number, a rating against
 * a criterion as its label on the criteria scale (`Consistently`); '' when not rated.
 */
export function rowValue(
  framework: Framework,
  row: Pick<CompetencyResult, 'scale'>,
  n: number | null,
): string | number {
  if (n === null) return '';
  return row.scale === 'criteria' ? (framework.criteriaScale.ratings[n]?.label ?? String(n)) : n;
}

/** The words a level states for a criterion row (empty for a step row). */
export function rowCriterion(
  framework: Framework,
  target: string,
  row: Pick<CompetencyResult, 'competency' | 'scale'>,
): string {
  if (row.scale !== 'criteria') return '';
  const level = framework.levels.find((l) => l.id === target);
  return level?.criteria.find((c) => c.competency === row.competency)?.text ?? '';
}
