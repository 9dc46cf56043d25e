/**
 * The self-assessment's state: what a person entered, versioned, and checked on every load (local
 * storage, share links and imported files are all untrusted). Pure: no DOM, no storage.
 */

/** Version of the state format; bump it and add a migration when the shape changes. */
export const STATE_VERSION = 1;

/**
 * Limits that keep a tampered or accidental input from swamping the page. The form enforces the same
 * ones (maxlength, min and max on its fields), so it never produces a state the validator refuses.
 */
export const LIMITS = {
  idLength: 80,
  noteLength: 2_000,
  entries: 200,
  labelLength: 80,
  /** The person's name, printed on the results they hand to a manager. */
  nameLength: 80,
  /** Months in the current level: 0 to 100 years. */
  months: 1_200,
  /** A metric value's magnitude stays below this (e.g. a handling time typed in seconds fits). */
  metricMagnitude: 1e9,
  /** Highest step a rating may have (scales are short; this only bounds tampered input). */
  step: 100,
} as const;

export interface PromotionFacts {
  /** Months spent in the current level; null when not given. */
  monthsInLevel: number | null;
  /**
   * Months already performing at the next level (`promotion.monthsPerformingAtNext`); absent when
   * not given, as in every state saved before it existed.
   */
  monthsAtNext?: number;
  /** Own metric values by metric id, e.g. `{ csat: 91 }`. */
  metrics: Record<string, number>;
  /** Ids of trainings already completed. */
  trainings: string[];
  /** Ids of assessments already passed. */
  assessments: string[];
  /** Indexes of the free-text conditions the person confirms they meet. */
  conditions: number[];
}

export interface AssessmentState {
  v: typeof STATE_VERSION;
  /** Framework version (structure hash) the assessment was made against. */
  framework: string;
  /** Whose assessment this is, e.g. "Me" or "My team lead" (optional, shown when comparing). */
  label: string;
  /** What a comparison calls the other assessment, e.g. "My team lead" (optional; its own label otherwise). */
  otherLabel: string;
  /** The person's name, for the printout and the exports (optional). */
  name: string;
  current: string | null;
  target: string | null;
  /** Self-rated step per competency id. */
  ratings: Record<string, number>;
  /** Evidence note per competency id. */
  notes: Record<string, string>;
  facts: PromotionFacts;
  /** ISO date-time of the last change. */
  updated: string;
}

export function emptyState(framework: string, now: Date = new Date()): AssessmentState {
  return {
    v: STATE_VERSION,
    framework,
    label: '',
    otherLabel: '',
    name: '',
    current: null,
    target: null,
    ratings: {},
    notes: {},
    facts: { monthsInLevel: null, metrics: {}, trainings: [], assessments: [], conditions: [] },
    updated: now.toISOString(),
  };
}

/** Why a value is not a valid state: a path into it and what is wrong there. */
export interface StateProblem {
  path: string;
  problem: string;
}

/**
 * A value that is an assessment (an object of the supported format version) is read field by field:
 * every valid field is kept, and each one left out is listed in `dropped`, so the person is told what
 * was lost instead of getting a different assessment silently. Anything else is refused.
 */
export type Validated =
  { ok: true; state: AssessmentState; dropped: StateProblem[] } | { ok: false; problems: StateProblem[] };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FIELDS = new Set([
  'v',
  'framework',
  'label',
  'otherLabel',
  'name',
  'current',
  'target',
  'ratings',
  'notes',
  'facts',
  'updated',
]);
const FACTS = new Set(['monthsInLevel', 'monthsAtNext', 'metrics', 'trainings', 'assessments', 'conditions']);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks an untrusted value against the state format and returns a clean copy. Never throws. Ids are
 * checked for shape only; whether they exist in the framework is `reconcile`'s job.
 */
export function validateState(value: unknown, now: Date = new Date()): Validated {
  if (!isRecord(value)) return { ok: false, problems: [{ path: '', problem: 'not an assessment' }] };
  if (value['v'] !== STATE_VERSION) {
    const v = value['v'];
    const problem = typeof v === 'number' ? `format version ${v} is not supported` : 'format version missing';
    return { ok: false, problems: [{ path: 'v', problem }] };
  }
  const read = new Reader();
  read.unknownFields(value, FIELDS, '');
  const framework = read.text('framework', value['framework'], LIMITS.idLength) ?? '';
  // Optional texts: absent in older links and saves, which still load.
  const optional = (key: string, max: number) =>
    value[key] === undefined ? '' : (read.text(key, value[key], max) ?? '');
  const state: AssessmentState = {
    v: STATE_VERSION,
    framework,
    label: optional('label', LIMITS.labelLength),
    otherLabel: optional('otherLabel', LIMITS.labelLength),
    name: optional('name', LIMITS.nameLength),
    current: read.id('current', value['current'] ?? null),
    target: read.id('target', value['target'] ?? null),
    ratings: read.map('ratings', value['ratings'] ?? {}, (p, x) => read.step(p, x)),
    notes: read.map('notes', value['notes'] ?? {}, (p, x) => read.text(p, x, LIMITS.noteLength)),
    facts: readFacts(read, value['facts'] ?? {}),
    updated: read.date('updated', value['updated']) ?? now.toISOString(),
  };
  return { ok: true, state, dropped: read.dropped };
}

