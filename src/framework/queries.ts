/**
 * Read-only views over one normalised framework: what the reading site shows beyond the entries
 * themselves (a comparison of two levels, the trainings that close the next level's gaps, one
 * competency across every track, …). Pure functions of a `Framework`, shared by the pages, the compare
 * island and the tests. Pages render these results; they do not compute.
 */
import type {
  Area,
  Competency,
  Expectation,
  Framework,
  Group,
  LateralMove,
  Level,
  LevelCriterion,
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

/**
 * Reverse links of a framework, built once per framework object, so that a page asks for what links
 * to one entry without scanning every level or training (a scan per page is quadratic over a build).
 */
interface FrameworkLinks {
  /** Competency id → trainings that develop it, in framework order. */
  developing: Map<string, Training[]>;
  /** Competency id → track id → trainings that develop it meant for that track (`''`: for every track). */
  developingFor: Map<string, Map<string, Training[]>>;
  /** Training id → ids of the levels whose promotion criteria require it, in framework order. */
  requiredToLeave: Map<string, string[]>;
  /** Training id → ids of the trainings that list it as a prerequisite, in framework order. */
  unlocks: Map<string, string[]>;
  /** Competency id → its position in `framework.competencies`. */
  competencyOrder: Map<string, number>;
  /** Competency id → ids of the tracks with a level that expects it (a step or a criterion). */
  expectingTracks: Map<string, Set<string>>;
  /** Level id → competency id → the criterion in force there. */
  criteria: Map<string, Map<string, LevelCriterion>>;
  /** Level id → competency id → expected step. */
  steps: Map<string, Map<string, number>>;
  /** Level id → the lateral moves that lead to it, with the level each starts from, in framework order. */
  movesInto: Map<string, { from: string; move: LateralMove }[]>;
}

const reverseLinks = new WeakMap<Framework, FrameworkLinks>();

function linksOf(framework: Framework): FrameworkLinks {
  let links = reverseLinks.get(framework);
  if (links === undefined) {
    const add = <T>(map: Map<string, T[]>, key: string, value: T) => {
      const list = map.get(key);
      if (list === undefined) map.set(key, [value]);
      else list.push(value);
    };
    links = {
      developing: new Map(),
      developingFor: new Map(),
      requiredToLeave: new Map(),
      unlocks: new Map(),
      competencyOrder: new Map(framework.competencies.map((c, i) => [c.id, i])),
      expectingTracks: new Map(),
      criteria: new Map(),
      steps: new Map(),
      movesInto: new Map(),
    };
    for (const t of framework.trainings) {
      for (const competency of Object.keys(t.develops)) {
        add(links.developing, competency, t);
        const byTrack = links.developingFor.get(competency) ?? new Map<string, Training[]>();
        for (const track of t.tracks.length === 0 ? [''] : new Set(t.tracks)) add(byTrack, track, t);
        links.developingFor.set(competency, byTrack);
      }
      for (const id of new Set(t.prerequisites)) add(links.unlocks, id, t.id);
    }
    for (const level of framework.levels) {
      for (const id of new Set(level.promotion?.trainings ?? [])) add(links.requiredToLeave, id, level.id);
      links.steps.set(level.id, new Map(level.expectations.map((e) => [e.competency, e.step])));
      for (const move of level.lateralMoves) add(links.movesInto, move.to, { from: level.id, move });
      links.criteria.set(level.id, new Map(level.criteria.map((c) => [c.competency, c])));
      for (const e of [...level.expectations, ...level.criteria]) {
        const tracks = links.expectingTracks.get(e.competency) ?? new Set<string>();
        tracks.add(level.track);
        links.expectingTracks.set(e.competency, tracks);
      }
    }
    reverseLinks.set(framework, links);
  }
  return links;
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

/**
 * A level as it is named where it stands alone: `template` ("{band} · {title}", the UI string
 * `level.bandTitle`) for a sub-level, so "Level 1 · 1B"; its title for a level of its own.
 */
export function bandedTitle(level: Pick<Level, 'band' | 'title'>, template: string): string {
  return level.band === '' ? level.title : template.replace('{band}', level.band).replace('{title}', level.title);
}

/** Levels in a row that share a band, in the order given; a level without a band is a group of its own. */
export interface BandGroup {
  /** The band's name; '' for a level of its own. */
  band: string;
  levels: Level[];
}

/** The ladder (or a lattice cell) as the reader sees it: sub-levels of one band together under it. */
export function bandGroups(levels: readonly Level[]): BandGroup[] {
  const groups: BandGroup[] = [];
  for (const level of levels) {
    const last = groups.at(-1);
    if (last !== undefined && level.band !== '' && last.band === level.band) last.levels.push(level);
    else groups.push({ band: level.band, levels: [level] });
  }
  return groups;
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
  const { competencyOrder, steps } = linksOf(framework);
  const fromSteps = steps.get(from.id) ?? new Map<string, number>();
  const toSteps = steps.get(to.id) ?? new Map<string, number>();
  // The competencies either level expects, in framework order (not a scan of every competency).
  const ids = [...new Set([...fromSteps.keys(), ...toSteps.keys()])]
    .filter((id) => competencyOrder.has(id))
    .sort((a, b) => (competencyOrder.get(a) ?? 0) - (competencyOrder.get(b) ?? 0));
  const competencies = ids.map((id): CompetencyComparison => {
    const a = fromSteps.get(id) ?? null;
    const b = toSteps.get(id) ?? null;
    return { competency: id, from: a, to: b, change: changeOf(a, b) };
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

/**
 * The criteria `to` states in other words than `from` ("what is new at this level"): those written
 * by another level than the one `from` follows, in competency order.
 */
export function newCriteria(framework: Framework, fromId: string, toId: string): LevelCriterion[] {
  const { criteria } = linksOf(framework);
  const before = criteria.get(fromId) ?? new Map<string, LevelCriterion>();
  return [...(criteria.get(toId)?.values() ?? [])].filter((c) => before.get(c.competency)?.setBy !== c.setBy);
}

/** One competency a level expects: a step, a criterion in the level's words, or both. */
export interface LevelRow {
  competency: string;
  expectation: Expectation | null;
  criterion: LevelCriterion | null;
}

/**
 * What a level expects, competency by competency in framework order: a step is rated on the scale;
 * a criterion alone ("instead") is rated against its words; with both, the criterion is shown beside
 * the step.
 */
export function levelRows(framework: Framework, levelId: string): LevelRow[] {
  const level = indexFramework(framework).levels.get(levelId);
  if (level === undefined) return [];
  const { competencyOrder, criteria } = linksOf(framework);
  const own = criteria.get(level.id) ?? new Map<string, LevelCriterion>();
  const steps = new Map(level.expectations.map((e) => [e.competency, e]));
  return [...new Set([...steps.keys(), ...own.keys()])]
    .sort((a, b) => (competencyOrder.get(a) ?? 0) - (competencyOrder.get(b) ?? 0))
    .map((competency) => ({
      competency,
      expectation: steps.get(competency) ?? null,
      criterion: own.get(competency) ?? null,
    }));
}

function changeOf(from: number | null, to: number | null): ExpectationChange {
  if (to === null) return 'not-expected';
  if (from === null) return 'new';
  if (to > from) return 'raised';
  if (to < from) return 'lower';
  return 'same';
}

/**
 * The shortest way from one level to another through the moves the handbook describes (promotions
 * and lateral moves), as the levels on it from `fromId` to `toId`; null when there is none. Breadth
 * first, so each level is visited once.
 */
export function routePath(framework: Framework, fromId: string, toId: string): string[] | null {
  const { levels } = indexFramework(framework);
  if (!levels.has(fromId) || !levels.has(toId)) return null;
  const cameFrom = new Map<string, string | null>([[fromId, null]]);
  const queue = [fromId];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i] ?? '';
    if (id === toId) break;
    const level = levels.get(id);
    const onward = [
      ...(level?.next === null || level?.next === undefined ? [] : [level.next]),
      ...(level?.lateralMoves ?? []).map((m) => m.to),
    ];
    for (const next of onward) {
      if (cameFrom.has(next) || !levels.has(next)) continue;
      cameFrom.set(next, id);
      queue.push(next);
    }
  }
  if (!cameFrom.has(toId)) return null;
  const path: string[] = [];
  for (let id: string | null | undefined = toId; id !== null && id !== undefined; id = cameFrom.get(id))
    path.unshift(id);
  return path;
}

/** A way into a level: promotion from the level below on its track, or a lateral move from another. */
export type InboundRoute =
  | { kind: 'promotion'; from: string; criteria: PromotionCriteria | null }
  | { kind: 'lateral'; from: string; move: LateralMove };

/** Every way into a level the handbook describes: the promotion from the level below, then the
 * lateral moves into it, in framework order. */
export function inboundRoutes(framework: Framework, levelId: string): InboundRoute[] {
  const { levels } = indexFramework(framework);
  const below = levels.get(levels.get(levelId)?.previous ?? '');
  const promotion: InboundRoute[] =
    below === undefined ? [] : [{ kind: 'promotion', from: below.id, criteria: below.promotion }];
  const lateral = (linksOf(framework).movesInto.get(levelId) ?? []).map(({ from, move }): InboundRoute => ({
    kind: 'lateral',
    from,
    move,
  }));
  return [...promotion, ...lateral];
}

/** The lateral moves into a track's levels from levels of other tracks, in framework order. */
export function movesIntoTrack(framework: Framework, trackId: string): { from: string; move: LateralMove }[] {
  const { levels, tracks } = indexFramework(framework);
  const track = tracks.get(trackId);
  return (track?.levels ?? []).flatMap((id) =>
    (linksOf(framework).movesInto.get(id) ?? []).filter(({ from }) => levels.get(from)?.track !== trackId),
  );
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

/**
 * What a row is rated on: `steps`, the proficiency scale; `criteria`, the criteria scale against a
 * criterion a level states in its own words (a competency with a criterion and no step).
 */
export type RowScale = 'steps' | 'criteria';

export interface GapTrainings {
  competency: string;
  /**
   * `steps`: a step raised or new at the next level; `criteria`: a criterion the next level states in
   * new words and no step for, to meet on the criteria scale.
   */
  scale: RowScale;
  /**
   * Steps: the step at this level (0 when not expected) and at the next level. Criteria: 0 and the
   * index of the first rating that counts as met (`criteriaScale.meets`).
   */
  from: number;
  to: number;
  /**
   * Training ids meant for this level or the next, shortest first, that raise the competency to at
   * least `to` (criteria: that develop it at all, as the self-assessment's plan counts them).
   */
  trainings: string[];
}

/**
 * Competencies the next level (or `targetId`) raises, and those it states a new criterion for with no
 * step, in competency order, each with the trainings that close the gap.
 */
export function trainingsForGaps(framework: Framework, levelId: string, targetId?: string): GapTrainings[] {
  const { levels } = indexFramework(framework);
  const level = levels.get(levelId);
  const target = levels.get(targetId ?? level?.next ?? '');
  if (level === undefined || target === undefined) return [];
  const comparison = compareLevels(framework, level.id, target.id);
  if (comparison === null) return [];
  const { developingFor, competencyOrder } = linksOf(framework);
  /** Trainings for everyone or for either level's track, meant for them, that take the competency to `step`. */
  const closing = (competency: string, step: number) => {
    const byTrack = developingFor.get(competency);
    const candidates = new Set(['', level.track, target.track].flatMap((track) => byTrack?.get(track) ?? []));
    return [...candidates]
      .filter((t) => (t.develops[competency] ?? -1) >= step && isMeantFor(t, [level, target]))
      .sort(byEffort)
      .map((t) => t.id);
  };
  const steps = comparison.competencies
    .filter((c) => c.change === 'new' || c.change === 'raised')
    .map((c): GapTrainings => {
      const to = c.to ?? 0;
      return { competency: c.competency, scale: 'steps', from: c.from ?? 0, to, trainings: closing(c.competency, to) };
    });
  const stepless = new Set(
    levelRows(framework, target.id).flatMap((r) => (r.expectation === null ? [r.competency] : [])),
  );
  const criteria = newCriteria(framework, level.id, target.id)
    .filter((c) => stepless.has(c.competency))
    .map((c): GapTrainings => ({
      competency: c.competency,
      scale: 'criteria',
      from: 0,
      to: framework.criteriaScale.meets,
      trainings: closing(c.competency, 1),
    }));
  return [...steps, ...criteria].sort(
    (a, b) => (competencyOrder.get(a.competency) ?? 0) - (competencyOrder.get(b.competency) ?? 0),
  );
}

/** Shortest first; trainings of unknown effort after every known one; then by id. */
export function byEffort(a: Training, b: Training): number {
  if (a.hours !== b.hours) {
    if (a.hours === null) return 1;
    if (b.hours === null) return -1;
    return a.hours - b.hours;
  }
  return a.id.localeCompare(b.id);
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
  /**
   * Every level of the track, lowest first, with the step it expects (null: not expected) and its
   * criterion in its own words (null: none).
   */
  levels: { level: string; step: number | null; criterion: LevelCriterion | null }[];
}

/** The competency's expected step on every level of every track that expects it somewhere. */
export function competencyAcrossLevels(framework: Framework, competencyId: string): CompetencyLadder[] {
  const { expectingTracks, steps, criteria } = linksOf(framework);
  const tracks = expectingTracks.get(competencyId);
  return framework.tracks
    .filter((track) => tracks?.has(track.id) === true)
    .map((track) => ({
      track: track.id,
      levels: track.levels.map((id) => ({
        level: id,
        step: steps.get(id)?.get(competencyId) ?? null,
        criterion: criteria.get(id)?.get(competencyId) ?? null,
      })),
    }))
    .filter((ladder) => ladder.levels.some((l) => l.step !== null || l.criterion !== null));
}

/** Trainings that develop a competency, highest step first, then shortest. */
export function trainingsDeveloping(framework: Framework, competencyId: string): Training[] {
  return [...(linksOf(framework).developing.get(competencyId) ?? [])].sort(
    (a, b) => (b.develops[competencyId] ?? 0) - (a.develops[competencyId] ?? 0) || byEffort(a, b),
  );
}

export interface OutlineGroup {
  /** Null when the framework has no groups: one unnamed group holds every area. */
  group: Group | null;
  areas: { area: Area; competencies: Competency[] }[];
}

/**
 * Competencies under their areas under their groups, in the framework's order, as the catalogue and
 * the expectations table head them; only the given ids (all when left out), and no empty heading.
 */
export function competencyOutline(framework: Framework, ids?: readonly string[]): OutlineGroup[] {
  const wanted = ids === undefined ? null : new Set(ids);
  const areas = framework.areas
    .map((area) => ({
      area,
      competencies: framework.competencies.filter((c) => c.area === area.id && (wanted?.has(c.id) ?? true)),
    }))
    .filter((a) => a.competencies.length > 0);
  if (framework.groups.length === 0) return areas.length === 0 ? [] : [{ group: null, areas }];
  return framework.groups
    .map((group) => ({ group, areas: areas.filter((a) => a.area.group === group.id) }))
    .filter((g) => g.areas.length > 0);
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
  const { requiredToLeave, unlocks } = linksOf(framework);
  return {
    requiredToLeave: [...(requiredToLeave.get(trainingId) ?? [])],
    mandatoryFor: training?.mandatoryFor ?? [],
    unlocks: [...(unlocks.get(trainingId) ?? [])],
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

// ---------------------------------------------------------------------------------------------
// Career fit: where a track starts and what the first year there holds
// ---------------------------------------------------------------------------------------------

/** How many responsibilities and trainings a first-year summary shows. */
const FIRST_YEAR_ITEMS = 3;

export interface FirstYear {
  /** The track's lowest published level, where someone new to the track starts. */
  level: string;
  /** The first of the level's responsibilities. */
  responsibilities: string[];
  /** Probation months on entering the level; 0 when none (or when it is given in weeks). */
  probationMonths: number;
  /** Probation weeks on entering the level; 0 when none (or when it is given in months). */
  probationWeeks: number;
  /** Trainings of the first year there: mandatory ones first, then others meant for this level. */
  trainings: string[];
  /** Months in the level before the next one, and that level; null on a one-level track. */
  next: { level: string; minMonths: number } | null;
  /** Levels of other tracks with a lateral move into this one. */
  reachedFrom: string[];
}

/** The entry level of a track and a typical first year on it, from the track's and level's content; null for an empty track. */
export function firstYear(framework: Framework, trackId: string): FirstYear | null {
  const { tracks, levels } = indexFramework(framework);
  const level = levels.get(tracks.get(trackId)?.levels[0] ?? '');
  if (level === undefined) return null;
  const mandatory = framework.trainings.filter((t) => t.mandatoryFor.includes(level.id));
  const meant = framework.trainings.filter(
    (t) => !mandatory.includes(t) && t.levels.includes(level.id) && t.phase !== 'differentiated',
  );
  return {
    level: level.id,
    responsibilities: level.responsibilities.slice(0, FIRST_YEAR_ITEMS),
    probationMonths: level.probation?.months ?? 0,
    probationWeeks: level.probation?.weeks ?? 0,
    trainings: [...mandatory, ...meant].slice(0, FIRST_YEAR_ITEMS).map((t) => t.id),
    next: level.next === null ? null : { level: level.next, minMonths: level.promotion?.minMonths ?? 0 },
    reachedFrom: (linksOf(framework).movesInto.get(level.id) ?? []).map(({ from }) => from),
  };
}

/** The optional parts of the site a framework fills: one with nothing in it gets no page, link or box. */
export interface Sections {
  trainings: boolean;
  recognition: boolean;
  /** Career-fit questions: the fit page and the links to it. */
  fit: boolean;
  /** More than one locale: a language switch. */
  languages: boolean;
}

export function sections(framework: Framework): Sections {
  return {
    trainings: framework.trainings.length > 0,
    recognition: framework.recognition.length > 0,
    fit: framework.fit.questions.length > 0,
    languages: framework.locales.length > 1,
  };
}

/** A word worth searching for in this handbook, for the search box's hint: its first competency. */
export function searchExample(framework: Framework): string {
  return framework.competencies[0]?.title ?? framework.levels[0]?.title ?? framework.name;
}
