/**
 * The self-assessment against criteria per level (ic-ladder fixture): criterion-only competencies are
 * rated on the criteria scale, kept under the level that wrote the criterion, and counted in gaps,
 * readiness, the verdict and the plan; the verdict policy decides whether a label is shown.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/assessment/codec.ts';
import { compareAssessments } from '../../src/assessment/compare.ts';
import { evaluate, shownVerdict, type Evaluation } from '../../src/assessment/engine.ts';
import { toCsv, toMarkdown } from '../../src/assessment/export.ts';
import { emptyState, LIMITS, validateState, type AssessmentState } from '../../src/assessment/state.ts';
import { buildFrameworks } from '../../src/framework/build.ts';
import type { Framework } from '../../src/framework/model.ts';
import type { VerdictPolicy } from '../../src/framework/vocabulary.ts';
import { readContent } from '../../src/node/read-content.ts';
import { IC_LADDER } from '../helpers/content.ts';
import { EXPORT_WORDS as words } from '../helpers/export-words.ts';

async function ladder(policy?: VerdictPolicy): Promise<Framework> {
  const source = structuredClone(readContent(IC_LADDER).source);
  if (policy !== undefined) (source.settings?.data as Record<string, unknown>)['verdict'] = { policy };
  const result = await buildFrameworks(source);
  if (result.frameworks === null) throw new Error(JSON.stringify(result.diagnostics));
  return result.frameworks['en'] as Framework;
}

const en = await ladder();
const state = (over: Partial<AssessmentState>): AssessmentState => ({
  ...emptyState(en.version, new Date('2026-12-01T09:00:00Z')),
  current: 'ic2',
  target: 'ic3',
  ...over,
});
const ic3 = state({
  ratings: { 'product-knowledge': 2, 'customer-communication': 2 },
  criteria: { 'ic3.escalations': 1, 'ic2.troubleshooting': 2, 'ic2.sla-ownership': 3, 'ic3.mentoring': 0 },
});
const result = evaluate(en, ic3) as Evaluation;

describe('rows against criteria', () => {
  it.each([
    // competency, scale, kept under, expected, self, gap, surplus, status, step at the current level
    ['escalations', 'criteria', 'ic3.escalations', 2, 1, 1, 0, 'gap', null],
    ['product-knowledge', 'steps', null, 3, 2, 1, 0, 'gap', 2],
    ['troubleshooting', 'criteria', 'ic2.troubleshooting', 2, 2, 0, 0, 'met', null],
    ['customer-communication', 'steps', null, 2, 2, 0, 0, 'met', 2],
    ['sla-ownership', 'criteria', 'ic2.sla-ownership', 2, 3, 0, 1, 'met', null],
    ['mentoring', 'criteria', 'ic3.mentoring', 2, 0, 2, 0, 'gap', null],
  ])('%s: rated on %s', (competency, scale, criterion, expected, self, gap, surplus, status, current) => {
    expect(result.competencies.find((c) => c.competency === competency)).toMatchObject({
      scale,
      criterion,
      expected,
      self,
      gap,
      surplus,
      status,
      current,
    });
  });

  it('leaves a criterion unrated when the rating is kept for another level’s words', () => {
    // IC4 rewrites the escalations criterion: a rating given against IC3's words does not carry over.
    const ic4 = evaluate(en, state({ current: 'ic3', target: 'ic4', criteria: { 'ic3.escalations': 3 } }));
    expect(ic4?.competencies.find((c) => c.competency === 'escalations')).toMatchObject({
      criterion: 'ic4.escalations',
      self: null,
      status: 'unrated',
    });
    // …while a criterion IC4 inherits keeps the rating given against the level that wrote it.
    const inherited = evaluate(en, state({ current: 'ic3', target: 'ic4', criteria: { 'ic2.troubleshooting': 3 } }));
    expect(inherited?.competencies.find((c) => c.competency === 'troubleshooting')?.status).toBe('met');
  });

  it('counts them in readiness', () => {
    expect(result.readiness).toMatchObject({ met: 3, total: 6, share: 0.5 });
  });

  it('counts their gaps in the verdict', () => {
    expect(result.why).toMatchObject({ rule: 'not-yet', gaps: 3, largest: 2 });
  });

  it('plans a training that develops the competency to close a criterion, whatever step it names', () => {
    expect(result.plan.map((p) => [p.training, p.closes])).toEqual([
      ['escalation-clinic', [{ competency: 'escalations', from: 1, to: 2 }]],
      ['product-deep-dive', [{ competency: 'product-knowledge', from: 2, to: 3 }]],
    ]);
    expect(result.uncovered).toEqual([{ competency: 'mentoring', from: 0, to: 2, elsewhere: [] }]);
  });

  it('is ready when every criterion and step is met', () => {
    const ready = evaluate(
      en,
      state({
        ratings: { 'product-knowledge': 3, 'customer-communication': 2 },
        criteria: { 'ic3.escalations': 2, 'ic2.troubleshooting': 2, 'ic2.sla-ownership': 2, 'ic3.mentoring': 3 },
        facts: { monthsInLevel: 14, metrics: {}, trainings: [], assessments: [], conditions: [0] },
      }),
    );
    expect([ready?.verdict, ready?.planStatus]).toEqual(['ready', 'no-gaps']);
  });
});

describe('the verdict policy', () => {
  it.each([
    // policy, label shown, said to be indicative
    ['rules', 'not-yet', false],
    ['indicative', 'not-yet', true],
    ['off', null, false],
  ] as const)('%s', async (policy, shown, indicative) => {
    const framework = await ladder(policy);
    const r = evaluate(framework, { ...ic3, framework: framework.version }) as Evaluation;
    expect([r.policy, shownVerdict(r)]).toEqual([policy, shown]);
    const markdown = toMarkdown(framework, ic3, r, words, '1 December 2026');
    expect(markdown.includes('**Verdict:**')).toBe(shown !== null);
    expect(markdown.includes('This verdict is indicative.')).toBe(indicative);
    // Gaps, criteria and the plan remain whatever the policy.
    expect(markdown).toContain('## Plan');
    expect(markdown).toContain('| Mentoring: Mentors one newer engineer through their first months. | Consistently');
  });

  it('keeps the results the same apart from the label', async () => {
    const off = evaluate(await ladder('off'), ic3) as Evaluation;
    expect({ ...off, policy: 'indicative' }).toEqual(result);
  });

  it('writes ratings against criteria by their labels in the CSV', () => {
    const csv = toCsv(en, ic3, result, words, '1 December 2026');
    expect(csv).toContain('Mentoring,Consistently (about 6 months),Not yet,2,');
    expect(csv).toContain('Product knowledge,3,2,1,');
  });
});

describe('two assessments compared', () => {
  // The team lead's view of the same IC2 → IC3 case: two criteria and a step rated differently.
  const lead = state({
    label: 'Team lead',
    ratings: { 'product-knowledge': 3, 'customer-communication': 2 },
    criteria: { 'ic3.escalations': 2, 'ic2.troubleshooting': 2, 'ic2.sla-ownership': 3 },
  });
  const comparison = compareAssessments(en, ic3, lead);

  it.each([
    // competency, scale, expected, first, second, difference, disagree
    ['escalations', 'criteria', 2, 1, 2, 1, true],
    ['product-knowledge', 'steps', 3, 2, 3, 1, true],
    ['troubleshooting', 'criteria', 2, 2, 2, 0, false],
    ['customer-communication', 'steps', 2, 2, 2, 0, false],
    ['sla-ownership', 'criteria', 2, 3, 3, 0, false],
    ['mentoring', 'criteria', 2, 0, null, null, true],
  ])('%s on %s', (competency, scale, expected, first, second, difference, disagree) => {
    expect(comparison.rows.find((r) => r.competency === competency)).toEqual({
      competency,
      scale,
      expected,
      first,
      second,
      difference,
      disagree,
    });
  });

  it('covers every row the target rates, criterion-only ones included, in the results’ order', () => {
    expect(comparison.rows.map((r) => r.competency)).toEqual(result.competencies.map((c) => c.competency));
    expect(comparison.disagreements).toBe(3);
  });

  it('names ratings against criteria by the criteria scale in the Markdown export', () => {
    const md = toMarkdown(en, ic3, result, words, '2026-12-01', {
      state: lead,
      names: { first: 'You', second: 'Team lead' },
    });
    const section = md.slice(md.indexOf('## You compared with Team lead')).split('\n');
    const title = (id: string) => en.competencies.find((c) => c.id === id)?.label;
    const line = (id: string) => section.find((l) => l.startsWith(`| ${title(id)} |`));
    expect(line('escalations')).toBe(
      `| ${title('escalations')} | Consistently (about 6 months) | Sometimes | Consistently (about 6 months) | rated differently |`,
    );
    expect(line('mentoring')).toBe(`| ${title('mentoring')} | Consistently (about 6 months) | Not yet |  | — |`);
    expect(line('product-knowledge')).toBe(`| ${title('product-knowledge')} | 3 | 2 | 3 | +1 |`);
  });
});

describe('ratings against criteria in the state', () => {
  it.each([
    ['a rating', { 'ic3.escalations': 2 }, { 'ic3.escalations': 2 }, []],
    ['a key without a level', { escalations: 2 }, {}, ['criteria.escalations']],
    ['a key with a capital', { 'IC3.escalations': 2 }, {}, ['criteria.IC3.escalations']],
    ['a half rating', { 'ic3.escalations': 1.5 }, {}, ['criteria.ic3.escalations']],
    ['a negative rating', { 'ic3.escalations': -1 }, {}, ['criteria.ic3.escalations']],
    ['a rating as text', { 'ic3.escalations': '2' }, {}, ['criteria.ic3.escalations']],
    ['a list', [2], {}, ['criteria']],
  ])('%s', (_, criteria, kept, dropped) => {
    const checked = validateState({ ...ic3, criteria });
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.state.criteria).toEqual(kept);
    expect(checked.dropped.map((d) => d.path)).toEqual(dropped);
  });

  it('keeps at most the entries a map may have', () => {
    const many = Object.fromEntries(Array.from({ length: LIMITS.entries + 1 }, (_, i) => [`l${i}.c`, 1]));
    const checked = validateState({ ...ic3, criteria: many });
    expect(checked.ok && checked.dropped.map((d) => d.path)).toEqual(['criteria']);
  });

  it('reports a criterion of a level or competency the framework does not have', () => {
    const { unknown } = reconcile(en, { ...ic3, criteria: { ...ic3.criteria, 'ic9.escalations': 1, 'ic3.typing': 1 } });
    expect(unknown).toEqual([
      { field: 'criteria', id: 'ic9.escalations' },
      { field: 'criteria', id: 'ic3.typing' },
    ]);
  });
});

describe('for any ratings against criteria', () => {
  const targets = en.levels.map((l) => l.id);
  const keys = [...new Set(en.levels.flatMap((l) => l.criteria.map((c) => `${c.setBy}.${c.competency}`)))];
  const ratings = en.criteriaScale.ratings.map((_, i) => i);
  it('gives no negative gap, and a criterion is met exactly when its rating reaches `meets`', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...targets),
        fc.dictionary(fc.constantFrom(...keys), fc.constantFrom(...ratings)),
        (target, criteria) => {
          const r = evaluate(en, state({ target, current: null, criteria })) as Evaluation;
          for (const row of r.competencies.filter((c) => c.scale === 'criteria')) {
            const rating = criteria[row.criterion ?? ''];
            expect(row.gap).toBeGreaterThanOrEqual(0);
            expect(row.status === 'met').toBe(rating !== undefined && rating >= en.criteriaScale.meets);
            expect(row.gap).toBe(Math.max(0, en.criteriaScale.meets - (rating ?? 0)));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
