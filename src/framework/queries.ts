/**
 * Read-only views over one normalised framework: what the reading site shows beyond the entries
 * themselves (a comparison of two levels, the trainings that close the next level's gaps, one
 * competency across every track, …). Pure functions of a `Framework`, shared by the pages, the compare
 * island and the tests. Pages render these results; they do not compute.
 */
import type {
  Competency,
  Framework,
  LateralMove,
  Level,
  PromotionCriteria,
  Recognition,
  Track,
  Training,
} from './model.ts';
import { TRAINING_FORMATS, TRAINING_PHASES, type TrainingFormat, type TrainingPhase } from './vocabulary.ts';

/** Lookup maps of a framework, built once per framework object. */
export interface FrameworkIndex {
  tracks: Map<string, Track>;
  levels: Map<string, Level>;
  competencies: Map<string, Competency>;
  trainings: Map<string, Training>;
  recognition: Map<string, Recognition>;
}

const indexes = new WeakMap<Framework, FrameworkIndex>();

export function indexFramework(framework: Framework): FrameworkIndex {
  let index = indexes.get(framework);
  if (index === undefined) {
    const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
    index = {
      tracks: byId(framework.tracks),
      levels: byId(framework.levels),
      competencies: byId(framework.competencies),
      trainings: byId(framework.trainings),
      recognition: byId(framework.recognition),
    };
    indexes.set(framework, index);
  }
  return index;
}

// ---------------------------------------------------------------------------------------------
// The lattice
// ---------------------------------------------------------------------------------------------

export interface LatticeRow {
  grade: string;
  /** One cell per track, in track order: the levels of that track on this grade. */
  cells: { track: string; levels: string[] }[];
}

/** Grades as rows (highest first) × tracks as columns. Empty top and bottom rows are kept: a grade
 * nobody is on yet is still part of the structure. */
export function lattice(framework: Framework): LatticeRow[] {
  return [...framework.grades].reverse().map((grade) => ({
    grade: grade.id,
    cells: framework.tracks.map((track) => ({
      track: track.id,
      levels: track.levels.filter((id) => indexFramework(framework).levels.get(id)?.grade === grade.id),
    })),
  }));
}

// ---------------------------------------------------------------------------------------------
// Comparing two levels
// ---------------------------------------------------------------------------------------------

/** How one competency's expectation changes from one level to another. */
export type ExpectationChange = 'new' | 'raised' | 'same' | 'lower' | 'not-expected';

export interface CompetencyComparison {
  competency: string;
  /** Step expected at the `from` level; null when not expected there. */
  from: number | null;
  to: number | null;
  change: ExpectationChange;
}

/** How the handbook says someone gets from one level to another. */
export type RouteKind = 'promotion' | 'lateral' | 'same-level' | 'other';

/** The one place that decides how `from` leads to `to`: its next level, a lateral move, or neither. */
export function routeKind(from: Level | undefined, to: Level | undefined): RouteKind {
  if (from === undefined || to === undefined) return 'other';
  if (from.id === to.id) return 'same-level';
  if (from.next === to.id) return 'promotion';
  if (from.lateralMoves.some((m) => m.to === to.id)) return 'lateral';
  return 'other';
}

/** The free-text conditions of that route: the promotion's or the lateral move's; none otherwise. */
export function routeConditions(from: Level | undefined, to: Level | undefined): string[] {
  const kind = routeKind(from, to);
  if (kind === 'promotion') return from?.promotion?.conditions ?? [];
  if (kind === 'lateral') return from?.lateralMoves.find((m) => m.to === to?.id)?.conditions ?? [];
  return [];
}

/** How someone gets from one level to the other, when the handbook describes a way. */
export type Route =
  { kind: 'promotion'; criteria: PromotionCriteria | null } | { kind: 'lateral'; move: LateralMove } | { kind: 'none' };

