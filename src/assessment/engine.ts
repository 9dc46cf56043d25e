/**
 * The assessment engine: from a framework and what a person entered to gaps, readiness, promotion
 * criteria, a verdict and a ranked development plan. Pure and deterministic: no DOM, no storage,
 * no clock; the browser, the tests and the build call it unchanged.
 */
import type { Framework, Level, Training } from '../framework/model.ts';
import {
  byEffort,
  indexFramework,
  isMeantFor,
  levelRows,
  routeConditions,
  routeKind,
  type RouteKind,
  type RowScale,
} from '../framework/queries.ts';
import type { VerdictPolicy } from '../framework/vocabulary.ts';
import { kpiResults, metricCriterion, probationResults, type KpiResult, type ProbationResult } from './in-level.ts';
import { ratedRow } from './rated-row.ts';
import type { AssessmentState } from './state.ts';

export type RowStatus = 'met' | 'gap' | 'unrated';

export type { KpiResult, ProbationResult, RowScale };

export interface CompetencyResult {
  competency: string;
  scale: RowScale;
  /**
   * For a criterion row, where its rating is kept (`criterionKey`: the level that wrote it and the
   * competency); null for a step row.
   */
  criterion: string | null;
  /** The step expected, or (criteria) the index of the first rating that counts as met. */
  expected: number;
  /** The person's step or rating; null when not rated yet (counted as the lowest). */
  self: number | null;
  /** max(0, expected − self) */
  gap: number;
  /** max(0, self − expected) */
  surplus: number;
  weight: number;
  status: RowStatus;
  /** Step the current level expects, for the "vs current level" view; null when none (and for criteria). */
  current: number | null;
}

export type CriterionStatus = 'met' | 'not-met' | 'unknown';

export type Criterion =
  | { kind: 'months'; required: number; actual: number | null; status: CriterionStatus }
  | { kind: 'monthsAtNext'; required: number; actual: number | null; status: CriterionStatus }
  | {
      kind: 'metric';
      metric: string;
      target: number;
      direction: 'higher' | 'lower';
      actual: number | null;
      status: CriterionStatus;
    }
  | { kind: 'training'; training: string; status: CriterionStatus }
  | { kind: 'assessment'; assessment: string; status: CriterionStatus }
  | { kind: 'condition'; index: number; text: string; status: CriterionStatus };

/** How the person would get from the current level to the target. */
export type Route = RouteKind;

export type Verdict = 'ready' | 'nearly-ready' | 'not-yet';

export interface Readiness {
  /** Expectations met / all expectations. */
  met: number;
  total: number;
  /** met / total, 0–1 (1 when nothing is expected). */
  share: number;
  /** Weighted score, 0–1: Σ weight·min(self, expected)/expected ÷ Σ weight. */
  score: number;
}

/** `unknown`: planned after a training of unknown effort, so when it can start is not known. */
export type Horizon = 'short' | 'mid' | 'long' | 'unknown';

export interface PlanItem {
  training: string;
  /** Null when the handbook gives no hours (effort unknown). */
  hours: number | null;
  /** Gaps this training closes (fully or partly): competency, from, to. */
  closes: { competency: string; from: number; to: number }[];
  /** Weighted steps of gap closed. */
  gapClosed: number;
  /** gapClosed per hour: the ranking key; null when the effort is unknown. */
  perHour: number | null;
  /** Trainings in the plan that need this one first (every one of them, also those planned later). */
  prerequisiteOf: string[];
  horizon: Horizon;
}

export interface Evaluation {
  target: string;
  current: string | null;
  route: Route;
  competencies: CompetencyResult[];
  readiness: Readiness;
  criteria: Criterion[];
  /**
   * KPI bands: `current`, the current level's ("in-level performance": is the person performing as
   * their level expects?), and `target`, the target level's (what will be expected there).
   */
  kpis: { current: KpiResult[]; target: KpiResult[] };
  /**
   * Probations: the current level's while the person may still be in it, and the target's when the
   * target is another level (see `probationResults`). Like KPI bands, they never decide the verdict.
   */
  probation: { current: ProbationResult | null; target: ProbationResult | null };
  /** The verdict the rules give; shown only as the framework's policy says (see `shownVerdict`). */
  verdict: Verdict;
  /** The framework's verdict policy: `rules`, `indicative` or `off`. */
  policy: VerdictPolicy;
  /** Which of the framework's verdict rules decided the verdict, with the figures it compared. */
  why: VerdictReason;
  plan: PlanItem[];
  /**
   * What the plan can say, so the words never contradict the gaps: `no-gaps` (no training is needed),
   * `planned` (trainings close some or all gaps), `none-closes` (gaps are open, no training meant for
   * this person closes any of them).
   */
  planStatus: PlanStatus;
  /** Gaps no training meant for this person closes: built on the job. */
  uncovered: UncoveredGap[];
}

