/**
 * "Did you mean …?": the edit distance, the nearest vocabulary words, corrected queries, and the
 * vocabulary the Service Advance Track fixture yields; properties with fast-check.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Framework } from '../../src/framework/model.ts';
import { corrections, editDistance, maxEdits, nearestWords } from '../../src/islands/did-you-mean.ts';
import { checkContent } from '../../src/node/check-content.ts';
import { searchWords } from '../../src/site/search-words.ts';
import { join } from 'node:path';
import { FIXTURES, SERVICE } from '../helpers/content.ts';

const frameworks = (await checkContent(SERVICE)).frameworks as Record<string, Framework>;

describe('editDistance', () => {
  it.each([
    ['coaching', 'coaching', 2, 0],
    ['promtion', 'promotion', 2, 1],
    ['empathey', 'empathy', 2, 1],
    ['teh', 'the', 2, 1],
    ['kitten', 'sitting', 3, 3],
    ['abcdef', 'zzzzzz', 2, 3],
    ['ca', 'abc', 2, 3],
    ['a', 'abcd', 1, 2],
  ])('%s → %s (at most %i)', (a, b, max, expected) => {
    expect(editDistance(a, b, max)).toBe(expected);
  });
});

describe('nearestWords', () => {
  const vocabulary = ['customer', 'coaching', 'communication', 'promotion', 'promotions', 'empathy', 'team'];
  it.each([
    ['promtion', ['promotion', 'promotions']],
    ['Coching', ['coaching']],
    ['empathey', ['empathy']],
    ['taem', ['team']],
    ['coaching', []],
    ['zzqxj', []],
    ['投诉', []],
  ])('%s', (word, expected) => {
    expect(nearestWords(word, vocabulary)).toEqual(expected);
  });
});

describe('corrections', () => {
  const vocabulary = ['promotion', 'criteria', 'coaching', 'coaches'];
  it.each([
    ['promtion criteria', ['promotion criteria']],
    ['promtion critera', ['promotion criteria']],
    ['coachin', ['coaching', 'coaches']],
    ['coaching', []],
    ['zzqxj', []],
  ])('%s', (query, expected) => {
    expect(corrections(query, vocabulary)).toEqual(expected);
  });
});

/** One edit of `word` at `at`: insert, delete, substitute or swap two neighbours. */
const oneEdit = fc
  .record({
    word: fc.stringMatching(/^[a-z]{3,12}$/),
    kind: fc.constantFrom('insert', 'delete', 'substitute', 'swap'),
    at: fc.nat(),
    letter: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
  })
  .map(({ word, kind, at, letter }) => {
    const i = at % word.length;
    if (kind === 'insert') return { word, typo: word.slice(0, i) + letter + word.slice(i) };
    if (kind === 'delete') return { word, typo: word.slice(0, i) + word.slice(i + 1) };
    if (kind === 'substitute') return { word, typo: word.slice(0, i) + letter + word.slice(i + 1) };
    const j = Math.min(i, word.length - 2);
    return { word, typo: word.slice(0, j) + word[j + 1] + word[j] + word.slice(j + 2) };
  })
  .filter(({ word, typo }) => typo !== word);

describe('properties', () => {
  it('any vocabulary word with one edit is suggested, and the first suggestion is one edit away', () => {
    fc.assert(
      fc.property(oneEdit, fc.uniqueArray(fc.stringMatching(/^[a-z]{3,12}$/), { maxLength: 40 }), (edit, others) => {
        const vocabulary = [...others.filter((w) => w !== edit.word), edit.word];
        fc.pre(!vocabulary.includes(edit.typo));
        const nearest = nearestWords(edit.typo, vocabulary, vocabulary.length);
        expect(nearest).toContain(edit.word);
        expect(editDistance(edit.typo, nearest[0] ?? '', 2)).toBe(1);
      }),
    );
  });

  it('the distance is symmetric, zero only for equal words, and capped at max + 1', () => {
    const word = fc.stringMatching(/^[a-z]{0,10}$/);
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        const d = editDistance(a, b, max);
        expect(editDistance(b, a, max)).toBe(d);
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(max + 1);
      }),
    );
  });

  it('a longer word may be further away', () => {
    expect([3, 4, 5, 12].map(maxEdits)).toEqual([1, 1, 2, 2]);
  });
});

describe('searchWords', () => {
  const en = searchWords(frameworks['en'] as Framework);
  it('holds the handbook words, lower case, at least three letters, without duplicates', () => {
    expect(en).toEqual(expect.arrayContaining(['promotion', 'empathy', 'coaching', 'complaint']));
    expect(en.every((w) => w === w.toLowerCase() && w.length >= 3)).toBe(true);
    expect(new Set(en).size).toBe(en.length);
  });

  it('puts the most frequent words first', () => {
    expect(en.indexOf('customer')).toBeLessThan(en.indexOf('empathy'));
  });

  it('keeps no Chinese characters in the Chinese vocabulary', () => {
    const zh = searchWords(frameworks['zh-cn'] as Framework);
    expect(zh.some((w) => /\p{Script=Han}/u.test(w))).toBe(false);
  });

  it.each([
    ['promtion', 'promotion'],
    ['empathey', 'empathy'],
    ['coching', 'coaching'],
  ])('corrects %s to %s with the fixture vocabulary', (typo, word) => {
    expect(corrections(typo, en)[0]).toBe(word);
  });
  it('holds the words of bands, criteria and their examples, and groups', async () => {
    const wordsOf = (text: string) => text.toLowerCase().match(/[a-z]{3,}/g) ?? [];
    const ops = (await checkContent(join(FIXTURES, 'frameworks/ops-ladder'))).frameworks?.en as Framework;
    const ic = (await checkContent(join(FIXTURES, 'frameworks/ic-ladder'))).frameworks?.en as Framework;
    const standards = (await checkContent(join(FIXTURES, 'frameworks/standards'))).frameworks?.en as Framework;
    const band = ops.levels.find((l) => l.band !== '')?.band ?? '';
    const criterion = ic.levels.flatMap((l) => l.criteria).find((c) => c.examples.length > 0);
    const group = standards.groups[0]?.label ?? '';
    expect(searchWords(ops)).toEqual(expect.arrayContaining(wordsOf(band)));
    expect(searchWords(ic)).toEqual(
      expect.arrayContaining([...wordsOf(criterion?.text ?? ''), ...wordsOf(criterion?.examples[0] ?? '')]),
    );
    expect(searchWords(standards)).toEqual(expect.arrayContaining(wordsOf(group)));
    expect([band, criterion?.text, group].every((t) => t !== undefined && t !== '')).toBe(true);
  });
});