export interface LevelComparison {
  from: string;
  to: string;
  /** Every competency expected by either level, in competency order. */
  competencies: CompetencyComparison[];
  /** Grade difference, e.g. +1 when `to` is one grade higher. */
  gradeChange: number;
  route: Route;
}

/** Compares two levels of the framework (any two, on any tracks); null when either id is unknown. */
export function compareLevels(framework: Framework, fromId: string, toId: string): LevelComparison | null {
  const { levels } = indexFramework(framework);
  const from = levels.get(fromId);
  const to = levels.get(toId);
  if (from === undefined || to === undefined) return null;
  const fromSteps = new Map(from.expectations.map((e) => [e.competency, e.step]));
  const toSteps = new Map(to.expectations.map((e) => [e.competency, e.step]));
  const competencies = framework.competencies
    .filter((c) => fromSteps.has(c.id) || toSteps.has(c.id))
    .map((c): CompetencyComparison => {
      const a = fromSteps.get(c.id) ?? null;
      const b = toSteps.get(c.id) ?? null;
      return { competency: c.id, from: a, to: b, change: changeOf(a, b) };
    });
  const gradeIndex = (id: string) => framework.grades.find((g) => g.id === id)?.index ?? 0;
  const kind = routeKind(from, to);
  const move = from.lateralMoves.find((m) => m.to === to.id);
  const route: Route =
    kind === 'promotion'
      ? { kind: 'promotion', criteria: from.promotion }
      : kind === 'lateral' && move !== undefined
        ? { kind: 'lateral', move }
        : { kind: 'none' };
  return { from: from.id, to: to.id, competencies, gradeChange: gradeIndex(to.grade) - gradeIndex(from.grade), route };
}

function changeOf(from: number | null, to: number | null): ExpectationChange {
  if (to === null) return 'not-expected';
  if (from === null) return 'new';
  if (to > from) return 'raised';
  if (to < from) return 'lower';
  return 'same';
}

/** The pairs the site pre-renders as static compare pages: every level with its next level and
 * with each lateral move. Linear in the number of levels, however large the framework. */
export function staticComparisons(framework: Framework): { from: string; to: string }[] {
  return framework.levels.flatMap((level) => [
    ...(level.next === null ? [] : [{ from: level.id, to: level.next }]),
    ...level.lateralMoves.map((m) => ({ from: level.id, to: m.to })),
  ]);
}

// ---------------------------------------------------------------------------------------------
// What closes the gaps to the next level
// ---------------------------------------------------------------------------------------------

export interface GapTrainings {
  competency: string;
  /** Step at this level (0 when not expected) and step at the next level. */
  from: number;
  to: number;
  /** Training ids that raise the competency to at least `to`, meant for this level or the next,
   * shortest first. */
  trainings: string[];
}

/** Competencies the next level (or `targetId`) raises, each with the trainings that close the gap. */
export function trainingsForGaps(framework: Framework, levelId: string, targetId?: string): GapTrainings[] {
  const { levels } = indexFramework(framework);
  const level = levels.get(levelId);
  const target = levels.get(targetId ?? level?.next ?? '');
  if (level === undefined || target === undefined) return [];
  const comparison = compareLevels(framework, level.id, target.id);
  if (comparison === null) return [];
  return comparison.competencies
    .filter((c) => c.change === 'new' || c.change === 'raised')
    .map((c) => {
      const to = c.to ?? 0;
      const trainings = framework.trainings
        .filter((t) => (t.develops[c.competency] ?? -1) >= to && isMeantFor(t, [level, target]))
        .sort((a, b) => a.hours - b.hours || a.id.localeCompare(b.id))
        .map((t) => t.id);
      return { competency: c.competency, from: c.from ?? 0, to, trainings };
    });
}

/** Whether a training's audience includes any of the levels. */
export function isMeantFor(training: Training, levels: Level[]): boolean {
  return levels.some(
    (level) =>
      (training.tracks.length === 0 || training.tracks.includes(level.track)) &&
      (training.levels.length === 0 || training.levels.includes(level.id)),
  );
}

