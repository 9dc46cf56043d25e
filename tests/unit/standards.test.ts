/**
 * The standards framework fixture (tests/fixtures/frameworks/standards/): coded competencies in
 * order, groups above areas, a training of unknown effort, a competency without a summary; and the
 * plan's rule for unknown effort, case by case and as a property. Values worked out by hand:
 *   practitioner expects K1 K2 S1 S2 B1 at 1 (Pass); specialist raises S1 and B1 to 2 (Distinction)
 *   and adds K3 K4 S3 S4 B2 at 1.
 *   Trainings for the specialist: service-models-briefing (3 h, K3 → 1), resilience-coaching
 *   (8 h, B2 → 1, B1 → 2), complex-cases-course (14 h, S3 → 1, K4 → 1, S1 → 2) and
 *   service-improvement-project (no hours, S4 → 1).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planEffortText, type EffortWords } from '../../src/assessment/describe.ts';
import { evaluate, planEffort, type Evaluation } from '../../src/assessment/engine.ts';
import { emptyState, type AssessmentState } from '../../src/assessment/state.ts';
import type { Framework, Training } from '../../src/framework/model.ts';
import { byEffort, competencyOutline } from '../../src/framework/queries.ts';
import { checkContent } from '../../src/node/check-content.ts';
import { FIXTURES } from '../helpers/content.ts';

const STANDARDS = `${FIXTURES}frameworks/standards`;
const result = await checkContent(STANDARDS, { strict: true });
const en = result.frameworks?.en as Framework;
const zh = result.frameworks?.['zh-cn'] as Framework;

const practitionerMet = {
  'products-services': 1,
  'data-protection': 1,
  'needs-analysis': 1,
  'communication-channels': 1,
  ownership: 1,
};

function state(ratings: Record<string, number>, current: string | null = 'practitioner'): AssessmentState {
  const s = emptyState(en.version, new Date('2026-12-02T10:00:00Z'));
  return { ...s, current, target: 'specialist', ratings };
}

function run(framework: Framework, s: AssessmentState): Evaluation {
  const evaluation = evaluate(framework, s);
  if (evaluation === null) throw new Error('no evaluation');
  return evaluation;
}

/** The fixture with some trainings' hours replaced (null: effort unknown); a new object, so new indexes. */
function withHours(hours: Record<string, number | null>, extra: Training[] = []): Framework {
  return {
    ...en,
    trainings: [...en.trainings.map((t) => (t.id in hours ? { ...t, hours: hours[t.id] ?? null } : t)), ...extra],
  };
}

describe('the standards fixture', () => {
  it('passes the strict check with no warning', () => {
    expect(result.diagnostics).toEqual([]);
  });

  it.each([
    ['en', en, ['K1 · Products and services', 'K2 · Customer data protection', "S1 · Finding the customer's need"]],
    ['zh-cn', zh, ['K1 · 产品与服务', 'K2 · 客户数据保护', 'S1 · 识别客户需求']],
  ] as const)('lists competencies by area, then order (not title), code first (%s)', (_, framework, first) => {
    expect(framework.competencies.slice(0, 3).map((c) => c.label)).toEqual(first);
    expect(framework.competencies.map((c) => c.code)).toEqual([
      'K1',
      'K2',
      'S1',
      'S2',
      'B1',
      'K3',
      'K4',
      'S3',
      'S4',
      'B2',
    ]);
  });

  it.each([
    // level, ids expected, outline: group → areas
    ['practitioner', [['practitioner', ['practitioner-knowledge', 'practitioner-skills', 'practitioner-behaviours']]]],
    [
      'specialist',
      [
        ['practitioner', ['practitioner-knowledge', 'practitioner-skills', 'practitioner-behaviours']],
        ['specialist', ['specialist-knowledge', 'specialist-skills', 'specialist-behaviours']],
      ],
    ],
  ] as const)('heads the expectations of %s by group, then area', (level, outline) => {
    const ids = en.levels.find((l) => l.id === level)?.expectations.map((e) => e.competency) ?? [];
    expect(competencyOutline(en, ids).map((g) => [g.group?.id, g.areas.map((a) => a.area.id)])).toEqual(outline);
  });

  it('has a competency without a summary, which is not counted as untranslated', () => {
    const resilience = zh.competencies.find((c) => c.id === 'resilience');
    expect(resilience?.summary).toBe('');
    expect(resilience?.fallback).toBe(false);
  });

  it('gives no hours for the improvement project', () => {
    expect(en.trainings.find((t) => t.id === 'service-improvement-project')?.hours).toBeNull();
  });
});

describe('the outline without groups', () => {
  it('is one unnamed group holding the areas in order', () => {
    const plain: Framework = { ...en, groups: [], areas: en.areas.map((a) => ({ ...a, group: null })) };
    const outline = competencyOutline(plain);
    expect(outline.map((g) => g.group)).toEqual([null]);
    expect(outline[0]?.areas.map((a) => a.competencies.length)).toEqual([2, 2, 1, 2, 2, 1]);
  });
});

