import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { median, titledPages } from '../../src/verify/search-queries.ts';

const entry = (id: string, title: string) => ({ id, title });

describe('the first-search query set', () => {
  test('every entry with a page of its own, by title and path in its locale', () => {
    const pages = titledPages({
      locale: 'zh-cn',
      tracks: [entry('support', '支持')],
      levels: [entry('ic1', '一级')],
      competencies: [entry('writing', '写作')],
      trainings: [entry('intro', '入门')],
      pages: [entry('faq', '常见问题')],
    } as never);
    expect(pages).toEqual([
      { title: '支持', path: 'zh-cn/tracks/support/' },
      { title: '一级', path: 'zh-cn/levels/ic1/' },
      { title: '写作', path: 'zh-cn/competencies/writing/' },
      { title: '入门', path: 'zh-cn/trainings/intro/' },
      { title: '常见问题', path: 'zh-cn/faq/' },
    ]);
  });

  test.each([
    [[], Number.NaN],
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
  ])('median of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  test('the median lies between the smallest and the largest value, whatever the order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1 }), (values) => {
        const m = median(values);
        expect(m).toBeGreaterThanOrEqual(Math.min(...values));
        expect(m).toBeLessThanOrEqual(Math.max(...values));
        expect(median([...values].reverse())).toBe(m);
      }),
    );
  });
});
