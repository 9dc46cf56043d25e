/**
 * Problems found in the content, reported to HR authors. Every check appends to one list so that a
 * single run of `npm run check` shows everything that is wrong, not just the first thing.
 */
import { closest, distance } from 'fastest-levenshtein';

export type Severity = 'error' | 'warning';

/**
 * The checks that warn rather than fail: each describes something that is often a mistake but may be
 * meant. A framework sets each to `off`, `warning` or `error` under `checks:` in framework.yaml.
 */
export const CHECK_RULES = [
  'expectation-drop',
  'missing-promotion',
  'unused-promotion',
  'empty-responsibilities',
  'empty-criteria',
  'missing-indicator',
  'training-develops-nothing',
  'training-never-recommended',
  'duplicate-indicator',
  'metric-target-fraction',
  'metric-target-zero',
  'duplicate-level-title',
  'level-expects-nothing',
  'track-without-levels',
  'rank-gap',
  'band-not-consecutive',
  'long-description',
  'retired-ui-string',
] as const;

/** Stable machine-readable codes; tests and tooling match on them, people read `message`. */
export const DIAGNOSTIC_CODES = [
  'yaml-syntax',
  'not-utf8',
  'ignored-file',
  'missing-frontmatter',
  'invalid-id',
  'wrong-folder',
  'invalid-field',
  'unknown-field',
  'duplicate-id',
  'duplicate-code',
  'reserved-id',
  'unknown-reference',
  'draft-reference',
  'duplicate-rank',
  'step-outside-scale',
  'prerequisite-cycle',
  'lateral-move-same-track',
  'overlay',
  'metric-target',
  'translation-structure',
  'translation-orphan',
  'translation-locale',
  'missing-default-text',
  'settings',
  'brand',
  'mdx-syntax',
  'mdx-expression',
  'mdx-import',
  'fit-weight',
  'fit-unreachable-track',
  ...CHECK_RULES,
] as const;
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export type CheckRule = (typeof CHECK_RULES)[number];
export const CHECK_LEVELS = ['off', 'warning', 'error'] as const;
export type CheckLevel = (typeof CHECK_LEVELS)[number];
/** A framework's choices, by rule; rules left out keep their default (a warning). */
export type CheckPolicy = { [K in CheckRule]?: CheckLevel | undefined };

/**
 * The diagnostics as the framework's policy has them: a rule it turned off is dropped, one it set
 * is that severity. With `strict` (CI), every other warning becomes an error; a rule the framework
 * set to `warning` on purpose stays one.
 */
export function applyPolicy(items: readonly Diagnostic[], policy: CheckPolicy, strict = false): Diagnostic[] {
  return items.flatMap((d): Diagnostic[] => {
    const chosen = (policy as Partial<Record<string, CheckLevel>>)[d.code];
    if (chosen === 'off') return [];
    if (chosen !== undefined) return [{ ...d, severity: chosen }];
    return [strict && d.severity === 'warning' ? { ...d, severity: 'error' } : d];
  });
}

export interface Diagnostic {
  severity: Severity;
  code: DiagnosticCode;
  /** Path of the file relative to the content folder, e.g. `levels/cs-senior.md`. */
  file: string;
  /** Dotted path of the field, e.g. `expectations.complaint-handling`; empty for the whole file. */
  field: string;
  /** What is wrong, in plain words. */
  message: string;
  /** The likely fix, e.g. "did you mean `complaint-handling`?". */
  fix?: string;
  /** 1-based line in the file, when known. */
  line?: number;
}

/** Collects diagnostics; passed through every check. */
export class DiagnosticList {
  readonly items: Diagnostic[] = [];

  error(code: DiagnosticCode, file: string, field: string, message: string, fix?: string): void {
    this.items.push(withFix({ severity: 'error', code, file, field, message }, fix));
  }

  warn(code: DiagnosticCode, file: string, field: string, message: string, fix?: string): void {
    this.items.push(withFix({ severity: 'warning', code, file, field, message }, fix));
  }

  add(diagnostic: Diagnostic): void {
    this.items.push(diagnostic);
  }

  get errors(): Diagnostic[] {
    return this.items.filter((d) => d.severity === 'error');
  }

  get warnings(): Diagnostic[] {
    return this.items.filter((d) => d.severity === 'warning');
  }
}

function withFix(d: Diagnostic, fix: string | undefined): Diagnostic {
  return fix === undefined ? d : { ...d, fix };
}

/**
 * A field as messages name it: keys joined by dots, list items by their index in brackets
 * (`indicators.1[2]`: the third indicator of step 1; `promotion.metrics[0].target`).
 */
export function fieldPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out === '' ? part : `${out}.${part}`),
    '',
  );
}

/**
 * The known id closest to a mistyped one, if it is close enough to be a plausible typo or rename
 * (`complaint-handeling` → `complaint-handling`, `complaints` → `complaint-handling`, `IC4` → `ic4`).
 */
export function suggestId(typed: string, known: Iterable<string>): string | undefined {
  const candidates = [...known];
  if (candidates.length === 0) return undefined;
  // Ids are lower case; `IC4` for `ic4` is a matter of case, however short.
  const wrong = typed.toLowerCase();
  const sameButCase = candidates.find((c) => c.toLowerCase() === wrong);
  if (sameButCase !== undefined) return sameButCase === typed ? undefined : sameButCase;
  // A rename usually keeps a word: prefer a candidate that shares one.
  const words = wrong.split('-').filter((w) => w.length > 3);
  const related = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);
  const sharing = candidates.filter((c) => c.split('-').some((w) => w.length > 3 && words.some((x) => related(w, x))));
  const pool = sharing.length > 0 ? sharing : candidates;
  const best = closest(wrong, pool);
  // Short ids like `g9` are too alike for a guess to help: list them instead.
  if (wrong.length <= 3) return undefined;
  const tolerance = Math.max(2, Math.ceil(Math.max(wrong.length, best.length) * 0.4));
  return sharing.length > 0 || distance(wrong, best) <= tolerance ? best : undefined;
}

/** A "did you mean …?" fix, or the list of valid ids when nothing is close. */
export function unknownIdFix(wrong: string, known: Iterable<string>, createHint?: string): string {
  const list = [...known].sort();
  const suggestion = suggestId(wrong, list);
  if (suggestion !== undefined) return `did you mean \`${suggestion}\`?`;
  if (list.length === 0) return createHint ?? 'none are defined yet';
  const shown = list
    .slice(0, 12)
    .map((id) => `\`${id}\``)
    .join(', ');
  const more = list.length > 12 ? `, … (${list.length} in all)` : '';
  return `use one of ${shown}${more}${createHint ? `, or ${createHint}` : ''}`;
}

/** Sorts diagnostics by file, then errors before warnings, then field, for stable output. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      a.field.localeCompare(b.field) ||
      a.message.localeCompare(b.message),
  );
}

/** One diagnostic as a line (or two) of plain text: `file:line  field  message\n    fix: …`. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line === undefined ? d.file : `${d.file}:${d.line}`;
  const field = d.field === '' ? '' : ` › ${d.field}`;
  const head = `${d.severity === 'error' ? 'error' : 'warning'} ${where}${field}: ${d.message}`;
  return d.fix === undefined ? head : `${head}\n    fix: ${d.fix}`;
}
