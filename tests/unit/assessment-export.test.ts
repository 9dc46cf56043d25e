/** CSV and Markdown exports, and comparing two assessments, on the base fixture. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { compareAssessments } from '../../src/assessment/compare.ts';
import { evaluate, type Evaluation } from '../../src/assessment/engine.ts';
import { toCsv, toMarkdown, type ExportWords } from '../../src/assessment/export.ts';
import { emptyState, type AssessmentState } from '../../src/assessment/state.ts';
import type { Framework } from '../../src/framework/model.ts';
import { checkContent } from '../../src/node/check-content.ts';
import { BASE } from '../helpers/content.ts';

const en = (await checkContent(BASE)).frameworks?.en as Framework;
const words: ExportWords = {
  competency: 'Competency',
  expected: 'Expected',
  self: 'You',
  gap: 'Gap',
  note: 'Evidence',
  verdict: 'Verdict',
  readiness: 'Readiness',
  plan: 'Plan',
  criteria: 'Criteria',
  verdicts: { ready: 'Ready', 'nearly-ready': 'Nearly ready', 'not-yet': 'Not yet' },
  statuses: { met: 'Met', 'not-met': 'Not met', unknown: 'Unknown' },
  title: 'Self-assessment',
};
const state: AssessmentState = {
  ...emptyState(en.version, new Date('2026-11-23T10:00:00Z')),
  current: 'agent-1',
  target: 'agent-2',
  ratings: { communication: 1, 'complaint-handling': 1 },
  notes: { 'complaint-handling': 'Handled "the Smith case", badly, then well\nnext day' },
};
const result = evaluate(en, state) as Evaluation;

describe('exports', () => {
  it('writes a CSV that a spreadsheet reads back with the same cells', () => {
    const parsed = Papa.parse<string[]>(toCsv(en, state, result, words).trim()).data;
    expect(parsed).toEqual([
      ['Competency', 'Expected', 'You', 'Gap', 'Evidence'],
      ['Communication', '1', '1', '0', ''],
      ['Complaint handling', '2', '1', '1', 'Handled "the Smith case", badly, then well\nnext day'],
    ]);
  });

  it('writes a Markdown report with verdict, table, criteria and plan', () => {
    const md = toMarkdown(en, state, result, words);
    expect(md).toContain('# Self-assessment: Agent II');
    expect(md).toContain('**Verdict:** Nearly ready');
    expect(md).toContain('| Complaint handling | 2 | 1 | 1 | Handled "the Smith case", badly, then well next day |');
    expect(md).toContain('- Not met: Basics course');
    expect(md).toContain('1. Basics course (24 h)\n2. Complaints workshop (8 h)');
  });
});

describe('comparing two assessments', () => {
  it.each([
    [
      { communication: 1, 'complaint-handling': 1 },
      { communication: 1, 'complaint-handling': 2 },
      [
        [0, false],
        [1, true],
      ],
      1,
    ],
    [
      { communication: 1 },
      { communication: 2, coaching: 1 },
      [
        [1, true],
        [null, false],
        [null, true],
      ],
      2,
    ],
    [
      { communication: 1, 'complaint-handling': 2 },
      { communication: 1, 'complaint-handling': 2 },
      [
        [0, false],
        [0, false],
      ],
      0,
    ],
  ] as const)('%j vs %j', (a, b, rows, disagreements) => {
    const first = { ...state, ratings: { ...a } };
    const second = { ...state, label: 'Team lead', ratings: { ...b } };
    const c = compareAssessments(en, first, second);
    expect(c.rows.map((r) => [r.difference, r.disagree])).toEqual(rows);
    expect(c.disagreements).toBe(disagreements);
    expect(c.sameTarget).toBe(true);
  });
});
