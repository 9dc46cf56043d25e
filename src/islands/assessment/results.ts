/**
 * Renders the results of an assessment: verdict, readiness, promotion criteria, the gap table and the
 * development plan. Loaded by `<tb-assessment>` when results are first shown; all numbers come from
 * the pure engine.
 */
import { el, fill, plural } from '../dom.ts';
import { compareAssessments, comparisonNames, type RatingComparison } from '../../assessment/compare.ts';
import {
  aboutAssessment,
  criterionText,
  effortText,
  kpiText,
  probationLength,
  readinessText as readinessLine,
  levelTitle,
  planEffortText,
  rowCriterion,
  rowValue,
} from '../../assessment/describe.ts';
import {
  evaluate,
  shownVerdict,
  type CompetencyResult,
  type Evaluation,
  type PlanItem,
  type UncoveredGap,
} from '../../assessment/engine.ts';
import type { AssessmentState } from '../../assessment/state.ts';
import type { Framework } from '../../framework/model.ts';
import { indexFramework } from '../../framework/queries.ts';
import { trainingUrl } from '../../site/routes.ts';
import type { AssessmentLabels } from './labels.ts';
import { chartForm, destroyCharts, drawRadar, liveCharts } from './radar.ts';
import { whyText } from './why.ts';

/** "3 · Proficient", or "not rated" for null. */
function stepWords(framework: Framework, labels: AssessmentLabels): (n: number | null) => string {
  const scale = new Map(framework.scale.map((s) => [s.step, s.label]));
  return (n) => (n === null ? labels.unrated : `${n} · ${scale.get(n) ?? ''}`);
}

/** A step as "3 · Proficient", a rating on the criteria scale by its name; "not rated" for none. */
function valueWords(
  framework: Framework,
  labels: AssessmentLabels,
): (row: Pick<CompetencyResult, 'scale'>, n: number | null) => string {
  const step = stepWords(framework, labels);
  return (row, n) => (row.scale === 'steps' || n === null ? step(n) : String(rowValue(framework, row, n)));
}

/** "8 of 9 expectations met (89%); weighted readiness 95%." */
export function readinessText(framework: Framework, result: Evaluation, labels: AssessmentLabels): string {
  return readinessLine(framework.locale, result.readiness, labels.readiness);
}

/** What every part of the results needs: the framework's entries by id and how to name them. */
interface Context {
  framework: Framework;
  labels: AssessmentLabels;
  index: ReturnType<typeof indexFramework>;
  step: (n: number | null) => string;
  title: (competency: string) => string;
  /** A row's step ("3 · Proficient") or rating against a criterion ("Consistently"); "not rated" for null. */
  value: (row: Pick<CompetencyResult, 'scale'>, n: number | null) => string;
  /** A plan's or a gap's "from → to" for a competency, in its row's terms. */
  span: (competency: string, from: number, to: number) => string;
}

/** The day the assessment was last changed, in the page's language: "2 December 2026". */
export function assessmentDate(state: AssessmentState): string {
  return new Date(state.updated).toLocaleDateString(document.documentElement.lang, { dateStyle: 'long' });
}

/** Renders the results into `box` and returns them (null when there is no target). */
export function renderResults(
  box: HTMLElement,
  framework: Framework,
  state: AssessmentState,
  labels: AssessmentLabels,
): Evaluation | null {
  const result = evaluate(framework, state);
  if (result === null) return null;
  const index = indexFramework(framework);
  const step = stepWords(framework, labels);
  const value = valueWords(framework, labels);
  const scaleOf = new Map(result.competencies.map((r) => [r.competency, r]));
  const title = (id: string) => index.competencies.get(id)?.label ?? id;
  const c: Context = {
    framework,
    labels,
    index,
    step,
    title,
    value,
    span: (id, from, to) => {
      const row = scaleOf.get(id);
      return row?.scale === 'criteria'
        ? `${title(id)} ${value(row, from)} → ${value(row, to)}`
        : `${title(id)} ${from} → ${to}`;
    },
  };
  const target = levelTitle(framework, result.target, labels.exportWords.about.bandTitle) ?? '';
  // The chart draws the proficiency scale; ratings against criteria are on a scale of their own.
  const charted = result.competencies.filter((r) => r.scale === 'steps');
  const canvas = el('canvas', { role: 'img', 'aria-label': labels.chartLabel });
  const form = chartForm(charted.length);
  const chart = el(
    'figure',
    { class: 'tb-radar', 'data-chart': form },
    el('div', { class: 'tb-radar-box' }, canvas),
    el('figcaption', {}, form === 'bar' ? labels.chartCaptionBars : labels.chartCaption),
  );
  // Bars get a row each: the box grows with the number of competencies.
  chart.style.setProperty('--tb-bars', String(charted.length));
  destroyCharts(box);
  box.replaceChildren(
    el('h2', { id: 'assess-results' }, fill(labels.results, { target })),
    aboutList(framework, state, result, labels),
    verdictBlock(framework, result, labels, target),
    ...(charted.length > 0 ? [chart] : []),
    el('h3', {}, labels.gapsTitle),
    gapsTable(c, result, target),
    // A lateral move has entry conditions, not promotion criteria.
    el('h3', {}, result.route === 'lateral' ? labels.lateralCriteriaTitle : labels.criteriaTitle),
    criteriaList(c, result),
    ...kpiBlocks(c, result, target),
    ...probationBlocks(c, result, target),
    el('h3', {}, labels.planTitle),
    el('p', {}, labels.planIntro),
    planBlock(c, result),
    ...uncoveredNotes(c, result),
  );
  if (charted.length > 0) drawChart(canvas, c, { ...result, competencies: charted });
  // Counted for the tests and for anyone checking that re-rendering leaves no chart behind.
  box.dataset['liveCharts'] = String(liveCharts());
  box.dataset['renders'] = String(Number(box.dataset['renders'] ?? 0) + 1);
  return result;
}

