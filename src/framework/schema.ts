/**
 * The authoring API: the zod schemas HR's content files must satisfy.
 *
 * Shared by `src/content.config.ts` (Astro collections) and by the framework model, which re-parses
 * every entry itself so that *all* schema problems are reported in one run (Astro stops at the first).
 * References between entries are plain kebab-case ids here, not `reference()`: resolving them, with
 * "did you mean …?" suggestions, is the framework model's integrity check.
 */
import { z } from 'astro/zod';
import { CHECK_LEVELS, CHECK_RULES, type CheckLevel, type CheckRule } from './diagnostics.ts';

export * from './vocabulary.ts';
import {
  FAVICON_EXTENSIONS,
  LOGO_EXTENSIONS,
  METRIC_DIRECTIONS,
  METRIC_UNITS,
  PAGE_KINDS,
  RECOGNITION_KINDS,
  isLocaleId,
  TRACK_KINDS,
  TRAINING_FORMATS,
  TRAINING_PHASES,
  VERDICT_POLICIES,
} from './vocabulary.ts';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A stable, lowercase, kebab-case id of another entry, e.g. `problem-solving`. */
export const idSchema = z.string().regex(ID_PATTERN, {
  error: ({ input }) => {
    const text = String(input);
    // `[basics，complaints-workshop]` typed with a Chinese keyboard is one id to YAML.
    const wide = /[，、；]/.exec(text)?.[0];
    if (wide !== undefined) {
      const ids = text.split(/[，、；]/).map((part) => idFrom(part));
      return `\`${wide}\` is a full-width separator, so YAML reads one id here: separate ids with \`,\` and a space, e.g. \`[${ids.join(', ')}]\``;
    }
    const near = idFrom(text);
    return `ids are lowercase words joined by hyphens${near === '' ? '' : `: write \`${near}\``}`;
  },
});

export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id);
}

/**
 * The id closest to a text: `Complaint Handling` → `complaint-handling`, `Équipe` → `equipe`; empty
 * when nothing of it is usable (e.g. Chinese), so callers choose their own fallback.
 */
export function idFrom(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const text = z.string().trim().min(1, { message: 'must not be empty' });

/** Text given per locale in the framework settings file, e.g. `{ en: Expert, zh-cn: 专家 }`. */
export const localizedTextSchema = z.record(z.string(), text);
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** A proficiency step: an integer on the framework's scale (0–4 unless the settings say otherwise). */
const stepSchema = z.number().int({ message: 'proficiency steps are whole numbers, e.g. 3' });

// ---------------------------------------------------------------------------------------------
// Framework settings: content/framework.yaml
// ---------------------------------------------------------------------------------------------

/** A locale id such as `en`, `en-gb`, `zh-cn` or `ja` (see `isLocaleId`). */
const localeSchema = z.string().refine(isLocaleId, {
  error: ({ input }) => {
    const near = String(input).toLowerCase().replaceAll('_', '-');
    return isLocaleId(near)
      ? `\`${String(input)}\` is not a locale id: write \`${near}\` (lower case, with hyphens)`
      : `\`${String(input)}\` is not a language tag: write one such as \`en\`, \`en-gb\`, \`zh-cn\` or \`ja\``;
  },
});

const scaleStepSchema = z.strictObject({
  /** The step's value, e.g. 3. Steps are listed from lowest to highest. */
  step: stepSchema.min(0, { message: 'steps start at 0' }),
  /** Short name per locale, e.g. `{ en: Proficient, zh-cn: 熟练 }`. */
  label: localizedTextSchema,
  /** What this step means in general, per locale. */
  description: localizedTextSchema.default({}),
});

const gradeSchema = z.strictObject({
  /** Grade id, e.g. `g3`. */
  id: idSchema,
  /** Name per locale, e.g. `{ en: Grade 3 — Experienced, zh-cn: 三级 — 资深 }`. */
  label: localizedTextSchema,
  /** What a grade means across tracks, per locale. */
  description: localizedTextSchema.default({}),
});

const areaSchema = z.strictObject({
  /** Area id, e.g. `service-delivery`. */
  id: idSchema,
  /** Name per locale. */
  label: localizedTextSchema,
  /** Id of the group (from `groups`) the area is listed under; required once there are groups. */
  group: idSchema.optional(),
});