export type PlanStatus = 'no-gaps' | 'planned' | 'none-closes';

export interface UncoveredGap {
  competency: string;
  from: number;
  to: number;
  /** Trainings (not done) that would raise this step but are meant for other levels or tracks. */
  elsewhere: string[];
}

/**
 * Why the verdict is what it is: `ready` (no gap, no criterion open), `criteria` (no gap, but criteria
 * open), `nearly` (gaps within the rule for nearly ready), `not-yet` (more or larger gaps than it allows).
 */
export interface VerdictReason {
  rule: 'ready' | 'criteria' | 'nearly' | 'not-yet';
  gaps: number;
  /** The largest gap, in steps. */
  largest: number;
  /** Promotion criteria that keep it from ready (not met; or not known, when the rules need them met). */
  open: number;
  maxGaps: number;
  maxSteps: number;
}

/** Cumulative hours of the plan that count as short term, and as mid term; the rest is long term. */
export const HORIZON_HOURS = { short: 24, mid: 80 } as const;

/** Evaluates the state against its target; null when the target is missing or unknown. */
export function evaluate(framework: Framework, state: AssessmentState): Evaluation | null {
  const { levels } = indexFramework(framework);
  const target = state.target === null ? undefined : levels.get(state.target);
  if (target === undefined) return null;
  const current = state.current === null ? undefined : levels.get(state.current);
  const weights = new Map(framework.competencies.map((c) => [c.id, c.weight]));
  const currentSteps = new Map(current?.expectations.map((e) => [e.competency, e.step]) ?? []);

  const competencies = levelRows(framework, target.id).flatMap((row): CompetencyResult[] => {
    const rated = ratedRow(framework, row, state);
    if (rated === null) return [];
    const { self, expected } = rated;
    const gap = Math.max(0, expected - (self ?? 0));
    return [
      {
        competency: row.competency,
        scale: rated.scale,
        criterion: rated.key,
        expected,
        self,
        gap,
        surplus: self === null ? 0 : Math.max(0, self - expected),
        weight: weights.get(row.competency) ?? 1,
        status: self === null ? 'unrated' : gap > 0 ? 'gap' : 'met',
        current: rated.scale === 'steps' ? (currentSteps.get(row.competency) ?? null) : null,
      },
    ];
  });

  const readiness = readinessOf(competencies);
  const route = routeKind(current, target);
  const criteria = criteriaFor(framework, current, target, route, state);
  const why = verdictReason(framework, competencies, criteria);
  const verdict = VERDICT_OF[why.rule];
  const { plan, uncovered } = developmentPlan(framework, current, target, competencies, state.facts.trainings);
  const planStatus: PlanStatus = competencies.every((c) => c.gap === 0)
    ? 'no-gaps'
    : plan.length > 0
      ? 'planned'
      : 'none-closes';
  return {
    target: target.id,
    current: current?.id ?? null,
    route,
    competencies,
    readiness,
    criteria,
    kpis: { current: kpiResults(current, state), target: kpiResults(target, state) },
    probation: probationResults(framework, current, target, state),
    verdict,
    policy: framework.verdict.policy,
    why,
    plan,
    planStatus,
    uncovered,
  };
}

/** The verdict label the results, printout and exports show: none when the framework turns it off. */
export function shownVerdict(result: Pick<Evaluation, 'verdict' | 'policy'>): Verdict | null {
  return result.policy === 'off' ? null : result.verdict;
}

