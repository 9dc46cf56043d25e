/**
 * Renders the results of an assessment: verdict, readiness, promotion criteria, the gap table and the
 * development plan. Loaded by `<tb-assessment>` when results are first shown; all numbers come from
 * the pure engine.
 */
import { el, fill, plural, type PluralForms } from '../dom.ts';
import { compareAssessments } from '../../assessment/compare.ts';
import { evaluate, type Criterion, type Evaluation } from '../../assessment/engine.ts';
import type { AssessmentState } from '../../assessment/state.ts';
import type { Framework } from '../../framework/model.ts';
import { indexFramework } from '../../framework/queries.ts';
import { trainingUrl } from '../../site/routes.ts';
import type { AssessmentLabels } from './labels.ts';
import { drawRadar } from './radar.ts';

/** "3 · Proficient", or "not rated" for null. */
function stepWords(framework: Framework, labels: AssessmentLabels): (n: number | null) => string {
  const scale = new Map(framework.scale.map((s) => [s.step, s.label]));
  return (n) => (n === null ? labels.unrated : `${n} · ${scale.get(n) ?? ''}`);
}

/** "8 of 9 expectations met (89 %); weighted readiness 95 %." */
export function readinessText(result: Evaluation, labels: AssessmentLabels): string {
  const percent = (x: number) => `${Math.round(x * 100)} %`;
  return fill(labels.readiness, {
    met: result.readiness.met,
    total: result.readiness.total,
    share: percent(result.readiness.share),
    score: percent(result.readiness.score),
  });
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
  const { levels, competencies, trainings } = indexFramework(framework);
  const step = stepWords(framework, labels);
  const target = levels.get(result.target);
  const title = (id: string) => competencies.get(id)?.title ?? id;

  const verdict = el(
    'div',
    { class: `tb-verdict tb-verdict-${result.verdict}`, role: 'status' },
    el('p', { class: 'tb-verdict-title' }, labels.verdict[result.verdict]),
    el('p', {}, fill(labels.verdictHelp[result.verdict], { target: target?.title ?? '' })),
    el('p', {}, readinessText(result, labels)),
    el('p', { 'data-why': result.why.rule }, whyText(result, labels)),
  );

  const head = el(
    'tr',
    {},
    ...[labels.competency, labels.expectedColumn, labels.selfColumn, labels.currentColumn, labels.gapColumn].map((h) =>
      el('th', { scope: 'col' }, h),
    ),
  );
  const rows = result.competencies.map((c) =>
    el(
      'tr',
      { 'data-status': c.status },
      el('th', { scope: 'row' }, title(c.competency)),
      el('td', { 'data-label': labels.expectedColumn }, step(c.expected)),
      el('td', { 'data-label': labels.selfColumn }, step(c.self)),
      el('td', { 'data-label': labels.currentColumn }, c.current === null ? '—' : step(c.current)),
      el(
        'td',
        { 'data-label': labels.gapColumn },
        c.gap > 0
          ? fill(plural(labels.gap, c.gap), { steps: c.gap })
          : c.surplus > 0
            ? fill(plural(labels.surplus, c.surplus), { steps: c.surplus })
            : labels.met,
      ),
    ),
  );
  const table = el(
    'section',
    { class: 'tb-scroll', tabindex: '0', 'aria-labelledby': 'assess-gaps-caption' },
    el(
      'table',
      { class: 'tb-gaps-table' },
      el('caption', { id: 'assess-gaps-caption' }, fill(labels.gapsCaption, { target: target?.title ?? '' })),
      el('thead', {}, head),
      el('tbody', {}, ...rows),
    ),
  );

  const criterionText = (c: Criterion): string => {
    if (c.kind === 'months') return fill(labels.criterion.months, { months: c.required, actual: c.actual ?? '?' });
    if (c.kind === 'metric') {
      const metric = framework.metrics.find((m) => m.id === c.metric);
      return fill(labels.criterion.metric, {
        metric: metric?.label ?? c.metric,
        target: `${c.direction === 'lower' ? '≤' : '≥'} ${c.target}`,
        actual: c.actual ?? '?',
      });
    }
    if (c.kind === 'training')
      return fill(labels.criterion.training, { training: trainings.get(c.training)?.title ?? c.training });
    if (c.kind === 'assessment') {
      return fill(labels.criterion.assessment, {
        assessment: framework.assessments.find((a) => a.id === c.assessment)?.label ?? c.assessment,
      });
    }
    return c.text;
  };
  const criteria =
    result.criteria.length === 0
      ? el('p', {}, labels.noCriteria)
      : el(
          'ul',
          { class: 'tb-criteria-status' },
          ...result.criteria.map((c) =>
            el('li', { 'data-status': c.status }, el('strong', {}, `${labels.status[c.status]}: `), criterionText(c)),
          ),
        );

  const plan =
    result.plan.length === 0
      ? el('p', {}, labels.noPlan)
      : el(
          'div',
          {},
          ...(['short', 'mid', 'long'] as const)
            .map((horizon) => ({ horizon, items: result.plan.filter((p) => p.horizon === horizon) }))
            .filter((g) => g.items.length > 0)
            .map(({ horizon, items }) =>
              el(
                'section',
                { 'aria-labelledby': `plan-${horizon}` },
                el('h4', { id: `plan-${horizon}` }, labels.horizon[horizon]),
                el(
                  'ol',
                  { class: 'tb-plan' },
                  ...items.map((item) =>
                    el(
                      'li',
                      {},
                      el(
                        'a',
                        { href: trainingUrl(framework.locale, item.training) },
                        trainings.get(item.training)?.title ?? item.training,
                      ),
                      ` (${fill(labels.hours, { hours: item.hours })})`,
                      item.closes.length > 0
                        ? el(
                            'p',
                            {},
                            fill(labels.closes, {
                              list: item.closes
                                .map((c) => `${title(c.competency)} ${c.from} → ${c.to}`)
                                .join(labels.separator),
                            }),
                          )
                        : '',
                      item.prerequisiteOf.length > 0
                        ? el(
                            'p',
                            { class: 'tb-note' },
                            fill(labels.prerequisiteOf, {
                              list: item.prerequisiteOf
                                .map((id) => trainings.get(id)?.title ?? id)
                                .join(labels.separator),
                            }),
                          )
                        : '',
                    ),
                  ),
                ),
              ),
            ),
        );
  const uncovered =
    result.uncovered.length === 0
      ? ''
      : el(
          'p',
          { class: 'tb-note' },
          fill(labels.uncovered, {
            list: result.uncovered.map((u) => `${title(u.competency)} ${u.from} → ${u.to}`).join(labels.separator),
          }),
        );

  const canvas = el('canvas', { role: 'img', 'aria-label': labels.chartLabel });
  const chart = el(
    'figure',
    { class: 'tb-radar' },
    el('div', { class: 'tb-radar-box' }, canvas),
    el('figcaption', {}, labels.chartCaption),
  );

  box.replaceChildren(
    el('h2', { id: 'assess-results' }, fill(labels.results, { target: target?.title ?? '' })),
    verdict,
    chart,
    el('h3', {}, labels.gapsTitle),
    table,
    // A lateral move has entry conditions, not promotion criteria.
    el('h3', {}, result.route === 'lateral' ? labels.lateralCriteriaTitle : labels.criteriaTitle),
    criteria,
    el('h3', {}, labels.planTitle),
    el('p', {}, labels.planIntro),
    plan,
    uncovered,
  );
  const current = result.current === null ? undefined : levels.get(result.current);
  drawRadar(
    canvas,
    result.competencies.map((c) => title(c.competency)),
    [
      {
        label: fill(labels.chartTarget, { level: target?.title ?? '' }),
        values: result.competencies.map((c) => c.expected),
      },
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
  return result;
}

/** Two assessments side by side, disagreements marked in words. */
export function renderComparison(
  box: HTMLElement,
  framework: Framework,
  first: AssessmentState,
  second: AssessmentState,
  labels: AssessmentLabels,
): void {
  const comparison = compareAssessments(framework, first, second);
  const { competencies } = indexFramework(framework);
  const step = stepWords(framework, labels);
  const names = { first: first.label || labels.compare.you, second: second.label || labels.compare.other };
  const rows = comparison.rows.map((r) =>
    el(
      'tr',
      { 'data-disagree': String(r.disagree) },
      el('th', { scope: 'row' }, competencies.get(r.competency)?.title ?? r.competency),
      el('td', { 'data-label': labels.expectedColumn }, r.expected === null ? '—' : step(r.expected)),
      el('td', { 'data-label': names.first }, step(r.first)),
      el('td', { 'data-label': names.second }, step(r.second)),
      el(
        'td',
        { 'data-label': labels.compare.column },
        r.disagree
          ? r.difference === null
            ? labels.compare.oneRated
            : fill(plural(labels.compare.differs, r.difference), {
                steps: r.difference > 0 ? `+${r.difference}` : String(r.difference),
              })
          : labels.compare.agree,
      ),
    ),
  );
  box.replaceChildren(
    el('h2', { id: 'assess-comparison' }, fill(labels.compare.title, names)),
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

/** Which verdict rule decided, with the figures: "Why not yet: 3 gaps, the largest 1 step; …". */
export function whyText({ why }: Evaluation, labels: AssessmentLabels): string {
  const count = (forms: PluralForms, n: number) => fill(plural(forms, n), { n });
  const { gaps, steps, criteria } = labels.count;
  return fill(labels.why[why.rule], {
    gaps: count(gaps, why.gaps),
    largest: count(steps, why.largest),
    open: count(criteria, why.open),
    maxGaps: count(gaps, why.maxGaps),
    maxSteps: count(steps, why.maxSteps),
  });
}
