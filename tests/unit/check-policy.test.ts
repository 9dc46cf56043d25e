/**
 * The check policy (`checks:` in framework.yaml): each rule that warns can be turned off, kept a
 * warning or made an error; strict mode (CI) makes every other warning an error; the report says
 * which policy it applied.
 */
import { appendFileSync, cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyPolicy, type CheckPolicy, type Diagnostic } from '../../src/framework/diagnostics.ts';
import { checkContent } from '../../src/node/check-content.ts';
import { formatReport } from '../../src/node/report.ts';
import { copyToTemp, FIXTURES } from '../helpers/content.ts';
import { BASE } from '../helpers/content.ts';

const warning = (code: Diagnostic['code']): Diagnostic => ({
  severity: 'warning',
  code,
  file: 'levels/a.md',
  field: 'responsibilities',
  message: 'm',
});
const error = { ...warning('unknown-reference'), severity: 'error' as const };

describe('applyPolicy', () => {
  it.each<[string, CheckPolicy, boolean, Diagnostic[], (Diagnostic['severity'] | 'dropped')[]]>([
    ['defaults keep warnings', {}, false, [warning('empty-responsibilities'), error], ['warning', 'error']],
    ['strict makes warnings errors', {}, true, [warning('empty-responsibilities')], ['error']],
    ['off drops the rule', { 'empty-responsibilities': 'off' }, true, [warning('empty-responsibilities')], ['dropped']],
    ['error fails on it', { 'expectation-drop': 'error' }, false, [warning('expectation-drop')], ['error']],
    [
      'a chosen warning stays one under strict',
      { 'duplicate-indicator': 'warning' },
      true,
      [warning('duplicate-indicator')],
      ['warning'],
    ],
    ['a policy never touches errors', { 'empty-responsibilities': 'off' }, false, [error], ['error']],
  ])('%s', (_, policy, strict, items, expected) => {
    const out = applyPolicy(items, policy, strict);
    const severities = items.map((d) => out.find((o) => o.code === d.code && o.file === d.file)?.severity ?? 'dropped');
    expect(severities).toEqual(expected);
  });
});

describe('a framework with a policy', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  /** The base fixture with a level that lists no responsibilities, and the given `checks:`. */
  const framework = (checks: string) => {
    const dir = copyToTemp(BASE);
    dirs.push(dir);
    cpSync(join(FIXTURES, 'broken/empty-responsibilities/content'), dir, { recursive: true });
    appendFileSync(join(dir, 'framework.yaml'), `checks:\n${checks}`);
    return dir;
  };

  it('turns a rule off, says so, and passes even in strict mode', async () => {
    const result = await checkContent(framework('  empty-responsibilities: off\n'), { strict: true });
    expect(result.diagnostics).toEqual([]);
    expect(formatReport(result).split('\n')[0]).toBe('Check policy from framework.yaml: `empty-responsibilities` off.');
  });

  it('makes a rule an error, which stops publishing', async () => {
    const result = await checkContent(framework('  empty-responsibilities: error\n'));
    expect(result.errorCount).toBe(1);
    expect(result.frameworks).toBeNull();
  });

  it.each([
    [
      '  empty-responsibility: off\n',
      'checks.empty-responsibility',
      'unknown field `empty-responsibility`',
      'did you mean `empty-responsibilities`?',
    ],
    [
      '  expectation-drop: fatal\n',
      'checks.expectation-drop',
      '`fatal` is not allowed here',
      'use one of `off`, `warning`, `error`',
    ],
  ])('reports a bad policy with the field and the fix: %j', async (checks, field, message, fix) => {
    const result = await checkContent(framework(checks));
    const d = result.diagnostics.find((x) => x.field === field);
    expect(d).toMatchObject({ severity: 'error', file: 'framework.yaml', message });
    expect(d?.fix).toContain(fix);
  });
});