function readinessOf(rows: CompetencyResult[]): Readiness {
  const counted = rows.filter((r) => r.expected > 0);
  const met = counted.filter((r) => r.status === 'met').length;
  const weight = counted.reduce((sum, r) => sum + r.weight, 0);
  const score = counted.reduce((sum, r) => sum + (r.weight * Math.min(r.self ?? 0, r.expected)) / r.expected, 0);
  return {
    met,
    total: counted.length,
    share: counted.length === 0 ? 1 : met / counted.length,
    score: weight === 0 ? 1 : score / weight,
  };
}

/** The criteria that apply to this move: the current level's promotion criteria for the next level,
 * the lateral move's conditions for a lateral move, none otherwise. */
function criteriaFor(
  framework: Framework,
  current: Level | undefined,
  target: Level,
  route: Route,
  state: AssessmentState,
): Criterion[] {
  const { facts } = state;
  const months = (required: number): Criterion[] =>
    required > 0
      ? [
          {
            kind: 'months',
            required,
            actual: facts.monthsInLevel,
            status: facts.monthsInLevel === null ? 'unknown' : facts.monthsInLevel >= required ? 'met' : 'not-met',
          },
        ]
      : [];
  const conditions = (texts: string[]): Criterion[] =>
    texts.map((text, index) => ({
      kind: 'condition',
      index,
      text,
      status: facts.conditions.includes(index) ? 'met' : 'unknown',
    }));
  if (route === 'lateral' && current !== undefined) {
    const move = current.lateralMoves.find((m) => m.to === target.id);
    return move === undefined ? [] : [...months(move.minMonths), ...conditions(routeConditions(current, target))];
  }
  if (route !== 'promotion' || current?.promotion == null) return [];
  const p = current.promotion;
  const atNext = facts.monthsAtNext ?? null;
  return [
    ...months(p.minMonths),
    ...(p.monthsPerformingAtNext > 0
      ? [
          {
            kind: 'monthsAtNext',
            required: p.monthsPerformingAtNext,
            actual: atNext,
            status: atNext === null ? 'unknown' : atNext >= p.monthsPerformingAtNext ? 'met' : 'not-met',
          } satisfies Criterion,
        ]
      : []),
    ...p.metrics.map((m) => metricCriterion(framework, m, state)),
    // A training or an assessment is a fact the person states: done, or not (yet).
    ...p.trainings.map((id): Criterion => ({
      kind: 'training',
      training: id,
      status: facts.trainings.includes(id) ? 'met' : 'not-met',
    })),
    ...p.assessments.map((id): Criterion => ({
      kind: 'assessment',
      assessment: id,
      status: facts.assessments.includes(id) ? 'met' : 'not-met',
    })),
    ...conditions(routeConditions(current, target)),
  ];
}

const VERDICT_OF: Record<VerdictReason['rule'], Verdict> = {
  ready: 'ready',
  criteria: 'nearly-ready',
  nearly: 'nearly-ready',
  'not-yet': 'not-yet',
};

function verdictReason(framework: Framework, rows: CompetencyResult[], criteria: Criterion[]): VerdictReason {
  const rules = framework.verdict;
  const gaps = rows.filter((r) => r.gap > 0).length;
  const largest = Math.max(0, ...rows.map((r) => r.gap));
  const open = criteria.filter(
    (c) => c.status === 'not-met' || (rules.readyRequiresCriteria && c.status === 'unknown'),
  ).length;
  const figures = { gaps, largest, open, maxGaps: rules.nearlyReadyMaxGaps, maxSteps: rules.nearlyReadyMaxGapSteps };
  if (gaps === 0) return { rule: open === 0 ? 'ready' : 'criteria', ...figures };
  const within = gaps <= rules.nearlyReadyMaxGaps && largest <= rules.nearlyReadyMaxGapSteps;
  return { rule: within ? 'nearly' : 'not-yet', ...figures };
}

/**
 * Trainings someone at `current` has necessarily done: those mandatory for, or required to leave, a
 * level below it on its track (nobody is sent back to induction because they did not tick it).
 */
export function assumedCompleted(framework: Framework, current: Level | undefined): string[] {
  if (current === undefined) return [];
  const below = framework.levels.filter((l) => l.track === current.track && l.rank < current.rank);
  const ids = new Set(below.map((l) => l.id));
  return framework.trainings
    .filter((t) => t.mandatoryFor.some((id) => ids.has(id)) || below.some((l) => l.promotion?.trainings.includes(t.id)))
    .map((t) => t.id);
}

