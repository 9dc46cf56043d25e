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

describe('what a person typed is inert in every export', () => {
  const notes = {
    communication: '=HYPERLINK("https://example.com/x","open")',
    'complaint-handling': '<img src=x onerror=alert(1)> [click](javascript:alert(1)) **bold** | pipe \\ back',
  };
  const typed = { ...state, notes };
  const typedResult = evaluate(en, typed) as Evaluation;

  it('a CSV cell never starts a formula, and reads back as the text typed (after the quote mark)', () => {
    const rows = Papa.parse<string[]>(toCsv(en, typed, typedResult, words).trim()).data;
    const cells = rows.slice(1).map((r) => r[4] ?? '');
    expect(cells[0]).toBe(`'${notes.communication}`);
    for (const c of cells) expect(c).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('Markdown carries no HTML tag, link or emphasis, and keeps the table intact', () => {
    const md = toMarkdown(en, typed, typedResult, words);
    const row = md.split('\n').find((l) => l.startsWith('| Complaint handling')) ?? '';
    expect(row).not.toMatch(/<img|\]\(javascript:/);
    expect(row).toContain(
      '&lt;img src=x onerror=alert\\(1\\)&gt; \\[click\\]\\(javascript:alert\\(1\\)\\) \\*\\*bold\\*\\*',
    );
    // Five cells: the pipe typed in the note is escaped, not a column break.
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(5);
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
      // Coaching is not expected by the target: rated on the other form, it is not a disagreement.
      { communication: 1 },
      { communication: 2, coaching: 1 },
      [
        [1, true],
        [null, false],
      ],
      1,
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
