/**
 * Level changes between framework versions, and the sentences that say them, in both languages: the
 * changes page and the self-assessment's explanation of an older assessment both rely on these.
 */
import { describe, expect, it } from 'vitest';
import {
  changesForTarget,
  diffLevel,
  type FrameworkStructure,
  type LevelStructure,
} from '../../src/framework/changes.ts';
import { changePhrases, describeLevelChange } from '../../src/i18n/changes.ts';
import { useTranslations } from '../../src/i18n/index.ts';

const level = (over: Partial<LevelStructure> = {}): LevelStructure => ({
  grade: 'g2',
  next: 'b',
  expectations: { communication: 2, empathy: 2 },
  mandatory: ['induction'],
  promotion: { minMonths: 12, metrics: { csat: 85 }, trainings: ['workshop'], assessments: ['exam'] },
  ...over,
});

const names: Record<string, string> = {
  communication: 'Communication',
  empathy: 'Empathy',
  coaching: 'Coaching',
  induction: 'Induction',
  workshop: 'Workshop',
  clinic: 'Clinic',
  exam: 'Written exam',
  review: 'Call review',
  csat: 'CSAT',
  fcr: 'FCR',
  g2: 'Grade 2',
  g3: 'Grade 3',
};
const name = (id: string) => names[id] ?? id;

describe('diffLevel', () => {
  it('finds nothing between equal structures', () => {
    expect(diffLevel(level(), level())).toEqual([]);
  });

  it('reports every kind of change, in a stable order', () => {
    const after = level({
      grade: 'g3',
      expectations: { communication: 3, coaching: 1 },
      mandatory: [],
      promotion: {
        minMonths: 9,
        metrics: { csat: 88, fcr: 70 },
        trainings: ['clinic'],
        assessments: ['exam', 'review'],
      },
    });
    expect(diffLevel(level(), after)).toEqual([
      { kind: 'grade', from: 'g2', to: 'g3' },
      { kind: 'expectation', competency: 'communication', from: 2, to: 3 },
      { kind: 'expectation', competency: 'coaching', from: null, to: 1 },
      { kind: 'expectation', competency: 'empathy', from: 2, to: null },
      { kind: 'mandatory', training: 'induction', added: false },
      { kind: 'promotion-months', from: 12, to: 9 },
      { kind: 'promotion-metric', metric: 'csat', from: 85, to: 88 },
      { kind: 'promotion-metric', metric: 'fcr', from: null, to: 70 },
      { kind: 'promotion-training', training: 'clinic', added: true },
      { kind: 'promotion-training', training: 'workshop', added: false },
      { kind: 'promotion-assessment', assessment: 'review', added: true },
    ]);
  });

  it('a promotion removed or introduced is one change of months plus its criteria', () => {
    expect(diffLevel(level(), level({ promotion: null }))).toEqual([
      { kind: 'promotion-months', from: 12, to: null },
      { kind: 'promotion-metric', metric: 'csat', from: 85, to: null },
      { kind: 'promotion-training', training: 'workshop', added: false },
      { kind: 'promotion-assessment', assessment: 'exam', added: false },
    ]);
  });
});

describe('changesForTarget', () => {
  const before: FrameworkStructure = { levels: { a: level(), b: level({ next: null, promotion: null }) } };
  const after: FrameworkStructure = {
    levels: {
      a: level({ promotion: { minMonths: 6, metrics: { csat: 85 }, trainings: ['workshop'], assessments: ['exam'] } }),
      b: level({ next: null, promotion: null, expectations: { communication: 3, empathy: 2 } }),
      c: level({ next: null }),
    },
  };

  it('includes the criteria of the level left only when the move is its promotion', () => {
    expect(changesForTarget(before, after, 'b', 'a')).toEqual([
      { kind: 'expectation', competency: 'communication', from: 2, to: 3 },
      { kind: 'promotion-months', from: 12, to: 6 },
    ]);
    expect(changesForTarget(before, after, 'b', null)).toHaveLength(1);
    expect(changesForTarget(before, after, 'b', 'c')).toHaveLength(1);
  });

  it('is null for a target the older version did not have', () => {
    expect(changesForTarget(before, after, 'c', 'a')).toBeNull();
  });
});

describe('describeLevelChange', () => {
  const all = diffLevel(
    level(),
    level({
      grade: 'g3',
      expectations: { communication: 3, empathy: 1, coaching: 1 },
      mandatory: ['clinic'],
      promotion: { minMonths: 9, metrics: { fcr: 70 }, trainings: [], assessments: ['review'] },
    }),
  );
  const withNull = diffLevel(level(), level({ promotion: null }));
  const conditions = [
    { kind: 'promotion-condition' as const, text: 'No open warnings.', added: true },
    { kind: 'promotion-condition' as const, text: 'Old rule.', added: false },
  ];
  const noPromotionBefore = diffLevel(level({ promotion: null }), level());

  it('says each change in English', () => {
    const phrases = changePhrases(useTranslations('en'));
    expect(
      [...all, ...conditions, withNull[0]!, noPromotionBefore[0]!].map((c) => describeLevelChange(c, phrases, name)),
    ).toEqual([
      'Grade changed from Grade 2 to Grade 3',
      'Communication: expected step raised from 2 to 3',
      'Empathy: expected step lowered from 2 to 1',
      'Coaching: now expected, at step 1',
      'Clinic is now mandatory at this level',
      'Induction is no longer mandatory at this level',
      'Time in the level before promotion changed from 12 to 9 months',
      'Promotion now has a target for FCR: 70',
      'Promotion no longer has a target for CSAT (was 85)',
      'Promotion no longer requires the training Workshop',
      'Promotion now requires Call review',
      'Promotion no longer requires Written exam',
      'New promotion condition: No open warnings.',
      'Promotion condition removed: Old rule.',
      'Promotion from this level was removed',
      'Promotion from this level is now possible after 12 months',
    ]);
  });

  it('says each change in Chinese, with every placeholder filled', () => {
    const phrases = changePhrases(useTranslations('zh-cn'));
    const sentences = [...all, ...conditions, ...withNull, ...noPromotionBefore].map((c) =>
      describeLevelChange(c, phrases, name),
    );
    expect(sentences[1]).toBe('Communication：期望等级由 2 提高到 3');
    for (const s of sentences) {
      expect(s).not.toMatch(/[{}]/);
      expect(s).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('an expectation removed names the step it had', () => {
    const phrases = changePhrases(useTranslations('en'));
    expect(describeLevelChange({ kind: 'expectation', competency: 'empathy', from: 2, to: null }, phrases, name)).toBe(
      'Empathy: no longer expected (was step 2)',
    );
  });
});
