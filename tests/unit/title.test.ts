/** Document titles fit in 70 characters: the comparison of two long level titles, and the site name. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import { compareTitle, documentTitle, pairText, shorten, TITLE_MAX } from '../../src/site/title.ts';

const level = (title: string, band = '') => ({ title, band });
const from = level('Senior Customer Operations Specialist · 1B');
const to = level('Principal Support Engineer (IC5)');

/** A name as the title shows it: whole, or its start and end around an ellipsis. */
function standsFor(shown: string, name: string): boolean {
  if (shown === name) return true;
  return [...shown.matchAll(/…/gu)].some(({ index }) => {
    const [start, end] = [shown.slice(0, index), shown.slice(index + 1)];
    return start.length + end.length < name.length && name.startsWith(start) && name.endsWith(end);
  });
}

describe('compareTitle', () => {
  it.each([
    ['en', 'Senior Customer Operat… · 1B compared with Principal Support En… (IC5)'],
    ['zh-cn', 'Senior Customer Operations Sp… · 1B与Principal Support Engineer (IC5)对比'],
  ])('fits two long level titles in %s, keeping the start and last word of each', (locale, expected) => {
    const title = compareTitle(useTranslations(locale), from, to);
    expect(title).toBe(expected);
    expect(title.length).toBeLessThanOrEqual(TITLE_MAX);
  });

  it('shortens both when both are long', () => {
    const title = compareTitle(
      useTranslations('en'),
      level('Principal Customer Operations Specialist'),
      level('Director of Global Support Engineering Operations'),
    );
    expect(title).toBe('Principal Customer Operatio… compared with Director of Global Support…');
  });

  it('keeps two sub-levels of one long band told apart', () => {
    const band = 'Senior Customer Operations Specialist';
    expect(compareTitle(useTranslations('en'), level('1B', band), level('1C', band))).toBe(
      'Senior Customer Operat… · 1B compared with Senior Customer Opera… · 1C',
    );
  });

  it('keeps short titles whole, band included', () => {
    expect(compareTitle(useTranslations('en'), level('1B', 'Level 1'), level('1C', 'Level 1'))).toBe(
      'Level 1 · 1B compared with Level 1 · 1C',
    );
  });

  it.each(['en', 'zh-cn'])('any two level titles fit in %s and each stays recognisable', (locale) => {
    const t = useTranslations(locale);
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 80 }),
        fc.string({ unit: 'grapheme', maxLength: 80 }),
        (a, b) => {
          const shown: string[] = [];
          const template = (x: string, y: string) => {
            shown.splice(0, 2, x, y);
            return t('compare.pairTitle', { from: x, to: y });
          };
          const title = pairText(template, a, b);
          expect(title.length).toBeLessThanOrEqual(TITLE_MAX);
          expect(standsFor(shown[0] ?? '', a)).toBe(true);
          expect(standsFor(shown[1] ?? '', b)).toBe(true);
          // The room is shared: a name that fits in half of it is never shortened.
          const half = Math.floor((TITLE_MAX - t('compare.pairTitle', { from: '', to: '' }).length) / 2);
          if (a.length <= half) expect(shown[0]).toBe(a);
          if (b.length <= half) expect(shown[1]).toBe(b);
        },
      ),
    );
  });
});

describe('documentTitle', () => {
  it('adds the site name when it fits and drops it when it does not', () => {
    expect(documentTitle('Compare levels', 'Support Handbook')).toBe('Compare levels · Support Handbook');
    const long = 'Senior Customer Operations Specialist compared with Principal…';
    expect(documentTitle(long, 'Support Handbook')).toBe(long);
    expect(documentTitle('Support Handbook', 'Support Handbook')).toBe('Support Handbook');
  });

  it('never runs over the limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.string({ maxLength: 60 }), (title, site) => {
        const shown = documentTitle(title, site);
        expect(shown.length).toBeLessThanOrEqual(TITLE_MAX);
        expect(shown.startsWith(title) || standsFor(shown, title)).toBe(true);
      }),
    );
  });
});

describe('shorten', () => {
  it('cuts between graphemes and drops the space before the ellipsis', () => {
    expect(shorten('Senior Customer Operations', 15)).toBe('Senior Custome…');
    expect(shorten('👩‍💻 engineer', 6)).toBe('👩‍💻…');
    expect(shorten('short', 10)).toBe('short');
  });

  it('keeps the last words when they fit in a third of the room, Chinese brackets included', () => {
    expect(shorten('Principal Support Engineer (IC5)', 27)).toBe('Principal Support En… (IC5)');
    expect(shorten('Principal Customer Operations Specialist', 27)).toBe('Principal Customer Operati…');
    expect(shorten('首席支持工程师很长很长的标题文字再长一些（IC5）', 20)).toBe('首席支持工程师很长很长的标题…（IC5）');
  });
});
