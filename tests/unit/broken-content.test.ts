/**
 * Every broken-content fixture is a realistic authoring mistake laid over the valid base fixture.
 * For each, the check must report exactly the expected problems (file, code, field, message, fix) —
 * no more errors, no fewer — and never throw.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/framework/diagnostics.ts';
import { checkContent } from '../../src/node/check-content.ts';
import { BASE, FIXTURES, materialiseCase, readCase } from '../helpers/content.ts';

const names = readdirSync(join(FIXTURES, 'broken')).sort();
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('the base fixture', () => {
  it('is valid, without warnings', async () => {
    const result = await checkContent(BASE, { strict: true });
    expect(result.diagnostics).toEqual([]);
    expect(result.frameworks?.en?.levels.length).toBe(4);
  });
});

it('has at least 25 broken-content fixtures', () => {
  expect(names.length).toBeGreaterThanOrEqual(25);
});

describe.each(names)('broken content: %s', (name) => {
  const c = readCase(name);

  it(c.description, async () => {
    const dir = materialiseCase(c);
    temps.push(dir);
    const result = await checkContent(dir);
    const found = result.diagnostics;

    for (const e of c.expect) {
      const match = found.find(
        (d) =>
          d.file === e.file &&
          d.code === e.code &&
          d.severity === e.severity &&
          (e.field === undefined || e.field === '' || d.field === e.field) &&
          (e.line === undefined || d.line === e.line) &&
          d.message.includes(e.message) &&
          (e.fix === undefined || (d.fix ?? '').includes(e.fix)),
      );
      expect(match, `expected ${JSON.stringify(e)}\nfound:\n${found.map(formatDiagnostic).join('\n')}`).toBeDefined();
    }
    // No other errors: one mistake gives one message, not a cascade.
    const expectedErrors = c.expect.filter((e) => e.severity === 'error').length;
    expect(result.errorCount, found.map(formatDiagnostic).join('\n')).toBe(expectedErrors);
    const expectedWarnings = c.expect.filter((e) => e.severity === 'warning').length;
    expect(result.warningCount, found.map(formatDiagnostic).join('\n')).toBe(expectedWarnings);
    if (expectedErrors > 0) expect(result.frameworks).toBeNull();
  });
});

describe('several mistakes in several files', () => {
  it('are all reported in one run, each with its own file', async () => {
    const c = readCase('several-mistakes');
    const dir = materialiseCase(c);
    temps.push(dir);
    const result = await checkContent(dir);
    const files = new Set(result.diagnostics.map((d) => d.file));
    expect(files.size).toBeGreaterThanOrEqual(5);
    expect(result.errorCount).toBe(c.expect.length);
  });
});

describe('lines', () => {
  it('are given for every diagnostic that names a field', async () => {
    const unplaced: string[] = [];
    for (const name of names) {
      const dir = materialiseCase(readCase(name));
      temps.push(dir);
      for (const d of (await checkContent(dir)).diagnostics) {
        if (d.field !== '' && d.line === undefined) unplaced.push(`${name}: ${formatDiagnostic(d)}`);
      }
    }
    expect(unplaced).toEqual([]);
  });
});

describe('messages', () => {
  it('read the same as before (snapshot of every fixture’s report)', async () => {
    const reports: Record<string, string[]> = {};
    for (const name of names) {
      const dir = materialiseCase(readCase(name));
      temps.push(dir);
      reports[name] = (await checkContent(dir)).diagnostics.map(formatDiagnostic);
    }
    expect(reports).toMatchSnapshot();
  });
});
