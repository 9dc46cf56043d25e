import { describe, expect, it } from 'vitest';
import { formatDiagnostic, suggestId, unknownIdFix } from '../../src/framework/diagnostics.ts';

const competencies = ['communication', 'complaint-handling', 'coaching-others', 'product-knowledge', 'systems-tools'];

describe('suggestId', () => {
  it.each([
    ['complaint-handeling', 'complaint-handling'],
    ['complaints', 'complaint-handling'],
    ['handling-complaints', 'complaint-handling'],
    ['comunication', 'communication'],
    ['coaching', 'coaching-others'],
    ['product', 'product-knowledge'],
    ['g9', undefined],
    ['warehouse-logistics', undefined],
    ['Communication', 'communication'],
    ['COMPLAINT-HANDELING', 'complaint-handling'],
  ])('%s → %s', (wrong, expected) => {
    expect(suggestId(wrong, competencies)).toBe(expected);
  });

  it.each([
    ['IC4', 'ic4'],
    ['Ic2', 'ic2'],
    ['ic9', undefined],
  ])('short ids differing only in case: %s → %s', (wrong, expected) => {
    expect(suggestId(wrong, ['ic1', 'ic2', 'ic3', 'ic4', 'ic5'])).toBe(expected);
  });
});

describe('unknownIdFix', () => {
  it.each([
    ['comunication', competencies, undefined, 'did you mean `communication`?'],
    ['g9', ['g1', 'g2'], 'add it', 'use one of `g1`, `g2`, or add it'],
    ['x1', [], 'create it', 'create it'],
  ])('%s', (wrong, known, hint, expected) => {
    expect(unknownIdFix(wrong, known, hint)).toBe(expected);
  });
});

it('formats a diagnostic with file, line, field and fix', () => {
  expect(
    formatDiagnostic({
      severity: 'error',
      code: 'unknown-reference',
      file: 'levels/a.md',
      line: 4,
      field: 'track',
      message: 'unknown track `x`',
      fix: 'did you mean `y`?',
    }),
  ).toBe('error levels/a.md:4 › track: unknown track `x`\n    fix: did you mean `y`?');
});
