/**
 * A team's self-assessments together, for the team lead who coaches: who is where against their own
 * target (the team matrix), which trainings would close the most of the team's gaps (training demand),
 * which gaps no training closes (on-the-job coaching), and who is ready for what (readiness). Each
 * file is loaded by the codec and scored by the engine, unchanged, on its own; this module only adds
 * them up. Pure and deterministic: no DOM, no storage, no clock; the same files in any order give the
 * same team, and a file that cannot be used never changes what the others give.
 */
import type { Framework } from '../framework/model.ts';
import { indexFramework } from '../framework/queries.ts';
import { fill } from '../i18n/fill.ts';
import type { Loaded, LoadFailure } from './codec.ts';
import { evaluate, type Criterion, type Evaluation, type RowScale, type Verdict } from './engine.ts';
import type { AssessmentState } from './state.ts';

/** One file or share link as the page read it: where it came from, and what the codec made of it. */
export interface TeamEntry {
  /** The file name, or what the page calls a pasted link ("Link 3"). */
  source: string;
  loaded: Loaded;
  /** The lead chose to score an assessment made against an older handbook version against this one. */
  rescored?: boolean;
}

/** Why an entry is not part of the team: the codec's reason, or one of the team's own. */
export type RejectReason = LoadFailure['reason'] | 'duplicate' | 'no-target' | 'foreign';

export interface RejectedEntry {
  source: string;
  reason: RejectReason;
  /** For a duplicate: the source of the entry it repeats. */
  duplicateOf?: string;
}

export interface TeamMember {
  source: string;
  /** What the page shows: the name in the file, else the source; "Person 3" when names are hidden. */
  label: string;
  state: AssessmentState;
  /** Made against another handbook version and not rescored yet: listed, not scored. */
  outdated: boolean;
  /** The engine's result; null while outdated. */
  evaluation: Evaluation | null;
}

/** A member the engine scored (not outdated, or rescored). */
export type ScoredMember = TeamMember & { evaluation: Evaluation };

export interface MatrixCell {
  /** Step the member's target expects; null when it expects nothing of this competency. */
  expected: number | null;
  self: number | null;
  gap: number;
  /** `criteria` when the target states the competency in its own words: the numbers are ratings. */
  scale: RowScale;
}

export interface MatrixRow {
  member: ScoredMember;
  target: string;
  /** Steps of gap over every competency the target expects. */
  totalGap: number;
  cells: Record<string, MatrixCell>;
}

/** The matrix's columns: competencies some member's target expects, by area, in the handbook's order. */
export interface MatrixArea {
  area: string;
  competencies: string[];
}

export interface TrainingDemand {
  training: string;
  /** Labels of the members whose plan has this training closing a gap. */
  helps: string[];
  /** Steps of gap it closes over all of them. */
  steps: number;
  /** Hours of the training for one person, and for everyone it helps; null when its effort is unknown. */
  hours: number | null;
  totalHours: number | null;
  prerequisites: string[];
}

/** A competency where no training meant for the people who lack it closes the gap. */
export interface CoachingNeed {
  competency: string;
  helps: string[];
  steps: number;
}

/** Kinds of open criteria the team view counts; months at the next level count as time, with months in the level. */
export type UnmetKind = Exclude<Criterion['kind'], 'monthsAtNext'>;

export interface ReadinessRow {
  member: ScoredMember;
  verdict: Verdict;
  why: Evaluation['why'];
  /** Promotion criteria or entry conditions not (known to be) met, by kind. */
  unmet: Record<UnmetKind, number>;
}

export interface Team {
  members: TeamMember[];
  rejected: RejectedEntry[];
  areas: MatrixArea[];
  matrix: MatrixRow[];
  demand: TrainingDemand[];
  coaching: CoachingNeed[];
  readiness: ReadinessRow[];
  distribution: Record<Verdict, number>;
}

export interface TeamOptions {
  /** Replace every name with `person` ("Person {n}"), numbered in the team's order. */
  hideNames: boolean;
  person: string;
}

