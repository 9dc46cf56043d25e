/**
 * The results as a spreadsheet (CSV) or a readable document (Markdown), in the page's language: the
 * caller passes the words. Pure; CSV quoting is left to papaparse. What a person typed (evidence
 * notes) is written as inert text in both: a CSV cell never starts a formula (papaparse's
 * `escapeFormulae`), and Markdown never carries live HTML or links.
 */
import Papa from 'papaparse';
import type { Framework } from '../framework/model.ts';
import { fill } from '../i18n/fill.ts';
import { compareAssessments, type ComparisonNames, type RatingComparison } from './compare.ts';
import {
  aboutAssessment,
  criterionText,
  effortText,
  kpiText,
  levelTitle,
  planEffortText,
  probationLength,
  readinessText,
  rowCriterion,
  rowValue,
  type AboutWords,
  type CriterionWords,
  type EffortWords,
  type ProbationWords,
} from './describe.ts';
import { shownVerdict, type Evaluation } from './engine.ts';
import type { AssessmentState } from './state.ts';

export interface ExportWords {
  competency: string;
  expected: string;
  self: string;
  gap: string;
  note: string;
  verdict: string;
  /** Said under the verdict when the framework's verdict policy is `indicative`. */
  indicative: string;
  readiness: string;
  /** "{met} of {total} expectations met ({share}); weighted readiness {score}." */
  readinessLine: string;
  plan: string;
  criteria: string;
  /** The criteria heading of a lateral move ("Entry conditions"). */
  lateralCriteria: string;
  /** Headings of the KPI bands: the current level's, the target's ("Expected while at {target}"). */
  kpis: { current: string; target: string; note: string };
  probation: ProbationWords;
  criterion: CriterionWords;
  about: AboutWords;
  effort: EffortWords;
  /**
   * The comparison's heading ("{first} compared with {second}"), column, "agree", and what a
   * criterion rated differently says (ratings on the criteria scale have no steps to count).
   */
  compare: { title: string; column: string; agree: string; ratedDifferently: string };
  /** Verdict and criterion status names. */
  verdicts: Record<Evaluation['verdict'], string>;
  statuses: Record<'met' | 'not-met' | 'unknown', string>;
  title: string;
}

/** The competency as every list names it: "K1 · Customer data protection". */
const competencyTitle = (framework: Framework, id: string) =>
  framework.competencies.find((c) => c.id === id)?.label ?? id;

/**
 * One row per expected competency: competency, expected, self, gap, evidence note, then who, what and
 * when (name, current and target level, date, handbook version) on every row, so several people's
 * exports can be pasted into one sheet. `date` is formatted in the page's language.
 */
export function toCsv(
  framework: Framework,
  state: AssessmentState,
  result: Evaluation,
  words: ExportWords,
  date: string,
): string {
  const about = aboutAssessment(framework, state, result, words.about, date);
  const rows = result.competencies.map((c) => [
    competencyTitle(framework, c.competency),
    rowValue(framework, c, c.expected),
    rowValue(framework, c, c.self),
    c.gap,
    state.notes[c.competency] ?? '',
    ...about.map(([, value]) => value),
  ]);
  const fields = [words.competency, words.expected, words.self, words.gap, words.note, ...about.map(([l]) => l)];
  return csvText(fields, rows);
}

/**
 * The start of a cell a spreadsheet would run as a formula. papaparse (`escapeFormulae`) writes such a
 * cell behind an apostrophe, which spreadsheets show as text; its own test misses a cell of several
 * lines, so this one is given instead, and the matrix import reads the apostrophe back off.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as written before `escapeFormulae` put an apostrophe in front of it. */
export function unescapeFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/**
 * A CSV file (quoting by papaparse) in which no cell starts a formula: anything a person typed that
 * begins with `=`, `+`, `-` or `@` is written as text.
 */
export function csvText(fields: string[], rows: (string | number)[][]): string {
  return `${Papa.unparse({ fields, data: rows }, { escapeFormulae: FORMULA_START })}\r\n`;
}

