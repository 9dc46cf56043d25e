/**
 * Renders the team view from the pure aggregation: the files (each with what became of it), the team
 * matrix, the training demand, the coaching needs and the readiness with its chart; and makes the
 * downloads. Loaded by `<tb-team>` with the first file; every number comes from src/assessment/.
 */
import {
  aggregateTeam,
  byText,
  sortMatrix,
  UNMET_KINDS,
  VERDICTS,
  type MatrixSort,
  type Team,
  type TeamEntry,
  type TeamOptions,
} from '../../assessment/team.ts';
import { cellText, demandColumns, teamDemandCsv, teamMarkdown, teamMatrixCsv } from '../../assessment/team-export.ts';
import type { Framework } from '../../framework/model.ts';
import { indexFramework } from '../../framework/queries.ts';
import { trainingUrl } from '../../site/routes.ts';
import { whyText } from '../assessment/why.ts';
import { download, el, fill } from '../dom.ts';
import type { TeamLabels } from './labels.ts';

interface Context {
  framework: Framework;
  labels: TeamLabels;
  name: {
    level: (id: string) => string;
    competency: (id: string) => string;
    training: (id: string) => string;
    area: (id: string) => string;
  };
}

function context(framework: Framework, labels: TeamLabels): Context {
  const { levels, competencies, trainings } = indexFramework(framework);
  return {
    framework,
    labels,
    name: {
      level: (id) => levels.get(id)?.title ?? id,
      competency: (id) => competencies.get(id)?.label ?? id,
      training: (id) => trainings.get(id)?.title ?? id,
      area: (id) => framework.areas.find((a) => a.id === id)?.label ?? id,
    },
  };
}

const th = (text: string, scope = 'col', more: Record<string, string> = {}) => el('th', { scope, ...more }, text);
/** A cell that names its column, for the one-block-per-row layout of a phone. */
const td = (label: string, ...content: (Node | string)[]) => el('td', { 'data-label': label }, ...content);

/**
 * A table in a scrolling box a keyboard can reach, named by its caption: a region of its own, or a
 * group (`landmark` false) inside a region of the same name, which a second landmark would repeat.
 */
function table(
  id: string,
  caption: string,
  head: HTMLElement[],
  rows: HTMLElement[],
  cls = 'tb-gaps-table',
  landmark = true,
) {
  return el(
    landmark ? 'section' : 'div',
    { class: 'tb-scroll', tabindex: '0', 'aria-labelledby': id, ...(landmark ? {} : { role: 'group' }) },
    el('table', { class: cls }, el('caption', { id }, caption), el('thead', {}, ...head), el('tbody', {}, ...rows)),
  );
}

/** Shows the team in `root` (a `<tb-team>`) and returns it. */
export function renderTeam(
  root: HTMLElement,
  framework: Framework,
  entries: readonly TeamEntry[],
  options: TeamOptions,
  by: MatrixSort,
  labels: TeamLabels,
): Team {
  const team = aggregateTeam(framework, entries, options);
  const c = context(framework, labels);
  const part = (name: string) => root.querySelector<HTMLElement>(`[data-${name}]`);
  part('report')?.replaceChildren(...report(team, labels, entries.length, options.hideNames));
  const box = part('team');
  if (box !== null) box.hidden = team.matrix.length === 0;
  const summary = part('summary');
  if (summary !== null)
    summary.textContent = fill(labels.words.summary, { count: team.matrix.length, version: framework.version });
  part('matrix')?.replaceChildren(matrix(c, team, by));
  part('demand')?.replaceChildren(demand(c, team));
  part('coaching')?.replaceChildren(...coaching(c, team));
  part('readiness')?.replaceChildren(readiness(c, team));
  const figure = part('chart');
  if (figure !== null && team.matrix.length > 0) void chart(figure, team, labels);
  return team;
}

/** What became of each file: in the team (under which label), waiting for a rescore, or why not. */
/**
 * What became of each file. With names hidden, file names (which often carry a name) become
 * "File 1…N" in the same order, and a duplicate names the file it repeats that way too.
 */