/** Name (when given), current and target level, date and handbook version: who and what this is. */
function aboutList(framework: Framework, state: AssessmentState, result: Evaluation, labels: AssessmentLabels) {
  const about = aboutAssessment(framework, state, result, labels.exportWords.about, assessmentDate(state));
  return el(
    'dl',
    { class: 'tb-about', 'data-about': '' },
    ...about
      .filter(([, value]) => value !== '')
      .map(([label, value]) => el('div', {}, el('dt', {}, label), el('dd', {}, value))),
  );
}

/**
 * The verdict with its help and the rule that decided it; said to be indicative when the framework's
 * policy is; with the policy `off`, no label at all: readiness, then the gaps, criteria and plan below.
 */
function verdictBlock(framework: Framework, result: Evaluation, labels: AssessmentLabels, target: string): HTMLElement {
  const verdict = shownVerdict(result);
  if (verdict === null) {
    return el(
      'div',
      { class: 'tb-verdict', role: 'status', 'data-verdict': 'off' },
      el('p', {}, labels.noVerdict),
      el('p', {}, readinessText(framework, result, labels)),
    );
  }
  return el(
    'div',
    { class: `tb-verdict tb-verdict-${verdict}`, role: 'status' },
    el('p', { class: 'tb-verdict-title' }, labels.verdict[verdict]),
    result.policy === 'indicative' ? el('p', { 'data-indicative': '' }, labels.indicative) : '',
    el('p', {}, fill(labels.verdictHelp[verdict], { target })),
    el('p', {}, readinessText(framework, result, labels)),
    el('p', { 'data-why': result.why.rule }, whyText(result, labels)),
  );
}

function gapsTable(
  { framework, labels, step, title, value }: Context,
  result: Evaluation,
  target: string,
): HTMLElement {
  const head = el(
    'tr',
    {},
    ...[labels.competency, labels.expectedColumn, labels.selfColumn, labels.currentColumn, labels.gapColumn].map((h) =>
      el('th', { scope: 'col' }, h),
    ),
  );
  const gapText = (c: Evaluation['competencies'][number]) =>
    c.gap > 0 && c.scale === 'criteria'
      ? fill(labels.criterionGap, { rating: value(c, c.expected) })
      : c.gap > 0
        ? fill(plural(labels.gap, c.gap), { steps: c.gap })
        : c.surplus > 0
          ? fill(plural(labels.surplus, c.surplus), { steps: c.surplus })
          : labels.met;
  const rows = result.competencies.map((c) =>
    el(
      'tr',
      { 'data-status': c.status, 'data-scale': c.scale },
      el(
        'th',
        { scope: 'row' },
        title(c.competency),
        c.scale === 'criteria' ? el('span', { class: 'tb-note' }, rowCriterion(framework, result.target, c)) : '',
      ),
      el('td', { 'data-label': labels.expectedColumn }, value(c, c.expected)),
      el('td', { 'data-label': labels.selfColumn }, value(c, c.self)),
      el('td', { 'data-label': labels.currentColumn }, c.current === null ? '—' : step(c.current)),
      el('td', { 'data-label': labels.gapColumn }, gapText(c)),
    ),
  );
  return el(
    'section',
    { class: 'tb-scroll', tabindex: '0', 'aria-labelledby': 'assess-gaps-caption' },
    el(
      'table',
      { class: 'tb-gaps-table' },
      el('caption', { id: 'assess-gaps-caption' }, fill(labels.gapsCaption, { target })),
      el('thead', {}, head),
      el('tbody', {}, ...rows),
    ),
  );
}

type Status = Evaluation['criteria'][number]['status'];