describe('trainings of unknown effort in the plan', () => {
  it.each([
    // case, hours changed, ratings, plan: [training, hours, horizon], known hours, unknown count
    [
      'the project (no hours) comes after every training of known effort, horizon unknown',
      {},
      practitionerMet,
      [
        ['service-models-briefing', 3, 'short'],
        ['resilience-coaching', 8, 'short'],
        ['complex-cases-course', 14, 'mid'],
        ['service-improvement-project', null, 'unknown'],
      ],
      25,
      1,
    ],
    [
      'without a gap it closes, the project is not recommended',
      {},
      { ...practitionerMet, 'service-improvement': 1 },
      [
        ['service-models-briefing', 3, 'short'],
        ['resilience-coaching', 8, 'short'],
        ['complex-cases-course', 14, 'mid'],
      ],
      25,
      0,
    ],
    [
      'two of unknown effort: the one closing more gap first',
      { 'complex-cases-course': null },
      practitionerMet,
      [
        ['service-models-briefing', 3, 'short'],
        ['resilience-coaching', 8, 'short'],
        ['complex-cases-course', null, 'unknown'],
        ['service-improvement-project', null, 'unknown'],
      ],
      11,
      2,
    ],
    [
      'everything of unknown effort: ranked by gap closed, then id',
      {
        'service-models-briefing': null,
        'resilience-coaching': null,
        'complex-cases-course': null,
      },
      practitionerMet,
      [
        ['complex-cases-course', null, 'unknown'],
        ['resilience-coaching', null, 'unknown'],
        ['service-improvement-project', null, 'unknown'],
        ['service-models-briefing', null, 'unknown'],
      ],
      0,
      4,
    ],
    [
      'a known one after the first unknown one has an unknown horizon too',
      { 'service-models-briefing': null },
      { ...practitionerMet, resilience: 1, 'needs-analysis': 2, 'complex-cases': 1, 'complaint-analysis': 1 },
      [
        ['resilience-coaching', 8, 'short'],
        ['service-improvement-project', null, 'unknown'],
        ['service-models-briefing', null, 'unknown'],
      ],
      8,
      2,
    ],
  ] as const)('%s', (_, hours, ratings, plan, known, unknown) => {
    const evaluation = run(withHours(hours), state(ratings));
    expect(evaluation.plan.map((p) => [p.training, p.hours, p.horizon])).toEqual(plan);
    expect(evaluation.plan.filter((p) => p.hours === null).every((p) => p.perHour === null)).toBe(true);
    expect(planEffort(evaluation.plan)).toEqual({ hours: known, unknown });
  });

  it('places a training of known effort whose prerequisite has none with the unknown ones', () => {
    const briefing = en.trainings.find((t) => t.id === 'service-models-briefing') as Training;
    const followUp: Training = {
      ...briefing,
      id: 'models-follow-up',
      hours: 2,
      prerequisites: ['service-improvement-project'],
    };
    const framework: Framework = {
      ...en,
      trainings: [...en.trainings.filter((t) => t.id !== briefing.id), followUp],
    };
    const allButTwo = {
      ...practitionerMet,
      'needs-analysis': 2,
      ownership: 2,
      resilience: 1,
      'complex-cases': 1,
      'complaint-analysis': 1,
    };
    const evaluation = run(framework, state(allButTwo));
    expect(evaluation.plan.map((p) => [p.training, p.hours, p.horizon, p.prerequisiteOf])).toEqual([
      ['service-improvement-project', null, 'unknown', ['models-follow-up']],
      ['models-follow-up', 2, 'unknown', []],
    ]);
  });

  const words: EffortWords = {
    hours: '{hours} h',
    unknown: 'effort unknown',
    total: 'About {hours} in all.',
    atLeast: 'At least {hours} in all: some effort is not given.',
  };
  it.each([
    [{ ...practitionerMet, 'service-improvement': 1 }, 'About 25 h in all.'],
    [practitionerMet, 'At least 25 h in all: some effort is not given.'],
  ])('says the total as "at least" when some effort is unknown', (ratings, text) => {
    expect(planEffortText(run(en, state(ratings)).plan, words)).toBe(text);
  });

  it.each([
    // hours a, hours b, expected sign of byEffort(a, b)
    [3, 8, -1],
    [8, 3, 1],
    [null, 3, 1],
    [3, null, -1],
    [null, null, -1], // then by id: a before b
  ] as const)('byEffort(%s h, %s h) sorts known effort first, shortest first', (a, b, sign) => {
    const base = en.trainings[0] as Training;
    expect(Math.sign(byEffort({ ...base, id: 'a', hours: a }, { ...base, id: 'b', hours: b }))).toBe(sign);
  });

  it('adding a training of unknown effort never removes a training of known effort, nor leaves a gap open', () => {
    const competencies = en.competencies.map((c) => c.id);
    const step = fc.integer({ min: 0, max: 2 });
    const template = en.trainings[0] as Training;
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...competencies), step),
        fc.dictionary(fc.constantFrom(...competencies), fc.integer({ min: 1, max: 2 }), { minKeys: 1 }),
        fc.subarray(['practitioner', 'specialist']),
        fc.constantFrom<string | null>('practitioner', null),
        (ratings, develops, levels, current) => {
          const before = run(en, state(ratings, current));
          const added: Training = {
            ...template,
            id: 'zz-unknown-effort',
            hours: null,
            levels,
            tracks: [],
            prerequisites: [],
            develops,
            mandatoryFor: [],
          };
          const after = run(withHours({}, [added]), state(ratings, current));
          const known = (e: Evaluation) => e.plan.filter((p) => p.horizon !== 'unknown').map((p) => p.training);
          expect(known(after)).toEqual(known(before));
          const open = (e: Evaluation) => new Set(e.uncovered.map((u) => `${u.competency}:${u.from}`));
          for (const u of after.uncovered) {
            const was = before.uncovered.find((b) => b.competency === u.competency);
            expect(was, `${u.competency} was closed before`).toBeDefined();
            expect(u.from).toBeGreaterThanOrEqual(was?.from ?? 0);
          }
          expect(open(after).size).toBeLessThanOrEqual(open(before).size);
        },
      ),
      { numRuns: 150 },
    );
  });
});