// ---------------------------------------------------------------------------------------------
// One competency across the framework
// ---------------------------------------------------------------------------------------------

export interface CompetencyLadder {
  track: string;
  /** Every level of the track, lowest first, with the step it expects (null: not expected). */
  levels: { level: string; step: number | null }[];
}

/** The competency's expected step on every level of every track that expects it somewhere. */
export function competencyAcrossLevels(framework: Framework, competencyId: string): CompetencyLadder[] {
  const { levels } = indexFramework(framework);
  return framework.tracks
    .map((track) => ({
      track: track.id,
      levels: track.levels.map((id) => ({
        level: id,
        step: levels.get(id)?.expectations.find((e) => e.competency === competencyId)?.step ?? null,
      })),
    }))
    .filter((ladder) => ladder.levels.some((l) => l.step !== null));
}

/** Trainings that develop a competency, highest step first, then shortest. */
export function trainingsDeveloping(framework: Framework, competencyId: string): Training[] {
  return framework.trainings
    .filter((t) => t.develops[competencyId] !== undefined)
    .sort(
      (a, b) =>
        (b.develops[competencyId] ?? 0) - (a.develops[competencyId] ?? 0) ||
        a.hours - b.hours ||
        a.id.localeCompare(b.id),
    );
}

// ---------------------------------------------------------------------------------------------
// Trainings and recognition
// ---------------------------------------------------------------------------------------------

export interface TrainingUsage {
  /** Levels whose promotion criteria require it. */
  requiredToLeave: string[];
  /** Levels for which it is mandatory. */
  mandatoryFor: string[];
  /** Trainings that list it as a prerequisite. */
  unlocks: string[];
}

export function trainingUsage(framework: Framework, trainingId: string): TrainingUsage {
  const training = indexFramework(framework).trainings.get(trainingId);
  return {
    requiredToLeave: framework.levels.filter((l) => l.promotion?.trainings.includes(trainingId)).map((l) => l.id),
    mandatoryFor: training?.mandatoryFor ?? [],
    unlocks: framework.trainings.filter((t) => t.prerequisites.includes(trainingId)).map((t) => t.id),
  };
}

/** Recognition programmes open to a level: those linked to it, and those linked to no level. */
export function recognitionForLevel(framework: Framework, levelId: string): Recognition[] {
  return framework.recognition.filter((r) => r.levels.length === 0 || r.levels.includes(levelId));
}

/** Recognition programmes that reward a competency. */
export function recognitionForCompetency(framework: Framework, competencyId: string): Recognition[] {
  return framework.recognition.filter((r) => r.competencies.includes(competencyId));
}

export interface CatalogFacets {
  formats: { id: TrainingFormat; count: number }[];
  phases: { id: TrainingPhase; count: number }[];
  competencies: { id: string; count: number }[];
  tracks: { id: string; count: number }[];
}

/** The values the training catalog can be filtered by, each with how many trainings have it; values
 * no training has are left out, so no filter ever leads to an empty list. A training for everyone
 * (no tracks given) counts for every track. */
export function catalogFacets(framework: Framework): CatalogFacets {
  const count = <K extends string>(ids: readonly K[], has: (t: Training, id: K) => boolean) =>
    ids.map((id) => ({ id, count: framework.trainings.filter((t) => has(t, id)).length })).filter((f) => f.count > 0);
  return {
    formats: count(TRAINING_FORMATS, (t, id) => t.format === id),
    phases: count(TRAINING_PHASES, (t, id) => t.phase === id),
    competencies: count(
      framework.competencies.map((c) => c.id),
      (t, id) => t.develops[id] !== undefined,
    ),
    tracks: count(
      framework.tracks.map((t) => t.id),
      (t, id) => trainingTracks(framework, t).includes(id),
    ),
  };
}

/** The tracks a training is meant for; all of them when it names none. */
export function trainingTracks(framework: Framework, training: Training): string[] {
  return training.tracks.length === 0 ? framework.tracks.map((t) => t.id) : training.tracks;
}