/** A list of things met, not met or unknown: "Met: QA score ≥ 85% (you: 90%)". */
function statusList(labels: Context['labels'], attrs: Record<string, string>, items: [Status, string][]): HTMLElement {
  return el(
    'ul',
    { class: 'tb-criteria-status', ...attrs },
    ...items.map(([status, text]) =>
      el('li', { 'data-status': status }, el('strong', {}, `${labels.status[status]}${labels.colon}`), text),
    ),
  );
}

function criteriaList({ framework, labels }: Context, result: Evaluation): HTMLElement {
  if (result.criteria.length === 0) return el('p', {}, labels.noCriteria);
  const words = labels.exportWords.criterion;
  return statusList(
    labels,
    {},
    result.criteria.map((c) => [c.status, criterionText(framework, c, words)]),
  );
}

/** The current level's KPI bands ("in-level performance") and the target's, with their status. */
function kpiBlocks({ framework, labels }: Context, result: Evaluation, target: string): HTMLElement[] {
  const words = labels.exportWords.criterion;
  const block = (heading: string, kpis: Evaluation['kpis']['current'], scope: string) =>
    kpis.length === 0
      ? []
      : [
          el('h3', {}, heading),
          statusList(
            labels,
            { 'data-kpis': scope },
            kpis.map((k) => [k.status, kpiText(framework, k, words)]),
          ),
        ];
  const blocks = [
    ...block(labels.kpis.current, result.kpis.current, 'current'),
    ...block(fill(labels.kpis.target, { target }), result.kpis.target, 'target'),
  ];
  return blocks.length === 0 ? [] : [...blocks, el('p', { class: 'tb-note' }, labels.kpis.note)];
}

/** The probations that concern the person: length, targets with their status, and the conditions to show. */
function probationBlocks({ framework, labels }: Context, result: Evaluation, target: string): HTMLElement[] {
  const words = labels.exportWords.probation;
  const block = (heading: string, p: Evaluation['probation']['current'], scope: string) => {
    if (p === null) return [];
    const length = probationLength(p, words);
    const targets = p.metrics.map((m): [Status, string] => [
      m.status,
      criterionText(framework, m, labels.exportWords.criterion),
    ]);
    return [
      el('h3', {}, heading),
      ...(length === '' ? [] : [el('p', {}, length)]),
      ...(targets.length === 0 ? [] : [statusList(labels, { 'data-probation': scope }, targets)]),
      ...(p.conditions.length === 0
        ? []
        : [
            el('p', {}, words.conditions),
            el('ul', { 'data-probation-conditions': scope }, ...p.conditions.map((t) => el('li', {}, t))),
          ]),
    ];
  };
  const blocks = [
    ...block(words.current, result.probation.current, 'current'),
    ...block(fill(words.target, { target }), result.probation.target, 'target'),
  ];
  return blocks.length === 0 ? [] : [...blocks, el('p', { class: 'tb-note' }, words.note)];
}

/** The plan by horizon; when it is empty, why: no gap at all, or no training meant for this person. */
function planBlock(c: Context, result: Evaluation): HTMLElement {
  const { labels } = c;
  if (result.planStatus === 'no-gaps') return el('p', { 'data-plan': 'no-gaps' }, labels.noPlan);
  if (result.planStatus === 'none-closes') return el('p', { 'data-plan': 'none-closes' }, labels.noPlanGaps);
  return el(
    'div',
    { 'data-plan': 'planned' },
    ...(['short', 'mid', 'long', 'unknown'] as const)
      .map((horizon) => ({ horizon, items: result.plan.filter((p) => p.horizon === horizon) }))
      .filter((g) => g.items.length > 0)
      .map(({ horizon, items }) =>
        el(
          'section',
          { 'aria-labelledby': `plan-${horizon}` },
          el('h4', { id: `plan-${horizon}` }, labels.horizon[horizon]),
          el('ol', { class: 'tb-plan' }, ...items.map((item) => planItem(c, item))),
        ),
      ),
    el('p', { 'data-plan-effort': '' }, planEffortText(result.plan, labels.exportWords.effort)),
  );
}

function planItem({ framework, labels, index, span }: Context, item: PlanItem): HTMLElement {
  const name = (id: string) => index.trainings.get(id)?.title ?? id;
  const closes = item.closes.map((c) => span(c.competency, c.from, c.to)).join(labels.separator);
  return el(
    'li',
    {},
    el('a', { href: trainingUrl(framework.locale, item.training) }, name(item.training)),
    `${labels.open}${effortText(item.hours, labels.exportWords.effort)}${labels.close}`,
    item.closes.length > 0 ? el('p', {}, fill(labels.closes, { list: closes })) : '',
    item.prerequisiteOf.length > 0
      ? el(
          'p',
          { class: 'tb-note' },
          fill(labels.prerequisiteOf, { list: item.prerequisiteOf.map(name).join(labels.separator) }),
        )
      : '',
  );
}