/** A heading above areas, e.g. one occupational standard: `{ id: practitioner, label: { en: … } }`. */
const groupSchema = z.strictObject({
  /** Group id, e.g. `practitioner`. */
  id: idSchema,
  /** Name per locale. */
  label: localizedTextSchema,
});

const metricSchema = z.strictObject({
  /** Metric id used in promotion targets, e.g. `csat`. */
  id: idSchema,
  /** Name per locale, e.g. `{ en: Customer satisfaction, zh-cn: 客户满意度 }`. */
  label: localizedTextSchema,
  /** How values are measured. */
  unit: z.enum(METRIC_UNITS),
  /** Whether a higher or a lower value is better (average handling time: lower). */
  direction: z.enum(METRIC_DIRECTIONS),
  /** With `unit: currency`: the ISO 4217 code of the currency, e.g. `EUR`. */
  currency: z.string().optional(),
  /** How the metric is measured, per locale. */
  description: localizedTextSchema.default({}),
});

const assessmentSchema = z.strictObject({
  /** Assessment id used in promotion criteria, e.g. `written-exam`. */
  id: idSchema,
  /** Name per locale. */
  label: localizedTextSchema,
  /** What the assessment involves, per locale. */
  description: localizedTextSchema.default({}),
});

/** Rules the self-assessment uses to turn gaps into a verdict. */
const verdictSchema = z.strictObject({
  /** "Nearly ready" allows at most this many competencies below the target… */
  nearlyReadyMaxGaps: z.number().int().min(0).default(2),
  /** …and none of them more than this many steps below. */
  nearlyReadyMaxGapSteps: z.number().int().min(0).default(1),
  /** Whether every promotion criterion must be met (not unknown) for "ready". */
  readyRequiresCriteria: z.boolean().default(true),
  /**
   * What the self-assessment does with the verdict: `rules` shows it, `indicative` shows it saying it
   * is only indicative, `off` shows gaps, criteria and the plan without any ready/not-ready label.
   */
  policy: z.enum(VERDICT_POLICIES).default('rules'),
});

/** The ratings a person rates themselves with against a level's criteria (written in its own words). */
const criteriaScaleSchema = z.strictObject({
  /** The ratings, lowest first, each per locale, e.g. `{ en: Meeting, zh-cn: 达到 }`. */
  ratings: z.array(localizedTextSchema).min(2, { message: 'a rating scale needs at least two ratings' }).optional(),
  /** Position (0 = the first rating) of the first rating that counts as meeting the criterion. */
  meets: z
    .number()
    .int({ message: 'write the position of a rating, e.g. 2' })
    .min(1, {
      message: 'the first rating cannot count as met: write 1 or more',
    })
    .optional(),
});
export type CriteriaScaleData = z.infer<typeof criteriaScaleSchema>;

const historySchema = z.strictObject({
  /**
   * Where the handbook's own history starts: a commit id (7 or more characters) or a date
   * (YYYY-MM-DD). Older commits, e.g. those of the repository the handbook was copied from, are left
   * out of the changes page, "Last updated" and the versions older assessments are explained against.
   */
  since: z
    .union([z.iso.date(), z.string().regex(/^[0-9a-f]{7,40}$/)], {
      message: 'write a commit id (at least 7 characters, e.g. `3f2a9c1`) or a date (e.g. `2026-01-15`)',
    })
    .optional(),
});

/** A check whose failure carries its fix (read by `parseWithSchema`), for problems with a clear remedy. */
function failWithFix(ctx: z.RefinementCtx, message: string, fix: string): void {
  ctx.addIssue({ code: 'custom', message, params: { fix } });
}

/** A file inside `content/`, e.g. `assets/logo.svg`, of one of the given kinds. */
function contentFileSchema(extensions: readonly string[], what: string) {
  const kinds = extensions
    .map((e) => e.toUpperCase())
    .join(', ')
    .replace(/, ([^,]*)$/, ' or $1');
  return z.string().superRefine((path, ctx) => {
    if (path.startsWith('/') || path.split(/[\\/]/).includes('..')) {
      failWithFix(
        ctx,
        `\`${path}\` is not inside the content folder`,
        `write the path from content/, e.g. \`assets/${what}.${extensions[0]}\` for content/assets/${what}.${extensions[0]}`,
      );
    } else if (!extensions.some((e) => path.toLowerCase().endsWith(`.${e}`))) {
      const given = path.includes('.') ? `a .${path.split('.').pop()} file` : 'no file name with an extension';
      failWithFix(
        ctx,
        `\`${path}\` is ${given}; the ${what} must be ${kinds}`,
        `convert it to ${kinds} and point to that file`,
      );
    }
  });
}