function report(team: Team, labels: TeamLabels, files: number, hideNames: boolean): HTMLElement[] {
  const { report: words } = labels;
  const sources = [...team.members, ...team.rejected].map((x) => x.source).sort(byText);
  const number = new Map<string, number>();
  sources.forEach((source, i) => number.set(source, number.get(source) ?? i + 1));
  const shown = (source: string) => (hideNames ? fill(words.fileN, { n: number.get(source) ?? 0 }) : source);
  const rows = [
    ...team.members.map((m) => ({
      source: m.source,
      status: m.outdated ? 'outdated' : 'member',
      result: m.outdated
        ? [
            words.outdated,
            ' ',
            el('button', { type: 'button', 'data-action': 'rescore', 'data-source': m.source }, words.rescore),
          ]
        : [fill(words.member, { label: m.label })],
    })),
    ...team.rejected.map((r) => ({
      source: r.source,
      status: 'rejected',
      result: [fill(labels.reasons[r.reason], { file: shown(r.duplicateOf ?? ''), version: '' })],
    })),
  ].sort((a, b) => byText(a.source, b.source));
  return [
    el('h2', { id: 'team-report' }, labels.report.title),
    el(
      'p',
      { role: 'status' },
      fill(words.summary, { members: team.members.length, files, rejected: team.rejected.length }),
    ),
    table(
      'team-report-caption',
      words.title,
      [el('tr', {}, th(words.file), th(words.result))],
      rows.map((r) =>
        el('tr', { 'data-file': r.status }, el('th', { scope: 'row' }, shown(r.source)), td(words.result, ...r.result)),
      ),
      'tb-gaps-table',
      false,
    ),
  ];
}

const sorted = (by: MatrixSort, column: MatrixSort, order: string): Record<string, string> =>
  by === column ? { 'aria-sort': order } : {};

function matrix({ framework, labels, name }: Context, team: Team, by: MatrixSort): HTMLElement {
  const { words } = labels;
  const columns = team.areas.flatMap((a) => a.competencies);
  const head = [
    el(
      'tr',
      {},
      // Its own cell above the person, kept in view like the column under it.
      el('td', {}),
      el('td', { colspan: '2' }),
      ...team.areas.map((a) => th(name.area(a.area), 'colgroup', { colspan: String(a.competencies.length) })),
    ),
    el(
      'tr',
      {},
      // The column the rows are sorted by says so (largest gap first).
      th(words.person, 'col', sorted(by, 'person', 'ascending')),
      th(words.target, 'col', sorted(by, 'target', 'ascending')),
      th(words.totalGap, 'col', sorted(by, 'gap', 'descending')),
      ...columns.map((id) => th(name.competency(id))),
    ),
  ];
  const rows = sortMatrix(framework, team.matrix, by).map((r) =>
    el(
      'tr',
      {},
      th(r.member.label, 'row'),
      el('td', {}, name.level(r.target)),
      el('td', { 'data-total': '' }, String(r.totalGap)),
      ...columns.map((id) => {
        const cell = r.cells[id];
        const gap = cell === undefined || cell.expected === null ? 'none' : String(Math.min(cell.gap, 2));
        return el(
          'td',
          { 'data-gap': gap },
          cell === undefined ? '—' : cellText(cell, framework.criteriaScale.ratings),
        );
      }),
    ),
  );
  const section = table('team-matrix-caption', labels.matrixCaption, head, rows, 'tb-team-matrix');
  const tableElement = section.querySelector('table');
  tableElement?.prepend(
    el('colgroup', { span: '3' }),
    ...team.areas.map((a) => el('colgroup', { span: String(a.competencies.length) })),
  );
  // The caption stays first: a colgroup goes after it.
  const caption = tableElement?.querySelector('caption');
  if (caption) tableElement?.prepend(caption);
  return section;
}

function demand({ framework, labels, name }: Context, team: Team): HTMLElement {
  const { words } = labels;
  if (team.demand.length === 0) return el('p', {}, labels.demandNone);
  const head = [el('tr', {}, ...demandColumns(words).map((h) => th(h)))];
  const rows = team.demand.map((d, i) =>
    el(
      'tr',
      { 'data-training': d.training },
      el(
        'th',
        { scope: 'row' },
        el('a', { href: trainingUrl(framework.locale, d.training) }, name.training(d.training)),
      ),
      td(words.rank, String(i + 1)),
      td(words.people, String(d.helps.length)),
      td(words.steps, String(d.steps)),
      td(words.hours, String(d.hours ?? words.effortUnknown)),
      td(words.totalHours, String(d.totalHours ?? words.effortUnknown)),
      td(words.prerequisites, d.prerequisites.map(name.training).join(words.separator) || '—'),
      td(words.helps, d.helps.join(words.separator)),
    ),
  );
  return table('team-demand-caption', words.demandTitle, head, rows);
}