export const VERDICTS: readonly Verdict[] = ['ready', 'nearly-ready', 'not-yet'];
export const UNMET_KINDS: readonly UnmetKind[] = ['months', 'metric', 'training', 'assessment', 'condition'];

/** The team the entries make: every entry either a member or rejected with its reason. */
export function aggregateTeam(framework: Framework, entries: readonly TeamEntry[], options: TeamOptions): Team {
  const { members, rejected } = admit(framework, entries, options);
  const scored = members.filter((m): m is ScoredMember => m.evaluation !== null);
  const areas = matrixAreas(framework, scored);
  return {
    members,
    rejected,
    areas,
    matrix: scored.map((m) => matrixRow(m, areas)),
    demand: trainingDemand(framework, scored),
    coaching: coachingNeeds(scored),
    readiness: scored.map(readinessRow),
    distribution: Object.fromEntries(
      VERDICTS.map((v) => [v, scored.filter((m) => m.evaluation.verdict === v).length]),
    ) as Record<Verdict, number>,
  };
}

/** JSON with object keys sorted: two states with the same content give the same text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Code-unit order: the same in every browser and language, for an order that depends on the data only. */
export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Members and rejections, in an order that depends on the entries only, never on the order they
 * came in: by source, then content. Of identical assessments the first in that order is the member.
 */
function admit(
  framework: Framework,
  entries: readonly TeamEntry[],
  options: TeamOptions,
): { members: TeamMember[]; rejected: RejectedEntry[] } {
  const { levels } = indexFramework(framework);
  const keyed = entries.map((entry) => ({ entry, key: entry.loaded.ok ? canonical(entry.loaded.state) : '' }));
  keyed.sort(
    (a, b) =>
      byText(a.entry.source, b.entry.source) ||
      byText(a.key, b.key) ||
      Number(a.entry.rescored ?? false) - Number(b.entry.rescored ?? false),
  );
  const seen = new Map<string, string>();
  const members: TeamMember[] = [];
  const rejected: RejectedEntry[] = [];
  for (const { entry, key } of keyed) {
    const { source, loaded } = entry;
    if (!loaded.ok) {
      rejected.push({ source, reason: loaded.reason });
      continue;
    }
    const { state } = loaded;
    const first = seen.get(key);
    if (first !== undefined) {
      rejected.push({ source, reason: 'duplicate', duplicateOf: first });
      continue;
    }
    if (state.target === null) {
      rejected.push({ source, reason: 'no-target' });
      continue;
    }
    if (!levels.has(state.target)) {
      rejected.push({ source, reason: 'foreign' });
      continue;
    }
    seen.set(key, source);
    const outdated = state.framework !== framework.version && entry.rescored !== true;
    members.push({ source, label: '', state, outdated, evaluation: outdated ? null : evaluate(framework, state) });
  }
  members.forEach((m, i) => {
    m.label = options.hideNames ? fill(options.person, { n: i + 1 }) : m.state.name.trim() || m.source;
  });
  return { members, rejected };
}

function matrixAreas(framework: Framework, members: ScoredMember[]): MatrixArea[] {
  const expected = new Set(members.flatMap((m) => m.evaluation.competencies.map((c) => c.competency)));
  return framework.areas
    .map((area) => ({
      area: area.id,
      competencies: framework.competencies.filter((c) => c.area === area.id && expected.has(c.id)).map((c) => c.id),
    }))
    .filter((a) => a.competencies.length > 0);
}

function matrixRow(member: ScoredMember, areas: MatrixArea[]): MatrixRow {
  const results = new Map(member.evaluation.competencies.map((c) => [c.competency, c]));
  const cells: Record<string, MatrixCell> = {};
  for (const id of areas.flatMap((a) => a.competencies)) {
    const result = results.get(id);
    cells[id] =
      result === undefined
        ? { expected: null, self: member.state.ratings[id] ?? null, gap: 0, scale: 'steps' }
        : { expected: result.expected, self: result.self, gap: result.gap, scale: result.scale };
  }
  const totalGap = member.evaluation.competencies.reduce((sum, c) => sum + c.gap, 0);
  return { member, target: member.evaluation.target, totalGap, cells };
}

