/**
 * How one row of a level is rated, on its own so that the form's first JavaScript (which compares two
 * assessments' ratings) does not carry the whole engine, which comes with the results.
 */
import type { Framework } from '../framework/model.ts';
import type { LevelRow, RowScale } from '../framework/queries.ts';
import { criterionKey, type AssessmentState } from './state.ts';

/**
 * How a level's row is rated: its step when it has one (a criterion beside it is only words), else its
 * criterion on the criteria scale; null for a row with neither.
 */
export function ratedRow(
  framework: Framework,
  row: LevelRow,
  state: AssessmentState,
): { scale: RowScale; key: string | null; expected: number; self: number | null } | null {
  if (row.expectation !== null) {
    return { scale: 'steps', key: null, expected: row.expectation.step, self: state.ratings[row.competency] ?? null };
  }
  if (row.criterion === null) return null;
  const key = criterionKey(row.criterion.setBy, row.competency);
  return { scale: 'criteria', key, expected: framework.criteriaScale.meets, self: state.criteria[key] ?? null };
}
