/** The words the export tests pass to `toCsv` and `toMarkdown`, as a page would in English. */
import type { ExportWords } from '../../src/assessment/export.ts';

export const EXPORT_WORDS: ExportWords = {
  competency: 'Competency',
  expected: 'Expected',
  self: 'You',
  gap: 'Gap',
  note: 'Evidence',
  verdict: 'Verdict',
  indicative: 'This verdict is indicative.',
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
  compare: {
    title: '{first} compared with {second}',
    column: 'Agreement',
    agree: 'agree',
    ratedDifferently: 'rated differently',
  },
  verdicts: { ready: 'Ready', 'nearly-ready': 'Nearly ready', 'not-yet': 'Not yet' },
  statuses: { met: 'Met', 'not-met': 'Not met', unknown: 'Unknown' },
  title: 'Self-assessment',
};