/** A colour as `#rrggbb`; a short `#rgb` is answered with its six-digit spelling. */
const colourSchema = z.string().superRefine((colour, ctx) => {
  if (/^#[0-9a-f]{6}$/i.test(colour)) return;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(colour);
  if (short !== null) {
    const full = `#${short
      .slice(1)
      .map((c) => c + c)
      .join('')}`;
    failWithFix(ctx, `\`${colour}\` is a short colour`, `write all six digits: \`${full}\``);
  } else {
    failWithFix(ctx, `\`${colour}\` is not a colour`, 'write `#` and six hex digits, e.g. `#0b5cad`');
  }
});

/** The organisation's look: logo, icon and accent colour; everything else keeps Trackbook's style. */
const brandSchema = z.strictObject({
  /** Header logo beside the handbook's name, inside `content/`, e.g. `assets/logo.svg` (SVG or PNG). */
  logo: contentFileSchema(LOGO_EXTENSIONS, 'logo').optional(),
  /** The site's icon, inside `content/`, e.g. `assets/favicon.svg` (SVG, PNG or ICO). */
  favicon: contentFileSchema(FAVICON_EXTENSIONS, 'favicon').optional(),
  /**
   * The accent colour (links, buttons, focus ring) of the light and dark themes, e.g.
   * `{ light: '#0b5cad', dark: '#8cc4ff' }`; each must reach WCAG AA contrast in its theme.
   */
  accent: z.strictObject({ light: colourSchema.optional(), dark: colourSchema.optional() }).default({}),
});
export type BrandData = z.infer<typeof brandSchema>;

/** A competency's short structural code, e.g. `K1`, `S3`, `B2`: letters then digits, at most 8 characters. */
const COMPETENCY_CODE = /^(?=.{2,8}$)[A-Za-z]+[0-9]+$/;

/** Whether `code` is a competency code: letters then digits, at most 8 characters (`K1`, `S12`). */
export function isCompetencyCode(code: string): boolean {
  return COMPETENCY_CODE.test(code);
}

const codeSchema = z
  .string()
  .trim()
  .superRefine((code, ctx) => {
    if (COMPETENCY_CODE.test(code)) return;
    const near = code.replace(/[^A-Za-z0-9]/g, '');
    failWithFix(
      ctx,
      `\`${code}\` is not a competency code`,
      COMPETENCY_CODE.test(near)
        ? `write \`${near}\` (letters then digits, nothing between)`
        : 'write letters then digits, at most 8 characters, e.g. `K1` or `S12`',
    );
  });

export const settingsSchema = z.strictObject({
  /** The handbook's name per locale. */
  name: localizedTextSchema,
  /** The locale structure is written in; translations supply text only. */
  defaultLocale: localeSchema.default('en'),
  /** Every locale the handbook is published in, the default one included. */
  locales: z.array(localeSchema).min(1).default(['en']),
  /** The proficiency scale, lowest step first. */
  scale: z.array(scaleStepSchema).min(2, { message: 'a scale needs at least two steps' }),
  /** Job-grade bands, lowest first; they make levels on different tracks comparable. */
  grades: z.array(gradeSchema).min(1),
  /** Headings above the areas (e.g. one per standard), in display order; optional. */
  groups: z.array(groupSchema).default([]),
  /** Competency areas, in display order. */
  areas: z.array(areaSchema).min(1),
  /** Performance metrics promotion targets can refer to. */
  metrics: z.array(metricSchema).default([]),
  /** Formal assessments promotion criteria can require (exams, reviews, interviews). */
  assessments: z.array(assessmentSchema).default([]),
  /** Verdict rules for the self-assessment. */
  verdict: verdictSchema.default({
    nearlyReadyMaxGaps: 2,
    nearlyReadyMaxGapSteps: 1,
    readyRequiresCriteria: true,
    policy: 'rules',
  }),
  /** The ratings used against levels' criteria (default: Not yet, Working towards, Meeting, Exceeding). */
  criteriaScale: criteriaScaleSchema.default({}),
  /**
   * The handbook's own wording of UI strings, per locale, e.g.
   * `{ en: { search.placeholder: e.g. refund } }`; keys are checked against the known strings.
   */
  ui: z.record(z.string(), z.record(z.string(), text)).default({}),
  /** The handbook's history (the changes page, "Last updated", versions of older assessments). */
  history: historySchema.default({}),
  /** Logo, icon and accent colours (see `brandSchema`). */
  brand: brandSchema.default({ accent: {} }),
  /**
   * How each check that warns is treated, e.g. `empty-responsibilities: off` for a framework that
   * lists no responsibilities, `expectation-drop: error` to fail on it. `check`, `import`, `new`,
   * the build and CI all apply it.
   */
  checks: z
    .strictObject(
      Object.fromEntries(CHECK_RULES.map((rule) => [rule, z.enum(CHECK_LEVELS).optional()])) as Record<
        CheckRule,
        z.ZodOptional<z.ZodEnum<{ [K in CheckLevel]: K }>>
      >,
    )
    .default({}),
});
export type SettingsData = z.infer<typeof settingsSchema>;

// ---------------------------------------------------------------------------------------------
// Collections
// ---------------------------------------------------------------------------------------------

/** Fields every collection entry has. */
const entryBase = z.strictObject({
  /** Display title. */
  title: text,
  /** One or two sentences shown in lists and search results; optional. */
  summary: z.string().trim().default(''),
  /** Draft entries are checked but not published; published entries may not link to them. */
  draft: z.boolean().default(false),
});

export const trackSchema = entryBase.extend({
  /** individual (a contributor ladder), management (people leaders) or specialist (QA, training, …). */
  kind: z.enum(TRACK_KINDS),
  /** Position of the track's column in the career lattice, smallest first. */
  order: z.number().int().default(0),
});
export type TrackData = z.infer<typeof trackSchema>;

const metricTargetSchema = z.strictObject({
  /** Metric id from the settings, e.g. `qa-score`. */
  metric: idSchema,
  /** The value to reach: a minimum when higher is better, a maximum when lower is better. */
  target: z.number(),
});

/** A value expected while in a level: a minimum, a maximum or both (a range). */
const kpiSchema = z
  .strictObject({
    /** Metric id from the settings, e.g. `conversations-per-hour`. */
    metric: idSchema,
    /** The lowest value expected. */
    min: z.number().optional(),
    /** The highest value expected. */
    max: z.number().optional(),
  })
  .superRefine((kpi, ctx) => {
    if (kpi.min === undefined && kpi.max === undefined) {
      failWithFix(
        ctx,
        `the band for \`${kpi.metric}\` gives neither \`min\` nor \`max\``,
        'add `min:`, `max:` or both',
      );
    } else if (kpi.min !== undefined && kpi.max !== undefined && kpi.min > kpi.max) {
      ctx.addIssue({
        code: 'custom',
        path: ['min'],
        message: `\`min\` (${kpi.min}) is above \`max\` (${kpi.max})`,
        params: { fix: `swap them: \`min: ${kpi.max}\`, \`max: ${kpi.min}\`` },
      });
    }
  });
export type KpiData = z.infer<typeof kpiSchema>;

const promotionSchema = z.strictObject({
  /** Minimum months spent in this level before moving up. */
  minMonths: z.number().int().min(0).default(0),
  /** Months the person must already have been performing at the next level, e.g. 3. */
  monthsPerformingAtNext: z.number().int().min(0).default(0),
  /** Performance targets, e.g. `{ metric: qa-score, target: 90 }`. */
  metrics: z.array(metricTargetSchema).default([]),
  /** Training ids that must be completed. */
  trainings: z.array(idSchema).default([]),
  /** Assessment ids from the settings that must be passed, e.g. `written-exam`. */
  assessments: z.array(idSchema).default([]),
  /** Other conditions in plain words (translated). */
  conditions: z.array(text).default([]),
});
export type PromotionData = z.infer<typeof promotionSchema>;

const lateralMoveSchema = z.strictObject({
  /** Id of a level on another track that can be reached from this one. */
  to: idSchema,
  /** Minimum months in this level before the move. */
  minMonths: z.number().int().min(0).default(0),
  /** Entry conditions in plain words (translated). */
  conditions: z.array(text).default([]),
});

const subStepSchema = z.strictObject({
  /** Name of the sub-step, e.g. "Junior I". */
  title: text,
  /** What distinguishes it (translated). */
  summary: text,
});

const probationSchema = z
  .strictObject({
    /** Length of the probation period in weeks (or give `months`, not both). */
    weeks: z.number().int().min(0).optional(),
    /** Length of the probation period in months (or give `weeks`, not both). */
    months: z.number().int().min(0).optional(),
    /** Targets to reach by the end of probation, e.g. `{ metric: qa-score, target: 85 }`. */
    metrics: z.array(metricTargetSchema).default([]),
    /** What must be shown during probation, in plain words (translated). */
    conditions: z.array(text).default([]),
  })
  .superRefine((p, ctx) => {
    if (p.weeks !== undefined && p.months !== undefined) {
      failWithFix(
        ctx,
        `the probation gives both \`weeks\` (${p.weeks}) and \`months\` (${p.months})`,
        'keep one of the two: `weeks:` or `months:`',
      );
    }
  });

/** What a level expects of a competency in its own words: a text, or the text with examples. */
const criterionSchema = z.union([text, z.strictObject({ text, examples: z.array(text).default([]) })], {
  error: 'write the criterion as text, or as `text:` with `examples:` (a list) below it',
});
export type CriterionData = z.infer<typeof criterionSchema>;

export const levelSchema = entryBase.extend({
  /** Id of the track this level belongs to. */
  track: idSchema,
  /** Position on the track, 1 = entry level. Unique per track. */
  rank: z.number().int().min(1, { message: 'ranks start at 1' }),
  /**
   * The band the level is a sub-level of, e.g. `Level 1` on 1A, 1B and 1C (translated); levels of
   * one band have consecutive ranks and are shown together.
   */
  band: z.string().trim().default(''),
  /** Typical months someone spends in this level (a guide, unlike `promotion.minMonths`). */
  typicalMonths: z.number().int().min(0).default(0),
  /** Metric values expected while in this level, e.g. `{ metric: qa-score, min: 85 }`. */
  kpis: z.array(kpiSchema).default([]),
  /** Grade id from the settings. */
  grade: idSchema,
  /** What someone at this level is responsible for (translated, one item per line). */
  responsibilities: z.array(text).default([]),
  /**
   * Expected proficiency per competency id, e.g. `{ communication: 3 }`. Competencies not listed are
   * inherited from the level below on the same track.
   */
  expectations: z.record(idSchema, stepSchema).default({}),
  /**
   * What this level expects of a competency in its own words (translated), e.g.
   * `{ escalations: Owns escalations across regions }` or `{ escalations: { text: …, examples: [...] } }`.
   * Competencies not listed keep the criterion of the level below on the same track.
   */
  criteria: z.record(idSchema, criterionSchema).default({}),
  /** Competency ids whose expectation may deliberately be lower than the level below. */
  allowLowerExpectations: z.array(idSchema).default([]),
  /** What it takes to move up from this level; required when the track has a higher level. */
  promotion: promotionSchema.optional(),
  /** Levels on other tracks reachable from this one. */
  lateralMoves: z.array(lateralMoveSchema).default([]),
  /** Optional steps inside the level (e.g. I, II, III). */
  subSteps: z.array(subStepSchema).default([]),
  /** Probation on entering this level. */
  probation: probationSchema.optional(),
  /** When someone may be moved back down, in plain words (translated). */
  demotion: z.array(text).default([]),
  /**
   * A role held on top of a level of another track (a Team Lead who stays a senior engineer): the id
   * of that level. The role keeps its grade and expectations and adds its own.
   */
  overlayOf: idSchema.optional(),
});
export type LevelData = z.infer<typeof levelSchema>;

export const competencySchema = entryBase.extend({
  /** Competency area id from the settings. */
  area: idSchema,
  /** Position within its area, smallest first (then by title). */
  order: z.number().int().default(0),
  /**
   * A short code shown before the title, e.g. `K1`, `S3`, `B2` (letters then digits, at most 8
   * characters); unique in the framework.
   */
  code: codeSchema.optional(),
  /** Relative weight in the self-assessment's readiness score. */
  weight: z.number().positive().default(1),
  /**
   * Observable behaviour per proficiency step: `{ 1: [...], 2: [...] }`. Every step above the lowest
   * should have at least one indicator.
   */
  indicators: z.record(z.string(), z.array(text)).default({}),
  /** Knowledge and understanding someone with this competency has (translated). */
  knowledge: z.array(text).default([]),
});
export type CompetencyData = z.infer<typeof competencySchema>;

export const trainingSchema = entryBase.extend({
  /** How it is delivered. */
  format: z.enum(TRAINING_FORMATS),
  /** pre-job (before taking calls), on-the-job (ongoing) or differentiated (targeted at gaps). */
  phase: z.enum(TRAINING_PHASES),
  /**
   * Total hours of effort; ranks recommendations by gap closed per hour. Optional: a training of
   * unknown effort is still recommended, after those of known effort (see the plan in the engine).
   */
  hours: z.number().positive({ message: 'give the total effort in hours, e.g. 6' }).optional(),
  /** Track ids it is meant for; empty means everyone. */
  tracks: z.array(idSchema).default([]),
  /** Level ids it is meant for; empty means every level of the tracks above. */
  levels: z.array(idSchema).default([]),
  /** Training ids to complete first. */
  prerequisites: z.array(idSchema).default([]),
  /** Proficiency it raises a competency to, e.g. `{ complaint-handling: 3 }`. */
  develops: z.record(idSchema, stepSchema).default({}),
  /** Level ids for which it is mandatory. */
  mandatoryFor: z.array(idSchema).default([]),
});
export type TrainingData = z.infer<typeof trainingSchema>;

export const recognitionSchema = entryBase.extend({
  /** formal, peer, performance-based or non-monetary. */
  kind: z.enum(RECOGNITION_KINDS),
  /** How often it is given, in plain words (translated), e.g. "Every month". */
  frequency: z.string().default(''),
  /** Who is eligible, in plain words (translated). */
  eligibility: z.array(text).default([]),
  /** Level ids it is linked to. */
  levels: z.array(idSchema).default([]),
  /** Competency ids it rewards. */
  competencies: z.array(idSchema).default([]),
});
export type RecognitionData = z.infer<typeof recognitionSchema>;

export const pageSchema = entryBase.extend({
  /** faq, guide or page; decides where it is listed. */
  kind: z.enum(PAGE_KINDS).default('page'),
  /** Position in lists, smallest first. */
  order: z.number().int().default(0),
});
export type PageData = z.infer<typeof pageSchema>;

const fitOptionSchema = z.strictObject({
  /** The answer as the person would say it, e.g. "I sit with them until they can do it alone" (translated). */
  statement: text,
  /**
   * How strongly this answer points to each track, by track id: 1 (a little) to 3 (strongly), e.g.
   * `{ training: 3, team-leadership: 1 }`. Tracks left out get nothing from it.
   */
  tracks: z.record(idSchema, z.number()).default({}),
  /** Optionally, the competencies this answer suggests as strengths, weighted like `tracks`. */
  competencies: z.record(idSchema, z.number()).default({}),
});
export type FitOptionData = z.infer<typeof fitOptionSchema>;

/** A career-fit question (`content/fit/`): a situation or preference, and the answers to pick from. */
export const fitQuestionSchema = entryBase.extend({
  /** A hint shown under the question, e.g. "Pick the answer closest to what you would do"; optional. */
  summary: z.string().trim().default(''),
  /** Position in the questionnaire, smallest first. */
  order: z.number().int().default(0),
  /** The answers, two or more; each weighs towards tracks (and optionally competencies). */
  options: z.array(fitOptionSchema).min(2, { message: 'a question needs at least two answers to choose from' }),
});
export type FitQuestionData = z.infer<typeof fitQuestionSchema>;

export const collectionSchemas = {
  tracks: trackSchema,
  levels: levelSchema,
  competencies: competencySchema,
  trainings: trainingSchema,
  recognition: recognitionSchema,
  pages: pageSchema,
  fit: fitQuestionSchema,
} as const;

export interface CollectionDataMap {
  tracks: TrackData;
  levels: LevelData;
  competencies: CompetencyData;
  trainings: TrainingData;
  recognition: RecognitionData;
  pages: PageData;
  fit: FitQuestionData;
}