/** A table cell's text in Markdown: pipes escaped, on one line. */
export const cell = (text: string | number) => String(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** A person's text as Markdown that shows it literally: no HTML, links, images or emphasis. */
export const literal = (text: string) =>
  cell(
    text
      .replace(/([\\`*_[\]()!#~])/g, '\\$1')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;'),
  );

/** A short report to hand to a manager: who and when, verdict, readiness, the table, criteria, plan. */
export function toMarkdown(
  framework: Framework,
  state: AssessmentState,
  result: Evaluation,
  words: ExportWords,
  date: string,
  compared?: ComparedWith,
): string {
  const level = (id: string | null) => levelTitle(framework, id, words.about.bandTitle) ?? '';
  const training = (id: string) => framework.trainings.find((t) => t.id === id)?.title ?? id;
  const about = aboutAssessment(framework, state, result, words.about, date);
  const verdict = shownVerdict(result);
  const title = (c: Evaluation['competencies'][number]) => {
    const criterion = rowCriterion(framework, result.target, c);
    return cell(competencyTitle(framework, c.competency)) + (criterion === '' ? '' : `: ${cell(criterion)}`);
  };
  const lines = [
    `# ${words.title}: ${level(result.target)}`,
    '',
    ...about.filter(([, value]) => value !== '').map(([label, value]) => `**${label}:** ${literal(value)}  `),
    '',
    ...(verdict === null ? [] : [`**${words.verdict}:** ${words.verdicts[verdict]}  `]),
    ...(verdict !== null && result.policy === 'indicative' ? [`${words.indicative}  `] : []),
    `**${words.readiness}:** ${readinessText(framework.locale, result.readiness, words.readinessLine)}`,
    '',
    `| ${words.competency} | ${words.expected} | ${words.self} | ${words.gap} | ${words.note} |`,
    '| --- | --- | --- | --- | --- |',
    ...result.competencies.map(
      (c) =>
        `| ${title(c)} | ${cell(rowValue(framework, c, c.expected))} | ${cell(rowValue(framework, c, c.self))} | ${c.gap} | ${literal(state.notes[c.competency] ?? '')} |`,
    ),
  ];
  if (result.criteria.length > 0) {
    // A lateral move has entry conditions, not promotion criteria (as the results say).
    lines.push('', `## ${result.route === 'lateral' ? words.lateralCriteria : words.criteria}`, '');
    for (const c of result.criteria)
      lines.push(`- ${words.statuses[c.status]}: ${cell(criterionText(framework, c, words.criterion))}`);
  }
  lines.push(...kpiLines(framework, result, words, level(result.target)));
  lines.push(...probationLines(framework, result, words, level(result.target)));
  if (result.plan.length > 0) {
    lines.push('', `## ${words.plan}`, '');
    result.plan.forEach((p, i) =>
      lines.push(`${i + 1}. ${training(p.training)} (${effortText(p.hours, words.effort)})`),
    );
    lines.push('', planEffortText(result.plan, words.effort));
  }
  if (compared !== undefined) lines.push('', ...comparisonLines(framework, state, compared, words));
  return `${lines.join('\n')}\n`;
}

/** The KPI bands of the current and the target level with their status, and that they do not decide. */
function kpiLines(framework: Framework, result: Evaluation, words: ExportWords, target: string): string[] {
  const block = (heading: string, kpis: Evaluation['kpis']['current']) =>
    kpis.length === 0
      ? []
      : [
          '',
          `## ${heading}`,
          '',
          ...kpis.map((k) => `- ${words.statuses[k.status]}: ${cell(kpiText(framework, k, words.criterion))}`),
        ];
  const lines = [
    ...block(words.kpis.current, result.kpis.current),
    ...block(fill(words.kpis.target, { target: cell(target) }), result.kpis.target),
  ];
  return lines.length === 0 ? [] : [...lines, '', words.kpis.note];
}

/** The probations that concern the person: length, targets with their status, conditions; that none decides. */
function probationLines(framework: Framework, result: Evaluation, words: ExportWords, target: string): string[] {
  const w = words.probation;
  const block = (heading: string, p: Evaluation['probation']['current']) => {
    if (p === null) return [];
    const length = probationLength(p, w);
    return [
      '',
      `## ${heading}`,
      ...(length === '' ? [] : ['', length]),
      ...(p.metrics.length === 0 ? [] : ['']),
      ...p.metrics.map((m) => `- ${words.statuses[m.status]}: ${cell(criterionText(framework, m, words.criterion))}`),
      ...(p.conditions.length === 0 ? [] : ['', w.conditions, '']),
      ...p.conditions.map((c) => `- ${cell(c)}`),
    ];
  };
  const lines = [
    ...block(w.current, result.probation.current),
    ...block(fill(w.target, { target: cell(target) }), result.probation.target),
  ];
  return lines.length === 0 ? [] : [...lines, '', w.note];
}

/** The assessment this one was compared with, and what the two are called. */
export interface ComparedWith {
  state: AssessmentState;
  names: ComparisonNames;
}

/**
 * The comparison as a table under the two names: each one's step (or rating on the criteria scale, by
 * name), and the difference where they disagree.
 */
function comparisonLines(
  framework: Framework,
  state: AssessmentState,
  { state: other, names }: ComparedWith,
  words: ExportWords,
): string[] {
  const [first, second] = [literal(names.first), literal(names.second)];
  const difference = ({ difference: d, disagree, scale }: RatingComparison) => {
    if (!disagree) return words.compare.agree;
    if (d === null) return '—';
    if (scale === 'criteria') return words.compare.ratedDifferently;
    return d > 0 ? `+${d}` : String(d);
  };
  const value = (r: RatingComparison, n: number | null) => cell(String(rowValue(framework, r, n)));
  return [
    `## ${fill(words.compare.title, { first, second })}`,
    '',
    `| ${words.competency} | ${words.expected} | ${first} | ${second} | ${words.compare.column} |`,
    '| --- | --- | --- | --- | --- |',
    ...compareAssessments(framework, state, other).rows.map(
      (r) =>
        `| ${cell(competencyTitle(framework, r.competency))} | ${value(r, r.expected)} | ${value(r, r.first)} | ${value(r, r.second)} | ${difference(r)} |`,
    ),
  ];
}
