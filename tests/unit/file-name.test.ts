/** What a downloaded assessment is called: a team lead's files told apart by name and target. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../src/assessment/file-name.ts';

describe('exportFileName', () => {
  it.each([
    [{ name: 'Li Wei', target: 'ic3' }, 'json', 'assessment-Li Wei-ic3.json'],
    [{ name: '', target: 'ic3' }, 'md', 'assessment-ic3.md'],
    [{ name: '  王 小明 ', target: null }, 'csv', 'assessment-王 小明.csv'],
    [{ name: 'A/B: "x"?', target: 'cs-senior' }, 'json', 'assessment-A B x-cs-senior.json'],
    [{ name: '', target: null }, 'json', 'assessment.json'],
  ])('%j, %s → %s', (state, extension, expected) => {
    expect(exportFileName(state, extension)).toBe(expected);
  });

  it('never holds a character a file system refuses, and keeps the extension', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.option(fc.constantFrom('ic3', 'cs-senior')), (name, target) => {
        const file = exportFileName({ name, target }, 'json');
        expect(file).toMatch(/^assessment(-.+)?\.json$/);
        expect(file).not.toMatch(/[\\/:*?"<>|\u0000-\u001f\u007f]/);
        expect(file.length).toBeLessThanOrEqual('assessment--cs-senior.json'.length + 40);
      }),
    );
  });
});
