/**
 * Two assessments side by side (e.g. one's own and the team lead's): per competency the two ratings
 * and whether they disagree. Pure.
 */
import type { Framework } from '../framework/model.ts';
import { levelRows } from '../framework/queries.ts';
import type { RowScale } from '../framework/queries.ts';
import { ratedRow } from './rated-row.ts';
import type { AssessmentState } from './state.ts';

export interface RatingComparison {
  competency: string;
  /**
   * `steps`: the two steps; `criteria`: the two ratings on the criteria scale of a competency the
   * target states a criterion for and no step (indexes into `criteriaScale.ratings`).
   */
  scale: RowScale;
  /** Step the first assessment's target expects (criteria: the first rating that counts as met); null when it expects none. */
  expected: number | null;
  first: number | null;
  second: number | null;
  /** second − first, when both rated (criteria: ratings apart on the criteria scale). */
  difference: number | null;
  /** Rated differently, or rated by one of the two only. */
  disagree: boolean;
}

export interface AssessmentComparison {
  /** Both assessments aim at the same target level. */
  sameTarget: boolean;
  rows: RatingComparison[];
  disagreements: number;
}

/**
 * Compares ratings over what the first assessment's target expects, a criterion-only competency on
 * the criteria scale: a rating for a competency the target does not expect is hidden on the form, so
 * it never counts as a disagreement. Without a target, over every step either rated.
 */
export function compareAssessments(
  framework: Framework,
  first: AssessmentState,
  second: AssessmentState,
): AssessmentComparison {
  const targeted = framework.levels.some((l) => l.id === first.target);
  const rows = targeted
    ? levelRows(framework, first.target ?? '').flatMap((row) => {
        const [a, b] = [ratedRow(framework, row, first), ratedRow(framework, row, second)];
        return a === null ? [] : [compared(row.competency, a.scale, a.expected, a.self, b?.self ?? null)];
      })
    : untargetedRows(framework, first, second);
  return { sameTarget: first.target === second.target, rows, disagreements: rows.filter((r) => r.disagree).length };
}

function untargetedRows(framework: Framework, first: AssessmentState, second: AssessmentState): RatingComparison[] {
  return framework.competencies
    .filter((c) => first.ratings[c.id] !== undefined || second.ratings[c.id] !== undefined)
    .map((c) => compared(c.id, 'steps', null, first.ratings[c.id] ?? null, second.ratings[c.id] ?? null));
}

function compared(
  competency: string,
  scale: RowScale,
  expected: number | null,
  a: number | null,
  b: number | null,
): RatingComparison {
  const difference = a === null || b === null ? null : b - a;
  return {
    competency,
    scale,
    expected,
    first: a,
    second: b,
    difference,
    disagree: difference === null ? a !== b : difference !== 0,
  };
}

/** What a comparison calls the two assessments. */
export interface ComparisonNames {
  first: string;
  second: string;
}

/**
 * The names the person gave the two assessments (kept in their own state), else the other file's own
 * label, else the defaults ("You", "Your manager").
 */
export function comparisonNames(
  first: AssessmentState,
  second: AssessmentState,
  defaults: ComparisonNames,
): ComparisonNames {
  return {
    first: first.label.trim() || defaults.first,
    second: first.otherLabel.trim() || second.label.trim() || defaults.second,
  };
}
