/**
 * The closed sets of the content model (locales, kinds, formats, phases, units …) as `as const` lists
 * with their types. Kept free of zod so that browser code (islands) can use them without bundling
 * the schema library; `schema.ts` builds its enums from these lists.
 */
/**
 * A locale id: a BCP 47 language tag in lower case (`en`, `en-gb`, `zh-cn`, `cy`, `ja`), which is also
 * the first segment of the locale's URLs and its folder under `content/translations/`.
 */
export type Locale = string;
export const LOCALE_ID = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/;

/** Whether `id` is a locale id: lower case, and a well-formed BCP 47 tag. */
export function isLocaleId(id: string): boolean {
  if (!LOCALE_ID.test(id)) return false;
  try {
    return Intl.getCanonicalLocales(id).length === 1;
  } catch {
    return false;
  }
}

/** Image files a brand may use, by extension, with the content type they are served with. */
export const IMAGE_TYPES = { svg: 'image/svg+xml', png: 'image/png', ico: 'image/x-icon' } as const;
export type ImageExtension = keyof typeof IMAGE_TYPES;
/** What the header logo may be: a page image, so not the icon-only `.ico`. */
export const LOGO_EXTENSIONS = ['svg', 'png'] as const satisfies readonly ImageExtension[];
export const FAVICON_EXTENSIONS = ['svg', 'png', 'ico'] as const satisfies readonly ImageExtension[];

/** Locales Trackbook ships UI dictionaries for; any other locale shows the default locale's UI wording. */
export const UI_LOCALES = ['en', 'zh-cn'] as const;

export const TRACK_KINDS = ['individual', 'management', 'specialist'] as const;
export type TrackKind = (typeof TRACK_KINDS)[number];

export const TRAINING_FORMATS = [
  'course',
  'e-learning',
  'workshop',
  'coaching',
  'mentoring',
  'shadowing',
  'job-rotation',
  'project',
  'exam',
  'briefing',
] as const;
export type TrainingFormat = (typeof TRAINING_FORMATS)[number];

export const TRAINING_PHASES = ['pre-job', 'on-the-job', 'differentiated'] as const;
export type TrainingPhase = (typeof TRAINING_PHASES)[number];

export const RECOGNITION_KINDS = ['formal', 'peer', 'performance-based', 'non-monetary'] as const;
export type RecognitionKind = (typeof RECOGNITION_KINDS)[number];

export const METRIC_UNITS = [
  'percent',
  'seconds',
  'minutes',
  'hours',
  'per-hour',
  'currency',
  'score',
  'count',
] as const;
export type MetricUnit = (typeof METRIC_UNITS)[number];

export const METRIC_DIRECTIONS = ['higher', 'lower'] as const;
export type MetricDirection = (typeof METRIC_DIRECTIONS)[number];

export const PAGE_KINDS = ['faq', 'guide', 'page'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** Page ids the site's own URLs use (`/{locale}/{page}/` would collide with them). */
export const RESERVED_PAGE_IDS = [
  'tracks',
  'levels',
  'compare',
  'competencies',
  'trainings',
  'recognition',
  'assess',
  'changes',
  'search',
  'fit',
  'pagefind',
] as const;

/** The content collections, in the order they are read and reported. */
export const COLLECTIONS = ['tracks', 'levels', 'competencies', 'trainings', 'recognition', 'pages', 'fit'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** The weight an answer of the career-fit questions gives a track or competency: 1 (a little) to 3 (strongly). */
export const FIT_WEIGHT = { min: 1, max: 3 } as const;
