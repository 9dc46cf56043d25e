/**
 * The results as a spreadsheet (CSV) or a readable document (Markdown), in the page's language: the
 * caller passes the words. Pure; CSV quoting is left to papaparse. What a person typed (evidence
 * notes) is written as inert text in both: a CSV cell never starts a formula (papaparse's
 * `escapeFormulae`), and Markdown never carries live HTML or links.
 */
import Papa from 'papaparse';
import type { Framework } from '../framework/model.ts';
import type { Evaluation } from './engine.ts';
import type { AssessmentState } from './state.ts';

export interface ExportWords {
  competency: string;
  expected: string;
  self: string;
  gap: string;
  note: string;
  verdict: string;
  readiness: string;
  plan: string;
  criteria: string;
  /** Verdict and criterion status names. */
  verdicts: Record<Evaluation['verdict'], string>;
  statuses: Record<'met' | 'not-met' | 'unknown', string>;
  title: string;
}

const competencyTitle = (framework: Framework, id: string) =>
  framework.competencies.find((c) => c.id === id)?.title ?? id;

/** One row per expected competency: competency, expected, self, gap, evidence note. */
export function toCsv(framework: Framework, state: AssessmentState, result: Evaluation, words: ExportWords): string {
  const rows = result.competencies.map((c) => [
    competencyTitle(framework, c.competency),
    c.expected,
    c.self ?? '',
    c.gap,
    state.notes[c.competency] ?? '',
  ]);
  const fields = [words.competency, words.expected, words.self, words.gap, words.note];
  return `${Papa.unparse({ fields, data: rows }, { escapeFormulae: true })}\r\n`;
}

const cell = (text: string | number) => String(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** A person's text as Markdown that shows it literally: no HTML, links, images or emphasis. */
const literal = (text: string) =>
  cell(
    text
      .replace(/([\\`*_[\]()!#~])/g, '\\$1')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;'),
  );

/** A short report: verdict, readiness, the competency table, criteria and the plan. */
export function toMarkdown(
  framework: Framework,
  state: AssessmentState,
  result: Evaluation,
  words: ExportWords,
): string {
  const level = (id: string | null) => framework.levels.find((l) => l.id === id)?.title ?? '';
  const training = (id: string) => framework.trainings.find((t) => t.id === id)?.title ?? id;
  const lines = [
    `# ${words.title}: ${level(result.target)}`,
    '',
    `**${words.verdict}:** ${words.verdicts[result.verdict]}  `,
    `**${words.readiness}:** ${result.readiness.met}/${result.readiness.total} (${Math.round(result.readiness.share * 100)} %), ${Math.round(result.readiness.score * 100)} %`,
    '',
    `| ${words.competency} | ${words.expected} | ${words.self} | ${words.gap} | ${words.note} |`,
    '| --- | --- | --- | --- | --- |',
    ...result.competencies.map(
      (c) =>
        `| ${cell(competencyTitle(framework, c.competency))} | ${c.expected} | ${c.self ?? ''} | ${c.gap} | ${literal(state.notes[c.competency] ?? '')} |`,
    ),
  ];
  if (result.criteria.length > 0) {
    lines.push('', `## ${words.criteria}`, '');
    for (const c of result.criteria) {
      const what =
        c.kind === 'months'
          ? `≥ ${c.required} (${c.actual ?? '?'})`
          : c.kind === 'metric'
            ? `${framework.metrics.find((m) => m.id === c.metric)?.label ?? c.metric} ${c.direction === 'lower' ? '≤' : '≥'} ${c.target} (${c.actual ?? '?'})`
            : c.kind === 'training'
              ? training(c.training)
              : c.kind === 'assessment'
                ? (framework.assessments.find((a) => a.id === c.assessment)?.label ?? c.assessment)
                : c.text;
      lines.push(`- ${words.statuses[c.status]}: ${what}`);
    }
  }
  if (result.plan.length > 0) {
    lines.push('', `## ${words.plan}`, '');
    result.plan.forEach((p, i) => lines.push(`${i + 1}. ${training(p.training)} (${p.hours} h)`));
  }
  return `${lines.join('\n')}\n`;
}
