/**
 * The normalised framework: one per locale, everything resolved, ready for pages and the
 * self-assessment. Plain data (serialisable to JSON), no methods.
 */
import type {
  Locale,
  MetricDirection,
  MetricUnit,
  PageKind,
  RecognitionKind,
  TrackKind,
  TrainingFormat,
  TrainingPhase,
  VerdictPolicy,
} from './schema.ts';

/** Where an entry's text comes from in this locale. */
export interface Localised {
  /** True when some of the text is shown in the default locale because the translation lacks it. */
  fallback: boolean;
  /** The locale the text (and body) is actually in. */
  textLocale: Locale;
  /** Dotted paths of text fields that fell back, for the coverage report. */
  missing: string[];
}

export interface EntryMeta extends Localised {
  id: string;
  /** Source file relative to the content folder. */
  file: string;
  /** Translation file the text comes from, when there is one. */
  translationFile: string | null;
  title: string;
  summary: string;
}

export interface ScaleStep {
  step: number;
  label: string;
  description: string;
}

export interface Grade {
  id: string;
  /** 0-based position, lowest grade first. */
  index: number;
  label: string;
  description: string;
}

export interface Area {
  id: string;
  label: string;
  /** The group it is listed under; null when the framework has no groups. */
  group: string | null;
}

/** A heading above areas (e.g. one occupational standard), in display order. */
export interface Group {
  id: string;
  label: string;
}

export interface Metric {
  id: string;
  label: string;
  unit: MetricUnit;
  /** ISO 4217 code when `unit` is `currency`, e.g. `EUR`; null otherwise. */
  currency: string | null;
  direction: MetricDirection;
  description: string;
}

export interface Assessment {
  id: string;
  label: string;
  description: string;
}

export interface VerdictRules {
  nearlyReadyMaxGaps: number;
  nearlyReadyMaxGapSteps: number;
  readyRequiresCriteria: boolean;
  /** `rules`: the verdict is shown; `indicative`: shown as indicative; `off`: no verdict label anywhere. */
  policy: VerdictPolicy;
}

/** The ratings people rate themselves with against a level's criteria, lowest first. */
export interface CriteriaScale {
  /** One per rating, in this locale (the index is what a state stores). */
  ratings: { label: string }[];
  /** Index of the first rating that counts as met. */
  meets: number;
}

export interface Track extends EntryMeta {
  kind: TrackKind;
  order: number;
  /** Published level ids, lowest rank first. */
  levels: string[];
}

export interface Expectation {
  competency: string;
  step: number;
  /** Id of the level that set this step: this level, or one below it on the track. */
  setBy: string;
}

/** What a level expects of a competency in its own words. */
export interface LevelCriterion {
  competency: string;
  text: string;
  examples: string[];
  /** Id of the level that wrote it: this level, or one below it on the track. */
  setBy: string;
}

export interface MetricTarget {
  metric: string;
  target: number;
}

/** A metric value expected while in a level: at least `min`, at most `max` (null: no bound). */
export interface Kpi {
  metric: string;
  min: number | null;
  max: number | null;
}

export interface PromotionCriteria {
  minMonths: number;
  /** Months already performing at the next level (0: not asked). */
  monthsPerformingAtNext: number;
  metrics: MetricTarget[];
  trainings: string[];
  assessments: string[];
  conditions: string[];
}

export interface LateralMove {
  to: string;
  minMonths: number;
  conditions: string[];
}

export interface SubStep {
  title: string;
  summary: string;
}

/** Probation on entering a level: its length in weeks or in months (the other is 0), targets, conditions. */
export interface Probation {
  weeks: number;
  months: number;
  metrics: MetricTarget[];
  conditions: string[];
}

export interface Level extends EntryMeta {
  track: string;
  rank: number;
  /** The band this level is a sub-level of ("Level 1"), or '' when it is a level of its own. */
  band: string;
  /** Typical months in this level; 0 when not said. */
  typicalMonths: number;
  grade: string;
  responsibilities: string[];
  /** Metric values expected while in this level. */
  kpis: Kpi[];
  /** Effective expectations (own and inherited), in competency order. */
  expectations: Expectation[];
  /** Effective criteria in the level's words (own and inherited), in competency order. */
  criteria: LevelCriterion[];
  promotion: PromotionCriteria | null;
  lateralMoves: LateralMove[];
  subSteps: SubStep[];
  probation: Probation | null;
  demotion: string[];
  /** The next published level up the same track, if any. */
  next: string | null;
  /** The published level below on the same track, if any. */
  previous: string | null;
  /** The level this role is held on top of (its grade and expectations are kept), if it is one. */
  overlayOf: string | null;
  /** Published roles held on top of this level. */
  overlays: string[];
}

export interface Competency extends EntryMeta {
  area: string;
  /** Short code shown before the title, e.g. `K1`; '' when none. */
  code: string;
  /** Position within its area as written (`order`); the list is already sorted by it. */
  order: number;
  /** How the competency is named wherever it is listed: "K1 · Customer data protection", or the title. */
  label: string;
  weight: number;
  /** Indicators per step, as `{ "3": [...] }`. */
  indicators: Record<string, string[]>;
  knowledge: string[];
}

export interface Training extends EntryMeta {
  format: TrainingFormat;
  phase: TrainingPhase;
  /** Total effort in hours; null when the handbook does not say (effort unknown). */
  hours: number | null;
  tracks: string[];
  levels: string[];
  prerequisites: string[];
  /** Competency → step it raises a person to. */
  develops: Record<string, number>;
  mandatoryFor: string[];
}

export interface Recognition extends EntryMeta {
  kind: RecognitionKind;
  frequency: string;
  eligibility: string[];
  levels: string[];
  competencies: string[];
}

export interface Page extends EntryMeta {
  kind: PageKind;
  order: number;
}

export interface FitOption {
  statement: string;
  /** Track id → weight this answer gives it. */
  tracks: Record<string, number>;
  /** Competency id → weight (the strengths this answer suggests). */
  competencies: Record<string, number>;
}

/** A career-fit question: `title` is the question, `summary` an optional hint. */
export interface FitQuestion extends EntryMeta {
  order: number;
  options: FitOption[];
}

export interface Fit {
  /**
   * Content hash of the questions' structure (ids, answers, weights), apart from the framework's own
   * version: a reworded or re-weighted question must not make saved self-assessments look outdated.
   */
  version: string;
  /** Published questions in order; empty when the handbook has none (then there is no fit page). */
  questions: FitQuestion[];
}

export interface Framework {
  /** Content hash of the structure (not the text), the same in every locale. */
  version: string;
  locale: Locale;
  defaultLocale: Locale;
  locales: Locale[];
  name: string;
  /** The handbook's own wording of UI strings (`ui:` in the settings), by locale and key. */
  ui: Record<Locale, Record<string, string>>;
  scale: ScaleStep[];
  grades: Grade[];
  /** Headings above the areas; empty when the framework has none. */
  groups: Group[];
  areas: Area[];
  metrics: Metric[];
  assessments: Assessment[];
  verdict: VerdictRules;
  criteriaScale: CriteriaScale;
  tracks: Track[];
  levels: Level[];
  /** In area order, then `order`, then title: the order of every list of competencies. */
  competencies: Competency[];
  trainings: Training[];
  recognition: Recognition[];
  pages: Page[];
  /** The career-fit questionnaire. */
  fit: Fit;
}
