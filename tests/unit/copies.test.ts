/** Recovery copies of the assessment: newest first, no repeats, at most five, unreadable lists ignored. */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { MAX_COPIES, parseCopies, withCopy } from '../../src/assessment/copies.ts';

const now = new Date('2026-12-02T08:00:00Z');

it('adds the newest first, skips a repeat of the newest and moves an older repeat to the front', () => {
  const one = withCopy([], 'a', now);
  expect(one).toEqual([{ kept: now.toISOString(), save: 'a' }]);
  expect(withCopy(one, 'a', new Date('2026-12-03'))).toEqual(one);
  const three = withCopy(withCopy(one, 'b', now), 'c', now);
  expect(withCopy(three, 'a', now).map((c) => c.save)).toEqual(['a', 'c', 'b']);
});

it('keeps at most five, always the newest, never the same save twice', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), { maxLength: 30 }), (saves) => {
      const copies = saves.reduce((list, save) => withCopy(list, save, now), withCopy([], 'start', now));
      expect(copies.length).toBeLessThanOrEqual(MAX_COPIES);
      expect(new Set(copies.map((c) => c.save)).size).toBe(copies.length);
      expect(copies[0]?.save).toBe(saves.at(-1) ?? 'start');
    }),
  );
});

it.each([null, '', 'not json', '{"kept":1}', '[1, {"kept": "x"}]'])(
  'reads %j as no copies, without throwing',
  (text) => {
    expect(parseCopies(text)).toEqual([]);
  },
);

it('reads back what it wrote', () => {
  const copies = withCopy(withCopy([], 'a', now), 'b', now);
  expect(parseCopies(JSON.stringify(copies))).toEqual(copies);
});
