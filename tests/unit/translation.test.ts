/** Overlaying a translation: text replaced, structure untouchable, every problem named. */
import { describe, expect, it } from 'vitest';
import { overlayTranslation, TEXT_SHAPES } from '../../src/framework/translation.ts';

const level = {
  title: 'Agent',
  summary: 'Answers calls.',
  rank: 1,
  responsibilities: ['Answer', 'Log'],
  lateralMoves: [{ to: 'qa', minMonths: 6, conditions: ['Interview'] }],
  promotion: { minMonths: 6, conditions: ['No warnings'] },
};

describe('overlayTranslation', () => {
  it.each([
    [
      'replaces text, keeps structure',
      { title: '客服', responsibilities: ['接听', '记录'], lateralMoves: [{ conditions: ['面试'] }] },
      {
        title: '客服',
        rank: 1,
        responsibilities: ['接听', '记录'],
        lateralMoves: [{ to: 'qa', minMonths: 6, conditions: ['面试'] }],
      },
      ['summary', 'promotion'],
      [],
    ],
    [
      'an empty translation falls back everywhere',
      {},
      level,
      ['title', 'summary', 'responsibilities', 'promotion', 'lateralMoves'],
      [],
    ],
    ['a structural field', { title: 'x', rank: 2 }, { rank: 1 }, null, ['rank']],
    ['a field that does not exist', { title: 'x', colour: 'red' }, {}, null, ['colour']],
    [
      'a list of another length',
      { responsibilities: ['只有一项'] },
      { responsibilities: ['Answer', 'Log'] },
      null,
      ['responsibilities'],
    ],
    ['a number where text belongs', { title: 3 }, { title: 'Agent' }, null, ['title']],
    [
      'too many lateral moves',
      { lateralMoves: [{ conditions: ['a'] }, { conditions: ['b'] }] },
      {},
      null,
      ['lateralMoves'],
    ],
    ['a structural field inside an item', { lateralMoves: [{ to: 'x' }] }, {}, null, ['lateralMoves[0].to']],
  ])('%s', (_name, translation, expected, missing, problemFields) => {
    const result = overlayTranslation(level, translation, TEXT_SHAPES.levels, 'en');
    expect(result.data).toMatchObject(expected);
    if (missing !== null) expect(result.missing).toEqual(missing);
    expect(result.problems.map((p) => p.field)).toEqual(problemFields);
  });

  it('maps indicators by step and rejects steps the original lacks', () => {
    const competency = { title: 'C', summary: 's', indicators: { '1': ['a'], '2': ['b', 'c'] } };
    const ok = overlayTranslation(
      competency,
      { indicators: { '1': ['甲'], '2': ['乙', '丙'] } },
      TEXT_SHAPES.competencies,
      'en',
    );
    expect(ok.data['indicators']).toEqual({ '1': ['甲'], '2': ['乙', '丙'] });
    const bad = overlayTranslation(competency, { indicators: { '3': ['丁'] } }, TEXT_SHAPES.competencies, 'en');
    expect(bad.problems.map((p) => p.field)).toEqual(['indicators.3']);
  });
});