/**
 * Each training in the members' own development plans (the engine's, which skip what they did and
 * what is not meant for them), added up: whom it helps and how many steps of gap it closes. Ranked by
 * steps closed, then people helped, then fewer total hours.
 */
function trainingDemand(framework: Framework, members: ScoredMember[]): TrainingDemand[] {
  const { trainings } = indexFramework(framework);
  const demand = new Map<string, TrainingDemand>();
  for (const member of members) {
    for (const item of member.evaluation.plan) {
      const steps = item.closes.reduce((sum, c) => sum + (c.to - c.from), 0);
      if (steps === 0) continue;
      const training = trainings.get(item.training);
      const row: TrainingDemand = demand.get(item.training) ?? {
        training: item.training,
        helps: [],
        steps: 0,
        hours: item.hours,
        totalHours: item.hours === null ? null : 0,
        prerequisites: training?.prerequisites ?? [],
      };
      row.helps.push(member.label);
      row.steps += steps;
      row.totalHours = row.totalHours === null || item.hours === null ? null : row.totalHours + item.hours;
      demand.set(item.training, row);
    }
  }
  return [...demand.values()].sort(
    (a, b) =>
      b.steps - a.steps ||
      b.helps.length - a.helps.length ||
      // Unknown effort counts as more than any known: what is known to be cheaper comes first.
      (a.totalHours ?? Infinity) - (b.totalHours ?? Infinity) ||
      byText(a.training, b.training),
  );
}

/** Gaps no training meant for the person closes, by competency: built on the job, with coaching. */
function coachingNeeds(members: ScoredMember[]): CoachingNeed[] {
  const needs = new Map<string, CoachingNeed>();
  for (const member of members) {
    for (const gap of member.evaluation.uncovered) {
      const need = needs.get(gap.competency) ?? { competency: gap.competency, helps: [], steps: 0 };
      need.helps.push(member.label);
      need.steps += gap.to - gap.from;
      needs.set(gap.competency, need);
    }
  }
  return [...needs.values()].sort(
    (a, b) => b.steps - a.steps || b.helps.length - a.helps.length || byText(a.competency, b.competency),
  );
}

function readinessRow(member: ScoredMember): ReadinessRow {
  const unmet = Object.fromEntries(UNMET_KINDS.map((k) => [k, 0])) as Record<UnmetKind, number>;
  for (const c of member.evaluation.criteria)
    if (c.status !== 'met') unmet[c.kind === 'monthsAtNext' ? 'months' : c.kind] += 1;
  return { member, verdict: member.evaluation.verdict, why: member.evaluation.why, unmet };
}

export type MatrixSort = 'person' | 'target' | 'gap';
export const MATRIX_SORTS: readonly MatrixSort[] = ['person', 'target', 'gap'];

/**
 * The matrix rows in the order the lead chose: by person (name, in the page's language), by target
 * (the handbook's order of levels), or by total gap (largest first); ties by person.
 */
export function sortMatrix(framework: Framework, rows: readonly MatrixRow[], by: MatrixSort): MatrixRow[] {
  const collator = new Intl.Collator(framework.locale, { numeric: true });
  const person = (a: MatrixRow, b: MatrixRow) =>
    collator.compare(a.member.label, b.member.label) || byText(a.member.source, b.member.source);
  const order = new Map(framework.levels.map((l, i) => [l.id, i]));
  const rank = (row: MatrixRow) => order.get(row.target) ?? framework.levels.length;
  const compare: Record<MatrixSort, (a: MatrixRow, b: MatrixRow) => number> = {
    person,
    target: (a, b) => rank(a) - rank(b) || person(a, b),
    gap: (a, b) => b.totalGap - a.totalGap || person(a, b),
  };
  return [...rows].sort(compare[by]);
}
