/**
 * The team view's downloads: the matrix and the training demand as CSV (one row a fact, for a
 * spreadsheet) and the whole view as Markdown, in the page's language (the caller passes the words)
 * and with the names as the page shows them (hidden names stay hidden). Names come from files anyone
 * could have written: a CSV cell never starts a formula, a Markdown cell never carries markup (the
 * self-assessment's export helpers).
 */
import type { Framework } from '../framework/model.ts';
import { indexFramework } from '../framework/queries.ts';
import { fill } from '../i18n/fill.ts';
import type { Verdict } from './engine.ts';
import { cell, csvText, literal } from './export.ts';
import {
  sortMatrix,
  UNMET_KINDS,
  VERDICTS,
  type MatrixCell,
  type MatrixSort,
  type Team,
  type UnmetKind,
} from './team.ts';

export interface TeamExportWords {
  title: string;
  person: string;
  target: string;
  area: string;
  competency: string;
  step: string;
  expected: string;
  gap: string;
  totalGap: string;
  matrixTitle: string;
  demandTitle: string;
  coachingTitle: string;
  readinessTitle: string;
  rank: string;
  training: string;
  people: string;
  steps: string;
  hours: string;
  totalHours: string;
  /** Said instead of hours for a training whose effort the handbook does not give. */
  effortUnknown: string;
  prerequisites: string;
  helps: string;
  verdict: string;
  verdicts: Record<Verdict, string>;
  unmet: Record<UnmetKind, string>;
  /** The list separator of the page's language ("、" in Chinese). */
  separator: string;
  /** "Made with {count} assessments; handbook version {version}." */
  summary: string;
}

/**
 * A matrix cell in a few characters: `2/3 −1`, `3/3 ✓`, `—` where the target expects nothing. A
 * criterion (the target's own words, rated on the criteria scale) shows the rating's name instead of
 * numbers, `Working towards −1` or `Exceeding ✓`: every criterion is met at the same rating.
 */
export function cellText(c: MatrixCell, ratings: readonly { label: string }[] = []): string {
  if (c.expected === null) return '—';
  const self =
    c.scale === 'criteria'
      ? c.self === null
        ? '?'
        : (ratings[c.self]?.label ?? String(c.self))
      : `${c.self ?? '?'}/${c.expected}`;
  return c.gap > 0 ? `${self} −${c.gap}` : `${self} ✓`;
}

function namer(framework: Framework) {
  const { levels, competencies, trainings } = indexFramework(framework);
  return {
    level: (id: string) => levels.get(id)?.title ?? id,
    competency: (id: string) => competencies.get(id)?.label ?? id,
    training: (id: string) => trainings.get(id)?.title ?? id,
    area: (id: string) => framework.areas.find((a) => a.id === id)?.label ?? id,
  };
}

/** One row per person and expected competency: person, target, area, competency, step, expected, gap. */
export function teamMatrixCsv(framework: Framework, team: Team, words: TeamExportWords, by: MatrixSort): string {
  const name = namer(framework);
  // A criterion is rated on the criteria scale: its cells name the rating (`Working towards`).
  const rating = (n: number | null) => (n === null ? '' : (framework.criteriaScale.ratings[n]?.label ?? n));
  const rows = sortMatrix(framework, team.matrix, by).flatMap((row) =>
    team.areas.flatMap((a) =>
      a.competencies.flatMap((id) => {
        const c = row.cells[id];
        if (c === undefined || c.expected === null) return [];
        return [
          [
            row.member.label,
            name.level(row.target),
            name.area(a.area),
            name.competency(id),
            ...(c.scale === 'criteria' ? [rating(c.self), rating(c.expected)] : [c.self ?? '', c.expected]),
            c.gap,
          ],
        ];
      }),
    ),
  );
  return csvText(
    [words.person, words.target, words.area, words.competency, words.step, words.expected, words.gap],
    rows,
  );
}

/** One row per training, in the ranking's order. */
export function teamDemandCsv(framework: Framework, team: Team, words: TeamExportWords): string {
  const name = namer(framework);
  const rows = team.demand.map((d, i) => [
    i + 1,
    name.training(d.training),
    d.helps.length,
    d.steps,
    d.hours ?? words.effortUnknown,
    d.totalHours ?? words.effortUnknown,
    d.prerequisites.map(name.training).join(words.separator),
    d.helps.join(words.separator),
  ]);
  return csvText(demandColumns(words), rows);
}

/** The training demand's columns, in the order the page and the CSV show them. */
export const demandColumns = (words: TeamExportWords): string[] => [
  words.rank,
  words.training,
  words.people,
  words.steps,
  words.hours,
  words.totalHours,
  words.prerequisites,
  words.helps,
];

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const rule = (n: number) => row(Array.from({ length: n }, () => '---'));

/** The summary, the matrix, the training demand, the coaching needs and the readiness, as Markdown. */
export function teamMarkdown(framework: Framework, team: Team, words: TeamExportWords, by: MatrixSort): string {
  const name = namer(framework);
  const columns = team.areas.flatMap((a) => a.competencies);
  const lines = [
    `# ${words.title}`,
    '',
    fill(words.summary, { count: team.matrix.length, version: framework.version }),
    '',
    `## ${words.matrixTitle}`,
    '',
    row([words.person, words.target, words.totalGap, ...columns.map((id) => cell(name.competency(id)))]),
    rule(columns.length + 3),
    ...sortMatrix(framework, team.matrix, by).map((r) =>
      row([
        literal(r.member.label),
        cell(name.level(r.target)),
        r.totalGap,
        ...columns.map((id) => {
          const c = r.cells[id];
          return c === undefined ? '—' : cellText(c, framework.criteriaScale.ratings);
        }),
      ]),
    ),
    '',
    `## ${words.demandTitle}`,
    '',
    row([words.rank, words.training, words.people, words.steps, words.totalHours, words.prerequisites, words.helps]),
    rule(7),
    ...team.demand.map((d, i) =>
      row([
        i + 1,
        cell(name.training(d.training)),
        d.helps.length,
        d.steps,
        d.totalHours ?? words.effortUnknown,
        cell(d.prerequisites.map(name.training).join(words.separator)),
        literal(d.helps.join(words.separator)),
      ]),
    ),
  ];
  if (team.coaching.length > 0) {
    lines.push('', `## ${words.coachingTitle}`, '');
    for (const need of team.coaching)
      lines.push(`- ${cell(name.competency(need.competency))}: ${literal(need.helps.join(words.separator))}`);
  }
  // With the verdict policy `off`, nobody gets a ready or not-ready label: the open items remain.
  const verdicts = framework.verdict.policy !== 'off';
  lines.push(
    '',
    `## ${words.readinessTitle}`,
    '',
    row([words.person, words.target, ...(verdicts ? [words.verdict] : []), ...UNMET_KINDS.map((k) => words.unmet[k])]),
    rule(UNMET_KINDS.length + (verdicts ? 3 : 2)),
    ...team.readiness.map((r) =>
      row([
        literal(r.member.label),
        cell(name.level(r.member.evaluation.target)),
        ...(verdicts ? [words.verdicts[r.verdict]] : []),
        ...UNMET_KINDS.map((k) => r.unmet[k]),
      ]),
    ),
    ...(verdicts
      ? [
          '',
          row(VERDICTS.map((v) => words.verdicts[v])),
          rule(VERDICTS.length),
          row(VERDICTS.map((v) => team.distribution[v])),
        ]
      : []),
  );
  return `${lines.join('\n')}\n`;
}
