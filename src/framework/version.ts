/**
 * The framework version: a content hash of the structure (ids, ranks, grades, expectations, criteria,
 * what trainings develop) but not of the text. A saved self-assessment records it, so a reworded
 * indicator does not invalidate anyone's assessment while a changed expectation is detected.
 */
import type { Fit, Framework } from './model.ts';

/** Keys whose values are text or bookkeeping, left out of the version. */
const TEXT_KEYS = new Set([
  'locale',
  'name',
  'ui',
  'title',
  'summary',
  'label',
  'description',
  'responsibilities',
  'conditions',
  'indicators',
  'knowledge',
  'eligibility',
  'frequency',
  'demotion',
  'subSteps',
  'band',
  'file',
  'translationFile',
  'fallback',
  'textLocale',
  'missing',
  'version',
  'statement',
  'text',
  'examples',
  // How competencies are shown and grouped, not what is expected: a new code or heading must not make
  // saved self-assessments look outdated.
  'code',
  'group',
  'groups',
]);

const isDefault = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === 0 ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && Object.keys(value).length === 0);

/**
 * Fields added to the model after versions were first recorded, each left out while it says what
 * older handbooks said by not having it: a handbook that does not use them keeps its version, so
 * nobody's saved assessment looks outdated after an upgrade of Trackbook that changed nothing in it.
 */
const LATER_FIELDS: readonly {
  key: string;
  /** Whether the value (found in `holder`, in a framework that does or does not write criteria) is unused. */
  unused: (value: unknown, holder: Record<string, unknown>, usesCriteria: boolean) => boolean;
}[] = [
  ...['currency', 'kpis', 'typicalMonths', 'monthsPerformingAtNext', 'weeks', 'overlayOf', 'overlays', 'criteria'].map(
    (key) => ({ key, unused: isDefault }),
  ),
  // A probation's own targets (a probation is the object with `weeks`); promotion targets always count.
  { key: 'metrics', unused: (value, holder) => 'weeks' in holder && isDefault(value) },
  { key: 'policy', unused: (value) => value === 'rules' },
  { key: 'criteriaScale', unused: (_value, _holder, usesCriteria) => !usesCriteria },
];

/** Parts of the framework versioned on their own (see `Fit.version`). */
const SEPARATE_KEYS = new Set(['fit']);

/**
 * Structure only, with object keys sorted, as canonical JSON. Criteria and the verdict policy count
 * only once a framework uses them: a framework that writes none keeps the version it had before
 * they existed, so nobody's saved assessment looks outdated for it.
 */
export function structureOf(framework: Framework | Fit): string {
  const usesCriteria = 'levels' in framework && framework.levels.some((l) => l.criteria.length > 0);
  return JSON.stringify(framework, function (this: Record<string, unknown>, key, value: unknown) {
    if (TEXT_KEYS.has(key) || SEPARATE_KEYS.has(key)) return undefined;
    // A competency's `order` is already its place in the list (which is versioned); as a field of its
    // own it would only make every saved assessment look outdated the day the field appeared.
    if (key === 'competencies' && Array.isArray(value)) {
      return value.map((c: unknown) => {
        if (typeof c !== 'object' || c === null || !('order' in c)) return c;
        const { order: _order, ...rest } = c as Record<string, unknown>;
        return rest;
      });
    }
    if (LATER_FIELDS.some((f) => f.key === key && f.unused(value, this, usesCriteria))) return undefined;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
    }
    return value;
  });
}

/** First 12 hex digits of the SHA-256 of the structure (Web Crypto: Node and browsers alike). */
export async function structureVersion(framework: Framework | Fit): Promise<string> {
  const bytes = new TextEncoder().encode(structureOf(framework));
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes));
  return [...digest.slice(0, 6)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
