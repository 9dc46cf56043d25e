/**
 * Two assessments side by side (e.g. one's own and the team lead's): per competency the two ratings
 * and whether they disagree. Pure.
 */
import type { Framework } from '../framework/model.ts';
import type { AssessmentState } from './state.ts';

export interface RatingComparison {
  competency: string;
  /** Step the first assessment's target expects; null when it expects none. */
  expected: number | null;
  first: number | null;
  second: number | null;
  /** second − first, when both rated. */
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
 * Compares ratings over what the first assessment's target expects: a rating for a competency the
 * target does not expect is hidden on the form, so it never counts as a disagreement. Without a
 * target, over everything either rated.
 */
export function compareAssessments(
  framework: Framework,
  first: AssessmentState,
  second: AssessmentState,
): AssessmentComparison {
  const target = framework.levels.find((l) => l.id === first.target);
  const expected = new Map(target?.expectations.map((e) => [e.competency, e.step]) ?? []);
  const rows = framework.competencies
    .filter((c) =>
      target === undefined
        ? first.ratings[c.id] !== undefined || second.ratings[c.id] !== undefined
        : expected.has(c.id),
    )
    .map((c): RatingComparison => {
      const a = first.ratings[c.id] ?? null;
      const b = second.ratings[c.id] ?? null;
      const difference = a === null || b === null ? null : b - a;
      return {
        competency: c.id,
        expected: expected.get(c.id) ?? null,
        first: a,
        second: b,
        difference,
        disagree: difference === null ? a !== b : difference !== 0,
      };
    });
  return { sameTarget: first.target === second.target, rows, disagreements: rows.filter((r) => r.disagree).length };
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