/**
 * Gaps no training meant for this person closes: those a training for another level or track covers
 * (named, with whom it is for), then those built on the job.
 */
function uncoveredNotes({ framework, labels, index, span }: Context, result: Evaluation): HTMLElement[] {
  const gap = (u: UncoveredGap) => span(u.competency, u.from, u.to);
  const elsewhere = result.uncovered.flatMap((u) =>
    u.elsewhere.map((id) =>
      el(
        'p',
        { class: 'tb-note', 'data-elsewhere': id },
        fill(labels.elsewhere, {
          training: index.trainings.get(id)?.title ?? id,
          gap: gap(u),
          audience: audienceOf(framework, id).join(labels.separator),
        }),
      ),
    ),
  );
  const onTheJob = result.uncovered.filter((u) => u.elsewhere.length === 0);
  return [
    ...elsewhere,
    ...(onTheJob.length === 0
      ? []
      : [el('p', { class: 'tb-note' }, fill(labels.uncovered, { list: onTheJob.map(gap).join(labels.separator) }))]),
  ];
}

/** Whom a training is meant for, as the handbook names them: its levels, or else its tracks. */
function audienceOf(framework: Framework, id: string): string[] {
  const training = framework.trainings.find((t) => t.id === id);
  if (training === undefined) return [];
  const { levels } = indexFramework(framework);
  if (training.levels.length > 0) return training.levels.map((l) => levels.get(l)?.title ?? l);
  return training.tracks.map((t) => framework.tracks.find((x) => x.id === t)?.title ?? t);
}

/** Self against target (and the current level, when chosen): a radar, or bars for many competencies. */
function drawChart(canvas: HTMLCanvasElement, { framework, labels, index, title }: Context, result: Evaluation): void {
  const target = index.levels.get(result.target)?.title ?? '';
  const current = result.current === null ? undefined : index.levels.get(result.current);
  drawRadar(
    canvas,
    result.competencies.map((c) => title(c.competency)),
    [
      { label: fill(labels.chartTarget, { level: target }), values: result.competencies.map((c) => c.expected) },
      { label: labels.selfColumn, values: result.competencies.map((c) => c.self) },
      ...(current === undefined
        ? []
        : [
            {
              label: fill(labels.chartTarget, { level: current.title }),
              values: result.competencies.map((c) => c.current),
            },
          ]),
    ],
    Math.max(...framework.scale.map((s) => s.step)),
  );
}

/** "agree", "differs by +1 step", "rated differently" (on the criteria scale), "rated in one assessment only". */
function agreementText(r: RatingComparison, labels: AssessmentLabels): string {
  if (!r.disagree) return labels.compare.agree;
  if (r.difference === null) return labels.compare.oneRated;
  if (r.scale === 'criteria') return labels.compare.ratedDifferently;
  return fill(plural(labels.compare.differs, r.difference), {
    steps: r.difference > 0 ? `+${r.difference}` : String(r.difference),
  });
}

/** Two assessments side by side, disagreements marked in words; criteria ratings by name. */
export function renderComparison(
  box: HTMLElement,
  framework: Framework,
  first: AssessmentState,
  second: AssessmentState,
  labels: AssessmentLabels,
): void {
  const comparison = compareAssessments(framework, first, second);
  const { competencies } = indexFramework(framework);
  const value = valueWords(framework, labels);
  const names = comparisonNames(first, second, { first: labels.compare.you, second: labels.compare.other });
  const rows = comparison.rows.map((r) =>
    el(
      'tr',
      { 'data-disagree': String(r.disagree) },
      el('th', { scope: 'row' }, competencies.get(r.competency)?.label ?? r.competency),
      el('td', { 'data-label': labels.expectedColumn }, r.expected === null ? '—' : value(r, r.expected)),
      el('td', { 'data-label': names.first }, value(r, r.first)),
      el('td', { 'data-label': names.second }, value(r, r.second)),
      el('td', { 'data-label': labels.compare.column }, agreementText(r, labels)),
    ),
  );
  box.replaceChildren(
    el('h2', { id: 'assess-comparison' }, fill(labels.compare.title, { ...names })),
    el(
      'p',
      { role: 'status' },
      fill(labels.compare.summary, { count: comparison.disagreements, total: comparison.rows.length }),
    ),
    comparison.sameTarget ? '' : el('p', { class: 'tb-notice' }, labels.compare.otherTarget),
    el(
      'section',
      { class: 'tb-scroll', tabindex: '0', 'aria-labelledby': 'assess-comparison' },
      el(
        'table',
        { class: 'tb-gaps-table' },
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            ...[labels.competency, labels.expectedColumn, names.first, names.second, labels.compare.column].map((h) =>
              el('th', { scope: 'col' }, h),
            ),
          ),
        ),
        el('tbody', {}, ...rows),
      ),
    ),
  );
}
