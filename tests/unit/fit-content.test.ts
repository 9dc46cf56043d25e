/**
 * The career-fit collection in the framework model: optional, translated like every collection,
 * in the coverage report, and versioned apart from the framework (a re-weighted question must not
 * make saved self-assessments look outdated).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/node/check-content.ts';
import { coverageTable, summary } from '../../src/node/report.ts';
import { BASE, copyToTemp, SERVICE } from '../helpers/content.ts';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** The Service Advance Track fixture with `edit` applied to one of its files. */
function serviceWith(file: string, edit: (text: string) => string): string {
  const dir = copyToTemp(SERVICE);
  temps.push(dir);
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

describe('a handbook without fit questions', () => {
  it('is valid and has an empty questionnaire', async () => {
    const result = await checkContent(BASE, { strict: true });
    expect(result.diagnostics).toEqual([]);
    expect(result.frameworks?.en?.fit.questions).toEqual([]);
    expect(summary(result.frameworks?.en as never)).not.toContain('fit question');
  });
});

describe('the Service Advance Track fixture', async () => {
  const { frameworks } = await checkContent(SERVICE, { strict: true });
  const en = frameworks?.['en'];
  const zh = frameworks?.['zh-cn'];

  it('orders the questions and gives the Chinese text with the same weights', () => {
    expect(en?.fit.questions[0]?.id).toBe('busy-queue');
    expect(zh?.fit.questions.map((q) => q.id)).toEqual(en?.fit.questions.map((q) => q.id));
    const [first] = zh?.fit.questions ?? [];
    expect(first?.title).toBe('排队的来电越来越多，电话响个不停。这时候是什么让你干劲十足？');
    expect(first?.fallback).toBe(false);
    expect(first?.options.map((o) => o.tracks)).toEqual(en?.fit.questions[0]?.options.map((o) => o.tracks));
  });

  it('counts the questions in the summary', () => {
    expect(summary(en as never)).toContain('10 fit questions');
  });

  it('gives the questionnaire one version in every locale, apart from the framework version', () => {
    expect(en?.fit.version).toMatch(/^[0-9a-f]{12}$/);
    expect(zh?.fit.version).toBe(en?.fit.version);
    expect(en?.fit.version).not.toBe(en?.version);
  });

  it('keeps both versions when only the wording of a question changes', async () => {
    const dir = serviceWith('fit/pace.md', (t) => t.replace('Which rhythm of work', 'What rhythm of work'));
    const changed = (await checkContent(dir)).frameworks?.['en'];
    expect(changed?.fit.version).toBe(en?.fit.version);
    expect(changed?.version).toBe(en?.version);
  });

  it('changes only the fit version when a weight changes', async () => {
    const dir = serviceWith('fit/pace.md', (t) => t.replace('customer-service: 3', 'customer-service: 2'));
    const changed = (await checkContent(dir)).frameworks?.['en'];
    expect(changed?.fit.version).not.toBe(en?.fit.version);
    expect(changed?.version).toBe(en?.version);
  });
});

describe('translation coverage', () => {
  it('lists a fit question whose answers are not translated yet', async () => {
    const dir = serviceWith('translations/zh-cn/fit/pace.md', () => '---\ntitle: 哪种工作节奏最适合你？\n---\n');
    const result = await checkContent(dir);
    expect(result.errorCount).toBe(0);
    const table = coverageTable(Object.values(result.frameworks ?? {}));
    expect(table).toMatch(/zh-cn\s+translations\/zh-cn\/fit\/pace\.md\s+options$/m);
  });
});