/** A candidate step of the plan: a training after its unfinished prerequisites. */
interface Bundle {
  bundle: Training[];
  /** Weighted steps of gap the bundle closes. */
  closed: number;
  /** Hours of the bundle; null when any training in it has no hours. */
  hours: number | null;
}

/**
 * Whether bundle `a` goes into the plan before `b`: any of known effort before any of unknown effort;
 * among known, the most gap closed per hour, then fewer hours; among unknown, the most gap closed;
 * then the main training's id.
 */
function ranksBefore(a: Bundle, b: Bundle): boolean {
  if ((a.hours === null) !== (b.hours === null)) return a.hours !== null;
  if (a.hours !== null && b.hours !== null) {
    const [x, y] = [a.closed / a.hours, b.closed / b.hours];
    if (x !== y) return x > y;
    if (a.hours !== b.hours) return a.hours < b.hours;
  } else if (a.closed !== b.closed) return a.closed > b.closed;
  return (a.bundle.at(-1)?.id ?? '') < (b.bundle.at(-1)?.id ?? '');
}

/** Hours of trainings together; null when any of them has none. */
function hoursOf(trainings: Training[]): number | null {
  let sum = 0;
  for (const t of trainings) {
    if (t.hours === null) return null;
    sum += t.hours;
  }
  return sum;
}

/** The plan's effort: the hours that are known, and how many of its trainings give none. */
export function planEffort(plan: PlanItem[]): { hours: number; unknown: number } {
  return {
    hours: plan.reduce((sum, p) => sum + (p.hours ?? 0), 0),
    unknown: plan.filter((p) => p.hours === null).length,
  };
}

/**
 * How far a training takes a row, at most to what is expected (-1: not at all): to the step it
 * develops the competency to; against a criterion, to met when it develops the competency at all.
 */
function reach(t: Training, row: CompetencyResult): number {
  const step = t.develops[row.competency];
  if (step === undefined) return -1;
  if (row.scale === 'criteria') return step > 0 ? row.expected : -1;
  return Math.min(step, row.expected);
}

/**
 * Trainings whose `develops` close the gaps, chosen greedily: at each step the training that closes
 * the most of what is still open per hour of effort, counting the hours of its unfinished
 * prerequisites, which are placed before it. Completed trainings are left out; a training that would
 * close nothing new is not recommended. A training of unknown effort (no `hours`), or one that needs
 * such a training first, is still recommended, after every training of known effort, the one closing
 * the most first: gap per hour cannot be computed for it, and a plan should not guess. Grouped by
 * cumulative effort into short, mid and long term; from the first training of unknown effort on, the
 * horizon is `unknown`.
 */
function developmentPlan(
  framework: Framework,
  current: Level | undefined,
  target: Level,
  rows: CompetencyResult[],
  completed: string[],
): { plan: PlanItem[]; uncovered: Evaluation['uncovered'] } {
  const done = new Set([...completed, ...assumedCompleted(framework, current)]);
  const ctx: PlanContext = {
    trainings: indexFramework(framework).trainings,
    done,
    gaps: rows.filter((r) => r.gap > 0),
    audience: current === undefined ? [target] : [current, target],
  };
  /** Step reached so far per competency with a gap, as trainings are added to the plan. */
  const reached = new Map(ctx.gaps.map((g) => [g.competency, g.self ?? 0]));
  const plan: PlanItem[] = [];
  const planned = new Set<string>();
  const candidates = framework.trainings.filter((t) => !done.has(t.id) && isMeantFor(t, ctx.audience));
  for (let best = bestBundle(ctx, candidates, planned, reached); best !== null;) {
    addToPlan(ctx, plan, best, planned, reached);
    best = bestBundle(ctx, candidates, planned, reached);
  }
  assignHorizons(plan);
  const uncovered = ctx.gaps
    .filter((g) => (reached.get(g.competency) ?? 0) < g.expected)
    .map((g): UncoveredGap => {
      const from = reached.get(g.competency) ?? 0;
      const elsewhere = framework.trainings
        .filter((t) => !done.has(t.id) && !isMeantFor(t, ctx.audience) && reach(t, g) > from)
        .sort(byEffort)
        .map((t) => t.id);
      return { competency: g.competency, from, to: g.expected, elsewhere };
    });
  return { plan, uncovered };
}

