/**
 * The self-assessment's state: what a person entered, versioned, and checked on every load (local
 * storage, share links and imported files are all untrusted). Pure: no DOM, no storage.
 */

/** Version of the state format; bump it and add a migration when the shape changes. */
export const STATE_VERSION = 1;

/** Limits that keep a tampered or accidental input from swamping the page. */
export const LIMITS = {
  idLength: 80,
  noteLength: 2_000,
  entries: 200,
  labelLength: 80,
} as const;

export interface PromotionFacts {
  /** Months spent in the current level; null when not given. */
  monthsInLevel: number | null;
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

export type Validated = { ok: true; state: AssessmentState } | { ok: false; problems: StateProblem[] };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks an untrusted value against the state format and returns a clean copy (unknown fields are
 * dropped). Never throws. Ids are checked for shape only; whether they exist in the framework is
 * `reconcile`'s job, so that nothing a person entered is lost silently.
 */
export function validateState(value: unknown): Validated {
  const problems: StateProblem[] = [];
  const fail = (path: string, problem: string) => void problems.push({ path, problem });
  if (!isRecord(value)) return { ok: false, problems: [{ path: '', problem: 'not an assessment' }] };
  if (value['v'] !== STATE_VERSION) {
    fail(
      'v',
      typeof value['v'] === 'number' ? `format version ${value['v']} is not supported` : 'format version missing',
    );
    return { ok: false, problems };
  }
  const text = (path: string, v: unknown, max: number): string => {
    if (typeof v !== 'string') return (fail(path, 'must be text'), '');
    if (v.length > max) return (fail(path, `longer than ${max} characters`), '');
    return v;
  };
  const id = (path: string, v: unknown): string | null => {
    if (v === null) return null;
    if (typeof v !== 'string' || v.length > LIMITS.idLength || !ID.test(v)) return (fail(path, 'not an id'), null);
    return v;
  };
  const ids = (path: string, v: unknown): string[] => {
    if (!Array.isArray(v)) return (fail(path, 'must be a list'), []);
    if (v.length > LIMITS.entries) return (fail(path, `more than ${LIMITS.entries} items`), []);
    const out = v.map((x, i) => id(`${path}.${i}`, x)).filter((x): x is string => x !== null);
    return [...new Set(out)];
  };
  const map = <T>(path: string, v: unknown, item: (p: string, x: unknown) => T | undefined): Record<string, T> => {
    if (!isRecord(v)) return (fail(path, 'must be a set of fields'), {});
    const keys = Object.keys(v);
    if (keys.length > LIMITS.entries) return (fail(path, `more than ${LIMITS.entries} entries`), {});
    const out: Record<string, T> = {};
    for (const key of keys) {
      if (!ID.test(key) || key.length > LIMITS.idLength) {
        fail(`${path}.${key}`, 'not an id');
        continue;
      }
      const x = item(`${path}.${key}`, v[key]);
      if (x !== undefined) out[key] = x;
    }
    return out;
  };
  const step = (path: string, v: unknown): number | undefined =>
    typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100
      ? v
      : (fail(path, 'must be a whole step, e.g. 3'), undefined);
  const number = (path: string, v: unknown): number | undefined =>
    typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 1e9 ? v : (fail(path, 'must be a number'), undefined);

  const framework = text('framework', value['framework'], LIMITS.idLength);
  const label = value['label'] === undefined ? '' : text('label', value['label'], LIMITS.labelLength);
  const current = id('current', value['current'] ?? null);
  const target = id('target', value['target'] ?? null);
  const ratings = map('ratings', value['ratings'] ?? {}, step);
  const notes = map('notes', value['notes'] ?? {}, (p, x) => text(p, x, LIMITS.noteLength));
  const rawFacts = value['facts'] ?? {};
  let facts: PromotionFacts = { monthsInLevel: null, metrics: {}, trainings: [], assessments: [], conditions: [] };
  if (!isRecord(rawFacts)) fail('facts', 'must be a set of fields');
  else {
    const months = rawFacts['monthsInLevel'] ?? null;
    const monthsInLevel =
      months === null
        ? null
        : typeof months === 'number' && Number.isInteger(months) && months >= 0 && months <= 1200
          ? months
          : (fail('facts.monthsInLevel', 'must be a whole number of months'), null);
    const conditions = rawFacts['conditions'] ?? [];
    facts = {
      monthsInLevel,
      metrics: map('facts.metrics', rawFacts['metrics'] ?? {}, number),
      trainings: ids('facts.trainings', rawFacts['trainings'] ?? []),
      assessments: ids('facts.assessments', rawFacts['assessments'] ?? []),
      conditions: Array.isArray(conditions)
        ? [...new Set(conditions.filter((c): c is number => Number.isInteger(c) && c >= 0 && c < LIMITS.entries))].sort(
            (a, b) => a - b,
          )
        : (fail('facts.conditions', 'must be a list'), []),
    };
    if (Array.isArray(conditions) && facts.conditions.length !== new Set(conditions).size)
      fail('facts.conditions', 'must list condition numbers');
  }
  const updated =
    typeof value['updated'] === 'string' && !Number.isNaN(Date.parse(value['updated'])) ? value['updated'] : '';
  if (updated === '') fail('updated', 'must be a date');
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    state: { v: STATE_VERSION, framework, label, current, target, ratings, notes, facts, updated },
  };
}
