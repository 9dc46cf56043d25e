/**
 * The customer-operations ladder fixture (tests/fixtures/frameworks/ops-ladder): sub-levels in bands,
 * KPI bands, probation in weeks with its own target, typical time in level, and a promotion that asks
 * for months already performing at the next level. Values worked out by hand from the fixture:
 *   1A (Level 1): conversations per hour ≥ 6, activity ≥ 80 %, QA ≥ 85 %, handle time ≤ 12 min;
 *     promotion to 1B after 3 months, 2 months performing at 1B, 8 conversations per hour, QA 88 %.
 *   1B (Level 1): conversations per hour 8–12, activity ≥ 85 %, QA ≥ 88 %, handle time ≤ 10 min.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, type Evaluation } from '../../src/assessment/engine.ts';
import { toMarkdown } from '../../src/assessment/export.ts';
import { emptyState, type PromotionFacts } from '../../src/assessment/state.ts';
import type { Framework } from '../../src/framework/model.ts';
import { bandGroups, firstYear } from '../../src/framework/queries.ts';
import { structureOf } from '../../src/framework/version.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { assessmentLabels } from '../../src/islands/assessment/labels.ts';
import { checkContent } from '../../src/node/check-content.ts';
import { BASE, FIXTURES } from '../helpers/content.ts';

const result = await checkContent(`${FIXTURES}frameworks/ops-ladder`);
const en = result.frameworks?.en as Framework;
const zh = result.frameworks?.['zh-cn'] as Framework;
const level = (f: Framework, id: string) => f.levels.find((l) => l.id === id);

function run(current: string | null, target: string, facts: Partial<PromotionFacts>): Evaluation {
  const s = emptyState(en.version);
  const evaluation = evaluate(en, { ...s, current, target, facts: { ...s.facts, ...facts } });
  if (evaluation === null) throw new Error('no evaluation');
  return evaluation;
}

describe('the fixture', () => {
  it('passes the check without a warning under its own policy', () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.policy).toEqual({ 'rank-gap': 'error', 'band-not-consecutive': 'error' });
  });

  it.each([
    ['en', 'trainee', '', ['', 'Level 1', 'Level 1', 'Level 1', 'Level 2', 'Level 2']],
    ['zh-cn', 'trainee', '', ['', '一级', '一级', '一级', '二级', '二级']],
  ])('%s: the bands of the ladder', (locale, id, band, bands) => {
    const f = locale === 'en' ? en : zh;
    expect(level(f, id)?.band).toBe(band);
    expect(f.levels.map((l) => l.band)).toEqual(bands);
  });

  it('groups the sub-levels of a band on the ladder', () => {
    const groups = bandGroups(en.levels).map((g) => [g.band, g.levels.map((l) => l.id)]);
    expect(groups).toEqual([
      ['', ['trainee']],
      ['Level 1', ['1a', '1b', '1c']],
      ['Level 2', ['2a', '2b']],
    ]);
  });

  it('reads KPI bands, probation in weeks, typical months and months at the next level', () => {
    expect(level(en, '1b')?.kpis).toEqual([
      { metric: 'conversations-per-hour', min: 8, max: 12 },
      { metric: 'activity', min: 85, max: null },
      { metric: 'qa-score', min: 88, max: null },
      { metric: 'handle-time', min: null, max: 10 },
    ]);
    expect(level(zh, 'trainee')?.probation).toEqual({
      weeks: 12,
      months: 0,
      metrics: [{ metric: 'qa-score', target: 85 }],
      conditions: ['搭档确认你独立完成了十个会话。', '没有发生隐私事故。'],
    });
    expect(level(en, '2b')?.typicalMonths).toBe(12);
    expect(level(en, '1a')?.promotion?.monthsPerformingAtNext).toBe(2);
    expect(en.metrics.find((m) => m.id === 'upsell-revenue')?.currency).toBe('EUR');
  });

  it('gives the first year on the track its probation in weeks', () => {
    const year = firstYear(en, 'operations');
    expect([year?.level, year?.probationWeeks, year?.probationMonths]).toEqual(['trainee', 12, 0]);
  });
});

describe('KPI bands in the self-assessment', () => {
  it.each([
    // metrics entered → status of 1A's bands (current), then of 1B's (target)
    [{}, ['unknown', 'unknown', 'unknown', 'unknown'], ['unknown', 'unknown', 'unknown', 'unknown']],
    [
      { 'conversations-per-hour': 9, activity: 82, 'qa-score': 90, 'handle-time': 11 },
      ['met', 'met', 'met', 'met'],
      ['met', 'not-met', 'met', 'not-met'],
    ],
    [
      { 'conversations-per-hour': 13, activity: 90, 'qa-score': 84, 'handle-time': 12 },
      ['met', 'met', 'not-met', 'met'],
      ['not-met', 'met', 'not-met', 'not-met'],
    ],
    [
      { 'conversations-per-hour': 8 },
      ['met', 'unknown', 'unknown', 'unknown'],
      ['met', 'unknown', 'unknown', 'unknown'],
    ],
  ])('%j', (metrics, current, target) => {
    const r = run('1a', '1b', { metrics });
    expect(r.kpis.current.map((k) => k.status)).toEqual(current);
    expect(r.kpis.target.map((k) => k.status)).toEqual(target);
  });

  it('has no current bands without a current level, and bands never change the verdict', () => {
    const r = run(null, '1b', { metrics: { 'qa-score': 10 } });
    expect(r.kpis.current).toEqual([]);
    const inside = run('1a', '1b', { metrics: { 'qa-score': 90 } });
    const outside = run('1a', '1b', { metrics: { 'qa-score': 90, activity: 10 } });
    expect(outside.verdict).toBe(inside.verdict);
    expect(outside.why).toEqual(inside.why);
  });
});

describe('months performing at the next level', () => {
  it.each([
    [undefined, null, 'unknown'],
    [1, 1, 'not-met'],
    [2, 2, 'met'],
    [5, 5, 'met'],
  ] as const)('%s months → %s, %s', (given, actual, status) => {
    const facts = given === undefined ? {} : { monthsAtNext: given };
    const criterion = run('1a', '1b', facts).criteria.find((c) => c.kind === 'monthsAtNext');
    expect(criterion).toEqual({ kind: 'monthsAtNext', required: 2, actual, status });
  });

  it('is a criterion only where the promotion asks for it', () => {
    expect(run('1b', '1c', { monthsAtNext: 9 }).criteria.map((c) => c.kind)).toEqual(['months', 'metric', 'training']);
  });
});

it('a framework using none of the new fields keeps the version it had before they existed', async () => {
  const base = (await checkContent(BASE)).frameworks?.en as Framework;
  const without = structuredClone(base) as unknown as { levels: Record<string, unknown>[]; metrics: object[] };
  for (const l of without.levels) {
    for (const key of ['band', 'typicalMonths', 'kpis']) delete l[key];
    delete (l['promotion'] as Record<string, unknown> | null)?.['monthsPerformingAtNext'];
    const probation = l['probation'] as Record<string, unknown> | null;
    if (probation !== null) {
      delete probation['weeks'];
      delete probation['metrics'];
    }
  }
  for (const m of without.metrics) delete (m as Record<string, unknown>)['currency'];
  expect(structureOf(base)).toBe(structureOf(without as unknown as Framework));
});

describe('probation in the self-assessment', () => {
  const trainee = {
    level: 'trainee',
    weeks: 12,
    months: 0,
    conditions: ['Your buddy signs off ten unassisted conversations.', 'No privacy incident.'],
  };
  const qa = (actual: number | null, status: string) => ({
    kind: 'metric',
    metric: 'qa-score',
    target: 85,
    direction: 'higher',
    actual,
    status,
  });

  it.each([
    // months in the trainee level, QA score → the trainee's probation (12 weeks, about 2.8 months)
    [null, undefined, { ...trainee, metrics: [qa(null, 'unknown')] }],
    [2, 84, { ...trainee, metrics: [qa(84, 'not-met')] }],
    [0, 85, { ...trainee, metrics: [qa(85, 'met')] }],
    [3, 90, null],
    [14, 90, null],
  ] as const)('%s months in the level, QA %s', (months, score, probation) => {
    const metrics = score === undefined ? {} : { 'qa-score': score };
    const r = run('trainee', '1a', { monthsInLevel: months, metrics });
    expect(r.probation).toEqual({ current: probation, target: null });
  });

  it('is the target’s when starting at a level with a probation, and never changes the verdict', () => {
    const low = run(null, 'trainee', { metrics: { 'qa-score': 50 } });
    const high = run(null, 'trainee', { metrics: { 'qa-score': 95 } });
    expect(low.probation.current).toBeNull();
    expect(low.probation.target?.metrics.map((m) => m.status)).toEqual(['not-met']);
    expect(high.probation.target?.metrics.map((m) => m.status)).toEqual(['met']);
    expect([low.verdict, low.why]).toEqual([high.verdict, high.why]);
  });

  it('is none for levels without a probation, or when the target is the current level', () => {
    expect(run('1a', '1b', {}).probation).toEqual({ current: null, target: null });
    expect(run('trainee', 'trainee', {}).probation.target).toBeNull();
  });

  it.each([
    [
      'en',
      [
        '## Probation in your current level',
        '12 weeks of probation on entering this level',
        '- Not met: QA score ≥ 85% (you: 80%)',
        'Also to show during probation:',
        '- No privacy incident.',
        'Probation targets are for the end of the probation period; they do not change the verdict.',
      ],
    ],
    ['zh-cn', ['## 当前层级的考察期', '进入本层级后有 12 周考察期', '考察期内还需做到：']],
  ])('%s: the Markdown export gives the probation with its status and conditions', (locale, lines) => {
    const f = result.frameworks?.[locale] as Framework;
    const s = { ...emptyState(f.version), current: 'trainee', target: '1a' };
    const state = { ...s, facts: { ...s.facts, monthsInLevel: 1, metrics: { 'qa-score': 80 } } };
    const words = assessmentLabels(useTranslations(locale)).exportWords;
    const md = toMarkdown(f, state, evaluate(f, state) as Evaluation, words, '2026-12-02').split('\n');
    for (const line of lines) expect(md).toContain(line);
  });
});

describe('the Markdown export', () => {
  const facts = { metrics: { 'conversations-per-hour': 9, 'qa-score': 90 }, monthsAtNext: 1 };
  it.each([
    [
      'en',
      [
        '## Performance in your current level',
        '- Met: Conversations per hour: at least 6 per hour (you: 9 per hour)',
        '- Unknown: Activity: at least 80% (you: ?)',
        '## Expected while at Level 1 · 1B',
        '- Met: Conversations per hour: 8–12 per hour (you: 9 per hour)',
        '- Not met: Performing at the next level for at least 2 months (you: 1)',
        '- Met: Conversations per hour ≥ 8 per hour (you: 9 per hour)',
      ],
    ],
    [
      'zh-cn',
      [
        '## 当前层级的表现',
        '- 已满足: 每小时会话数：不低于 6/小时（你：9/小时）',
        '## 在「一级 · 1B」期间的期望',
        '- 未满足: 已按更高一级的要求履职至少 2 个月（你：1）',
      ],
    ],
  ])('%s: KPI bands with their status and the months at the next level', (locale, lines) => {
    const f = result.frameworks?.[locale] as Framework;
    const s = { ...emptyState(f.version), current: '1a', target: '1b' };
    const state = { ...s, facts: { ...s.facts, ...facts } };
    const words = assessmentLabels(useTranslations(locale)).exportWords;
    const md = toMarkdown(f, state, evaluate(f, state) as Evaluation, words, '2026-12-02').split('\n');
    for (const line of lines) expect(md).toContain(line);
  });

  it.each([
    ['en', /^\*\*Readiness:\*\* 0 of 2 expectations met \(0%\); weighted readiness 0%\.$/],
    ['zh-cn', /^\*\*准备度:\*\* 已满足 0 项能力要求，共 2 项（0%）；加权准备度 0%。$/],
  ])(
    '%s: the Markdown export words readiness as the results do, percentages as the language writes them',
    (locale, re) => {
      const f = result.frameworks?.[locale] as Framework;
      const state = { ...emptyState(f.version), current: 'trainee', target: '1a' };
      const words = assessmentLabels(useTranslations(locale)).exportWords;
      const md = toMarkdown(f, state, evaluate(f, state) as Evaluation, words, '2026-12-02').split('\n');
      expect(md.filter((l) => re.test(l))).toHaveLength(1);
    },
  );
});
