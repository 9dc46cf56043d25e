/** The order of search results on top of Pagefind's: phrase matches first, then the page named by the query. */
import { describe, expect, it } from 'vitest';
import {
  isPhrase,
  normalizeTitle,
  phraseFirst,
  rankedSearch,
  titleFirst,
  type PagefindResult,
} from '../../src/islands/search-rank.ts';

describe('normalizeTitle', () => {
  it.each([
    ['Team lead', 'teamlead'],
    ['  TEAM   Lead ', 'teamlead'],
    ['VIP 客服专员', 'vip客服专员'],
    ['Ｑ＆Ａ：FAQ', 'qafaq'],
    ['Coaching, others!', 'coachingothers'],
  ])('%s', (text, expected) => {
    expect(normalizeTitle(text)).toBe(expected);
  });
});

describe('isPhrase', () => {
  it.each([
    ['coaching', false],
    ['team lead', true],
    ['投', false],
    ['投诉', true],
    ['VIP 客服', true],
    ['"team lead"', false],
  ])('%s', (query, expected) => {
    expect(isPhrase(query)).toBe(expected);
  });
});

describe('phraseFirst', () => {
  const r = (id: string) => ({ id });
  it.each([
    [
      ['a', 'b', 'c', 'd'],
      ['c', 'a'],
      ['a', 'c', 'b', 'd'],
    ],
    [['a', 'b'], [], ['a', 'b']],
    [['a', 'b'], ['x'], ['a', 'b']],
  ])('%j with phrase matches %j', (all, phrase, expected) => {
    expect(phraseFirst(all.map(r), phrase.map(r)).map((x) => x.id)).toEqual(expected);
  });
});

describe('titleFirst', () => {
  it.each([
    [['Team leadership', 'Leading teams', 'Team lead'], 'team lead', ['Team lead', 'Team leadership', 'Leading teams']],
    [['客户服务培训', '客户服务'], '客户服务', ['客户服务', '客户服务培训']],
    [['A', 'B'], 'C', ['A', 'B']],
  ])('%j for %s', (titles, query, expected) => {
    expect(titleFirst(titles, (t) => t, query)).toEqual(expected);
  });
});

describe('rankedSearch', () => {
  const page = (id: string, title: string): PagefindResult => ({
    id,
    data: () => Promise.resolve({ url: `/${id}/`, excerpt: '', content: '', meta: { title }, filters: {} }),
  });
  const pages = [page('a', 'Team leadership'), page('b', 'Coaching'), page('c', 'Team lead'), page('d', 'Other')];
  const pagefind = {
    search: (query: string) => {
      const results = query.startsWith('"') ? [pages[2]!, pages[1]!] : pages;
      return Promise.resolve({ results });
    },
  };

  it('puts the page named by the query first, then the phrase matches, then the rest', async () => {
    const results = await rankedSearch(pagefind, 'Team lead', {}, 3);
    expect(results.map((r) => r.id)).toEqual(['c', 'b', 'a', 'd']);
  });

  it('looks for the title only within the window', async () => {
    const results = await rankedSearch(pagefind, 'Other', {}, 2);
    expect(results.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