function readFacts(read: Reader, raw: unknown): PromotionFacts {
  if (!isRecord(raw)) {
    read.drop('facts', 'must be a set of fields');
    return { monthsInLevel: null, metrics: {}, trainings: [], assessments: [], conditions: [] };
  }
  read.unknownFields(raw, FACTS, 'facts.');
  const monthsAtNext = read.months('facts.monthsAtNext', raw['monthsAtNext'] ?? null);
  return {
    monthsInLevel: read.months('facts.monthsInLevel', raw['monthsInLevel'] ?? null),
    ...(monthsAtNext === null ? {} : { monthsAtNext }),
    metrics: read.map('facts.metrics', raw['metrics'] ?? {}, (p, x) => read.metric(p, x)),
    trainings: read.ids('facts.trainings', raw['trainings'] ?? []),
    assessments: read.ids('facts.assessments', raw['assessments'] ?? []),
    conditions: read.conditions('facts.conditions', raw['conditions'] ?? []),
  };
}

/** Reads fields one by one, keeping what is valid and recording what is dropped. */
class Reader {
  readonly dropped: StateProblem[] = [];

  drop(path: string, problem: string): undefined {
    this.dropped.push({ path, problem });
    return undefined;
  }

  unknownFields(value: Record<string, unknown>, known: ReadonlySet<string>, prefix: string): void {
    for (const key of Object.keys(value))
      if (!known.has(key)) this.drop(`${prefix}${key}`, 'not part of an assessment');
  }

  text(path: string, v: unknown, max: number): string | undefined {
    if (typeof v !== 'string') return this.drop(path, 'must be text');
    if (v.length > max) return this.drop(path, `longer than ${max} characters`);
    return v;
  }

  id(path: string, v: unknown): string | null {
    if (v === null) return null;
    if (typeof v === 'string' && v.length <= LIMITS.idLength && ID.test(v)) return v;
    this.drop(path, 'not an id');
    return null;
  }

  ids(path: string, v: unknown): string[] {
    if (!Array.isArray(v)) return (this.drop(path, 'must be a list'), []);
    if (v.length > LIMITS.entries) return (this.drop(path, `more than ${LIMITS.entries} items`), []);
    const out = v.map((x, i) => this.id(`${path}.${i}`, x)).filter((x): x is string => x !== null);
    return [...new Set(out)];
  }

  map<T>(path: string, v: unknown, item: (p: string, x: unknown) => T | undefined): Record<string, T> {
    if (!isRecord(v)) return (this.drop(path, 'must be a set of fields'), {});
    const keys = Object.keys(v);
    if (keys.length > LIMITS.entries) return (this.drop(path, `more than ${LIMITS.entries} entries`), {});
    const out: Record<string, T> = {};
    for (const key of keys) {
      if (!ID.test(key) || key.length > LIMITS.idLength) {
        this.drop(`${path}.${key}`, 'not an id');
        continue;
      }
      const x = item(`${path}.${key}`, v[key]);
      if (x !== undefined) out[key] = x;
    }
    return out;
  }

  step(path: string, v: unknown): number | undefined {
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= LIMITS.step) return v;
    return this.drop(path, 'must be a whole step, e.g. 3');
  }

  metric(path: string, v: unknown): number | undefined {
    if (typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < LIMITS.metricMagnitude) return v;
    return this.drop(path, `must be a number below ${LIMITS.metricMagnitude.toLocaleString('en')}`);
  }

  months(path: string, v: unknown): number | null {
    if (v === null) return null;
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= LIMITS.months) return v;
    this.drop(path, `must be a whole number of months, 0 to ${LIMITS.months}`);
    return null;
  }

  conditions(path: string, v: unknown): number[] {
    if (!Array.isArray(v)) return (this.drop(path, 'must be a list'), []);
    const valid = v.filter((c): c is number => Number.isInteger(c) && c >= 0 && c < LIMITS.entries);
    if (valid.length !== v.length) this.drop(path, 'must list condition numbers');
    return [...new Set(valid)].sort((a, b) => a - b);
  }

  date(path: string, v: unknown): string | undefined {
    if (typeof v === 'string' && !Number.isNaN(Date.parse(v))) return v;
    return this.drop(path, 'must be a date');
  }
}
