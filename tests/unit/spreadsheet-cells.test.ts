/** Cells a spreadsheet changed or would run: which texts count as a formula or an error value. */
import { describe, expect, it } from 'vitest';
import { cellProblem } from '../../src/node/spreadsheet/cells.ts';

const at = { row: 2, column: 'summary', cell: 'I2' };

describe('cellProblem', () => {
  it.each([
    '=HYPERLINK("x")',
    '@SUM(A1)',
    '+1 more',
    '-Notes',
    '-(1)',
    '#NAME?',
    '#value!',
    '#DIV/0!',
    '#N/A',
    '#REF!',
  ])('%s is refused', (cell) => {
    expect(cellProblem(cell, at)?.cell).toBe('I2');
  });
  it.each(['-1', '- a list item', '', 'Plain text = fine', '#1 priority', "'=escaped by an export"])(
    '%s is text',
    (cell) => {
      expect(cellProblem(cell, at)).toBeUndefined();
    },
  );
});