/** What planning one person's development needs: the trainings, what they did, their gaps, who they are. */
interface PlanContext {
  trainings: ReadonlyMap<string, Training>;
  /** Trainings completed (or assumed completed below the current level). */
  done: ReadonlySet<string>;
  gaps: readonly CompetencyResult[];
  /** The levels a training must be meant for: the current and the target. */
  audience: Level[];
}

/** What a training closes of the gaps, from the steps reached so far. */
function closes(ctx: PlanContext, t: Training, from: ReadonlyMap<string, number>) {
  return ctx.gaps
    .map((g) => ({
      competency: g.competency,
      from: from.get(g.competency) ?? 0,
      to: reach(t, g),
      weight: g.weight,
    }))
    .filter((c) => c.to > c.from);
}

/** The training with its unfinished prerequisites not yet planned, deepest first. */
function bundleOf(ctx: PlanContext, t: Training, planned: ReadonlySet<string>): Training[] {
  const out: Training[] = [];
  const visit = (x: Training, path: Set<string>) => {
    if (path.has(x.id)) return; // a prerequisite cycle is a content error; never loop on it here
    path.add(x.id);
    for (const id of x.prerequisites) {
      const prerequisite = ctx.trainings.get(id);
      if (prerequisite !== undefined && !ctx.done.has(id) && !planned.has(id) && !out.includes(prerequisite))
        visit(prerequisite, path);
    }
    out.push(x);
  };
  visit(t, new Set());
  return out;
}

/** The next training (with its prerequisites) to plan, or null when none closes anything more. */
function bestBundle(
  ctx: PlanContext,
  candidates: readonly Training[],
  planned: ReadonlySet<string>,
  reached: ReadonlyMap<string, number>,
): Bundle | null {
  let best: Bundle | null = null;
  for (const t of candidates) {
    if (planned.has(t.id)) continue;
    const bundle = bundleOf(ctx, t, planned);
    const after = new Map(reached);
    let closed = 0;
    let ownNew = 0;
    for (const x of bundle) {
      const closing = closes(ctx, x, after);
      if (x === t) ownNew = closing.length;
      for (const c of closing) {
        closed += c.weight * (c.to - c.from);
        after.set(c.competency, c.to);
      }
    }
    // Only a training that itself closes something after its prerequisites is recommended.
    if (ownNew === 0) continue;
    const candidate: Bundle = { bundle, closed, hours: hoursOf(bundle) };
    if (best === null || ranksBefore(candidate, best)) best = candidate;
  }
  return best;
}

/** Puts the bundle's trainings in the plan, prerequisites first, and moves the steps reached on. */
function addToPlan(
  ctx: PlanContext,
  plan: PlanItem[],
  best: Bundle,
  planned: Set<string>,
  reached: Map<string, number>,
): void {
  const main = best.bundle.at(-1)?.id ?? '';
  // A prerequisite planned earlier (for another training) is needed first for this one too.
  for (const earlier of plan) {
    const needed = best.bundle.some((x) => x.prerequisites.includes(earlier.training));
    if (needed && !earlier.prerequisiteOf.includes(main)) earlier.prerequisiteOf.push(main);
  }
  for (const x of best.bundle) {
    const own = closes(ctx, x, reached).map(({ competency, from, to, weight }) => ({ competency, from, to, weight }));
    for (const c of own) reached.set(c.competency, c.to);
    const gapClosed = own.reduce((sum, c) => sum + c.weight * (c.to - c.from), 0);
    plan.push({
      training: x.id,
      hours: x.hours,
      closes: own.map(({ competency, from, to }) => ({ competency, from, to })),
      gapClosed,
      perHour: x.hours === null ? null : gapClosed / x.hours,
      prerequisiteOf: x.id === main ? [] : [main],
      horizon: 'short',
    });
    planned.add(x.id);
  }
}

/** Short, mid or long term by cumulative effort; from the first training of unknown effort on, unknown. */
function assignHorizons(plan: PlanItem[]): void {
  let hours: number | null = 0;
  for (const item of plan) {
    hours = hours === null || item.hours === null ? null : hours + item.hours;
    item.horizon =
      hours === null ? 'unknown' : hours <= HORIZON_HOURS.short ? 'short' : hours <= HORIZON_HOURS.mid ? 'mid' : 'long';
  }
}