function coaching({ labels, name }: Context, team: Team): HTMLElement[] {
  if (team.coaching.length === 0) return [];
  return [
    el('h3', {}, labels.words.coachingTitle),
    el('p', {}, labels.coachingIntro),
    el(
      'ul',
      { class: 'tb-team-coaching' },
      ...team.coaching.map((need) =>
        el(
          'li',
          { 'data-competency': need.competency },
          el('strong', {}, name.competency(need.competency)),
          `${labels.colon}${need.helps.join(labels.words.separator)}`,
        ),
      ),
    ),
  ];
}

/** Who is how far: with the framework's verdict policy `off`, the open items without a verdict or its rule. */
function readiness({ framework, labels, name }: Context, team: Team): HTMLElement {
  const { words } = labels;
  const verdicts = framework.verdict.policy !== 'off';
  const leading = verdicts ? 4 : 2;
  const head = [
    el(
      'tr',
      {},
      el('td', { colspan: String(leading) }),
      th(labels.unmetTitle, 'colgroup', { colspan: String(UNMET_KINDS.length) }),
    ),
    el(
      'tr',
      {},
      th(words.person),
      th(words.target),
      ...(verdicts ? [th(words.verdict), th(labels.whyColumn)] : []),
      ...UNMET_KINDS.map((k) => th(words.unmet[k])),
    ),
  ];
  const rows = team.readiness.map((r) =>
    el(
      'tr',
      verdicts ? { 'data-verdict': r.verdict } : {},
      th(r.member.label, 'row'),
      td(words.target, name.level(r.member.evaluation.target)),
      ...(verdicts
        ? [
            td(words.verdict, words.verdicts[r.verdict]),
            el('td', { 'data-label': labels.whyColumn, 'data-why': '' }, whyText(r, labels)),
          ]
        : []),
      ...UNMET_KINDS.map((k) => td(`${labels.unmetTitle}${labels.colon}${words.unmet[k]}`, String(r.unmet[k]))),
    ),
  );
  const section = table('team-readiness-caption', words.readinessTitle, head, rows, 'tb-gaps-table tb-team-readiness');
  const tableElement = section.querySelector('table');
  tableElement
    ?.querySelector('caption')
    ?.after(el('colgroup', { span: String(leading) }), el('colgroup', { span: String(UNMET_KINDS.length) }));
  return section;
}

/** The verdicts as bars (Chart.js, loaded now) beside the same counts as a table. */
async function chart(figure: HTMLElement, team: Team, labels: TeamLabels): Promise<void> {
  const names = VERDICTS.map((v) => labels.words.verdicts[v]);
  const counts = VERDICTS.map((v) => team.distribution[v]);
  let canvas = figure.querySelector('canvas');
  if (canvas === null) {
    canvas = el('canvas', { role: 'img', 'aria-label': labels.chart.label });
    figure.replaceChildren(
      el('div', { class: 'tb-team-chart-box' }, canvas),
      el('figcaption', {}, labels.chart.caption),
      el('div', { 'data-chart-table': '' }),
    );
  }
  figure.querySelector('[data-chart-table]')?.replaceChildren(
    table(
      'team-chart-caption',
      labels.chart.title,
      [el('tr', {}, th(labels.words.verdict), th(labels.chart.people))],
      VERDICTS.map((v, i) =>
        el('tr', { 'data-verdict': v }, th(names[i] ?? v, 'row'), td(labels.chart.people, String(counts[i] ?? 0))),
      ),
    ),
  );
  const { drawDistribution } = await import('./chart.ts');
  drawDistribution(canvas, names, counts, labels.chart.people);
}

/** The download the lead asked for, with the names as the page shows them. */
export function exportTeam(
  action: string,
  framework: Framework,
  entries: readonly TeamEntry[],
  options: TeamOptions,
  by: MatrixSort,
  labels: TeamLabels,
): void {
  const team = aggregateTeam(framework, entries, options);
  const { words } = labels;
  if (action === 'export-matrix-csv')
    download('team-matrix.csv', 'text/csv', teamMatrixCsv(framework, team, words, by));
  if (action === 'export-demand-csv')
    download('team-training-demand.csv', 'text/csv', teamDemandCsv(framework, team, words));
  if (action === 'export-md') download('team.md', 'text/markdown', teamMarkdown(framework, team, words, by));
}
