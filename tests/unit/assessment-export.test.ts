/** CSV and Markdown exports, and comparing two assessments, on the base fixture. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { compareAssessments, comparisonNames } from '../../src/assessment/compare.ts';
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
  criteria: 'Promotion criteria',
  lateralCriteria: 'Entry conditions',
  kpis: {
    current: 'Performance in your current level',
    target: 'Expected while at {target}',
    note: 'These bands describe performance while in a level; they do not change the verdict.',
  },
  criterion: {
    months: 'At least {months} months in your level (you: {actual})',
    metric: '{metric} {target} (you: {actual})',
    training: 'Training completed: {training}',
    assessment: 'Assessment passed: {assessment}',
    monthsAtNext: 'Performing at the next level for at least {months} months (you: {actual})',
    kpi: '{metric}: {band} (you: {actual})',
    band: { perHour: '{value} per hour', min: 'at least {min}', max: 'at most {max}' },
  },
  effort: {
    hours: '{hours} h',
    unknown: 'effort unknown',
    total: 'About {hours} in all.',
    atLeast: 'At least {hours} in all: the handbook does not give the effort of every training in the plan.',
  },
  about: {
    bandTitle: '{band} · {title}',
    name: 'Name',
    current: 'Current level',
    noCurrent: 'Not on the ladder yet',
    target: 'Target level',
    date: 'Date',
    version: 'Handbook version',
  },
  compare: { title: '{first} compared with {second}', column: 'Agreement', agree: 'agree' },
  verdicts: { ready: 'Ready', 'nearly-ready': 'Nearly ready', 'not-yet': 'Not yet' },
  statuses: { met: 'Met', 'not-met': 'Not met', unknown: 'Unknown' },
  title: 'Self-assessment',
};
const state: AssessmentState = {
  ...emptyState(en.version, new Date('2026-11-23T10:00:00Z')),
  current: 'agent-1',
  target: 'agent-2',
  ratings: { communication: 1, 'complaint-handling': 1 },
  name: 'Li Wei',
  notes: { 'complaint-handling': 'Handled "the Smith case", badly, then well\nnext day' },
  facts: { ...emptyState(en.version).facts, monthsInLevel: 7 },
};
const result = evaluate(en, state) as Evaluation;
const DATE = '2 December 2026';
const about = ['Li Wei', 'Agent I', 'Agent II', DATE, en.version];

describe('exports', () => {
  it('writes a CSV that a spreadsheet reads back with the same cells', () => {
    const parsed = Papa.parse<string[]>(toCsv(en, state, result, words, DATE).trim()).data;
    expect(parsed).toEqual([
      [
        'Competency',
        'Expected',
        'You',
        'Gap',
        'Evidence',
        'Name',
        'Current level',
        'Target level',
        'Date',
        'Handbook version',
      ],
      ['Communication', '1', '1', '0', '', ...about],
      ['Complaint handling', '2', '1', '1', 'Handled "the Smith case", badly, then well\nnext day', ...about],
    ]);
  });

  it('keeps the name column empty when no name is given', () => {
    const parsed = Papa.parse<string[]>(toCsv(en, { ...state, name: '' }, result, words, DATE).trim()).data;
    expect(parsed[1]?.slice(5)).toEqual(['', ...about.slice(1)]);
  });

  it('writes a Markdown report with who and when, verdict, table, criteria as shown on screen, and plan', () => {
    const md = toMarkdown(en, state, result, words, DATE);
    expect(md).toContain('# Self-assessment: Agent II');
    expect(md).toContain(
      `**Name:** Li Wei  \n**Current level:** Agent I  \n**Target level:** Agent II  \n**Date:** 2 December 2026  \n**Handbook version:** ${en.version}  \n`,
    );
    expect(md).toContain('**Verdict:** Nearly ready');
    expect(md).toContain('| Complaint handling | 2 | 1 | 1 | Handled "the Smith case", badly, then well next day |');
    expect(md).toContain('## Promotion criteria');
    expect(md).toContain('- Met: At least 6 months in your level (you: 7)');
    expect(md).toContain('- Not met: Training completed: Basics course');
    expect(md).toContain('1. Basics course (24 h)\n2. Complaints workshop (8 h)');
  });

  it('leaves out a name not given, and heads a lateral move\'s criteria "Entry conditions"', () => {
    const lateral = { ...state, name: '', current: 'agent-2', target: 'lead-1' };
    const md = toMarkdown(en, lateral, evaluate(en, lateral) as Evaluation, words, DATE);
    expect(md).not.toContain('**Name:**');
    expect(md).toContain('**Current level:** Agent II');
    expect(md).toContain('## Entry conditions');
    expect(md).not.toContain('## Promotion criteria');
  });

  it('writes a name as typed, never as Markdown', () => {
    const md = toMarkdown(en, { ...state, name: '**Li** <b>[x](y)' }, result, words, DATE);
    expect(md).toContain('**Name:** \\*\\*Li\\*\\* &lt;b&gt;\\[x\\]\\(y\\)  ');
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
    const rows = Papa.parse<string[]>(toCsv(en, typed, typedResult, words, DATE).trim()).data;
    const cells = rows.slice(1).map((r) => r[4] ?? '');
    expect(cells[0]).toBe(`'${notes.communication}`);
    for (const c of cells) expect(c).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('Markdown carries no HTML tag, link or emphasis, and keeps the table intact', () => {
    const md = toMarkdown(en, typed, typedResult, words, DATE);
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
  const defaults = { first: 'You', second: 'Your manager' };
  const manager = { ...state, label: 'Team lead', ratings: { communication: 1, 'complaint-handling': 2 } };

  it.each([
    ['the defaults', {}, { ...manager, label: '' }, defaults],
    ["the other file's own label", {}, manager, { first: 'You', second: 'Team lead' }],
    [
      'the names typed, over any label',
      { label: 'Li', otherLabel: 'Wang (manager)' },
      manager,
      { first: 'Li', second: 'Wang (manager)' },
    ],
  ])('names the two assessments: %s', (_case, mine, theirs, names) => {
    expect(comparisonNames({ ...state, ...mine }, theirs, defaults)).toEqual(names);
  });

  it('exports the comparison under the names given, in Markdown', () => {
    const names = { first: 'Li', second: 'Wang | manager' };
    const md = toMarkdown(en, state, result, words, DATE, { state: manager, names });
    expect(md).toContain('## Li compared with Wang \\| manager\n');
    expect(md).toContain('| Competency | Expected | Li | Wang \\| manager | Agreement |');
    expect(md).toContain('| Communication | 1 | 1 | 1 | agree |');
    expect(md).toContain('| Complaint handling | 2 | 1 | 2 | +1 |');
  });

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
