/**
 * What changed for a level between two versions of the framework: expectations raised or lowered,
 * trainings made mandatory, promotion criteria added or removed. Pure and zod-free: the changes page
 * renders it at build time, and the self-assessment in the browser explains an older assessment with it.
 *
 * A level's structure is what its version hash covers (see version.ts), so two assessments made against
 * the same version always see the same structure; promotion conditions are text, compared only on the
 * changes page.
 */
import type { Framework, Level } from './model.ts';

/** The parts of a level that decide a person's gaps and readiness. */
export interface LevelStructure {
  grade: string;
  /** The level a promotion leads to. */
  next: string | null;
  /** competency id → expected step */
  expectations: Record<string, number>;
  /** Trainings mandatory for this level (`mandatoryFor`). */
  mandatory: string[];
  /** Criteria to be promoted from this level to the next; null when there is no promotion. */
  promotion: {
    minMonths: number;
    metrics: Record<string, number>;
    trainings: string[];
    assessments: string[];
  } | null;
}

/** The structure of every level, as kept in the version manifest. */
export interface FrameworkStructure {
  levels: Record<string, LevelStructure>;
}

/** The framework versions a build knows, served to the self-assessment (`/{locale}/versions.json`). */
export interface VersionManifest {
  /** The version this build serves. */
  current: string;
  /** Newest first; `date` is when the version was first published (ISO 8601). */
  versions: { version: string; date: string; structure: FrameworkStructure }[];
  /** Titles (in the manifest's locale) of things the current handbook no longer has. */
  names: Record<string, string>;
}

export type LevelChange =
  | { kind: 'expectation'; competency: string; from: number | null; to: number | null }
  | { kind: 'grade'; from: string; to: string }
  | { kind: 'mandatory'; training: string; added: boolean }
  | { kind: 'promotion-training'; training: string; added: boolean }
  | { kind: 'promotion-assessment'; assessment: string; added: boolean }
  | { kind: 'promotion-metric'; metric: string; from: number | null; to: number | null }
  | { kind: 'promotion-months'; from: number | null; to: number | null }
  | { kind: 'promotion-condition'; text: string; added: boolean };

/**
 * Every title a change can name, by id: entries' titles, and the labels of metrics, assessments and
 * grades, in the framework's locale.
 */
export function titlesOf(framework: Framework): Map<string, string> {
  const f = framework;
  const titles = new Map<string, string>();
  for (const e of [...f.tracks, ...f.levels, ...f.competencies, ...f.trainings, ...f.recognition, ...f.pages])
    titles.set(e.id, e.title);
  for (const x of [...f.metrics, ...f.assessments, ...f.grades]) titles.set(x.id, x.label);
  return titles;
}

/** Names ids in change sentences: the current handbook's titles, then those of removed things. */
export function namer(framework: Framework, past: Record<string, string>): (id: string) => string {
  const titles = titlesOf(framework);
  return (id) => titles.get(id) ?? past[id] ?? id;
}

export function levelStructure(framework: Framework, level: Level): LevelStructure {
  const p = level.promotion;
  return {
    grade: level.grade,
    next: level.next,
    expectations: Object.fromEntries(level.expectations.map((e) => [e.competency, e.step])),
    mandatory: framework.trainings.filter((t) => t.mandatoryFor.includes(level.id)).map((t) => t.id),
    promotion:
      p === null
        ? null
        : {
            minMonths: p.minMonths,
            metrics: Object.fromEntries(p.metrics.map((m) => [m.metric, m.target])),
            trainings: [...p.trainings],
            assessments: [...p.assessments],
          },
  };
}

export function frameworkStructure(framework: Framework): FrameworkStructure {
  return { levels: Object.fromEntries(framework.levels.map((l) => [l.id, levelStructure(framework, l)])) };
}

function diffSets<T>(before: string[], after: string[], make: (id: string, added: boolean) => T): T[] {
  const was = new Set(before);
  const is = new Set(after);
  return [
    ...after.filter((id) => !was.has(id)).map((id) => make(id, true)),
    ...before.filter((id) => !is.has(id)).map((id) => make(id, false)),
  ];
}

function diffNumbers<T>(
  before: Record<string, number>,
  after: Record<string, number>,
  make: (id: string, from: number | null, to: number | null) => T,
): T[] {
  const ids = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return ids.filter((id) => before[id] !== after[id]).map((id) => make(id, before[id] ?? null, after[id] ?? null));
}

/**
 * Every structural change from `before` to `after`, in a stable order: grade, expectations (in the
 * order the newer version lists them), mandatory trainings, then promotion criteria.
 */
export function diffLevel(before: LevelStructure, after: LevelStructure): LevelChange[] {
  const changes: LevelChange[] = [];
  if (before.grade !== after.grade) changes.push({ kind: 'grade', from: before.grade, to: after.grade });
  changes.push(
    ...diffNumbers(before.expectations, after.expectations, (competency, from, to) => ({
      kind: 'expectation' as const,
      competency,
      from,
      to,
    })),
  );
  changes.push(
    ...diffSets(before.mandatory, after.mandatory, (training, added) => ({
      kind: 'mandatory' as const,
      training,
      added,
    })),
  );
  return [...changes, ...diffPromotion(before.promotion, after.promotion)];
}

/** Changes to the criteria for being promoted from a level. */
export function diffPromotion(a: LevelStructure['promotion'], b: LevelStructure['promotion']): LevelChange[] {
  const changes: LevelChange[] = [];
  const months = (p: LevelStructure['promotion']) => p?.minMonths ?? null;
  if (months(a) !== months(b)) changes.push({ kind: 'promotion-months', from: months(a), to: months(b) });
  changes.push(
    ...diffNumbers(a?.metrics ?? {}, b?.metrics ?? {}, (metric, from, to) => ({
      kind: 'promotion-metric' as const,
      metric,
      from,
      to,
    })),
    ...diffSets(a?.trainings ?? [], b?.trainings ?? [], (training, added) => ({
      kind: 'promotion-training' as const,
      training,
      added,
    })),
    ...diffSets(a?.assessments ?? [], b?.assessments ?? [], (assessment, added) => ({
      kind: 'promotion-assessment' as const,
      assessment,
      added,
    })),
  );
  return changes;
}

/** Promotion conditions added and removed (text, in one language). */
export function diffConditions(before: string[], after: string[]): LevelChange[] {
  return diffSets(before, after, (text, added) => ({ kind: 'promotion-condition' as const, text, added }));
}

/**
 * What changed for a person aiming at `target` (and, when known, promoted from `current`): the target's
 * expectations, grade and mandatory trainings, and, when the move is a promotion, the criteria of the
 * level they leave.
 * Null when the older version did not have the target level.
 */
export function changesForTarget(
  before: FrameworkStructure,
  after: FrameworkStructure,
  target: string,
  current: string | null,
): LevelChange[] | null {
  const was = before.levels[target];
  const is = after.levels[target];
  if (was === undefined || is === undefined) return null;
  const own = diffLevel({ ...was, promotion: null }, { ...is, promotion: null });
  const from = current === null ? undefined : after.levels[current];
  const promoted = from !== undefined && from.next === target;
  return promoted ? [...own, ...diffPromotion(before.levels[current ?? '']?.promotion ?? null, from.promotion)] : own;
}
