/** The line of a diagnostic's field in the YAML it was read from. */
import { describe, expect, it } from 'vitest';
import { fieldLine } from '../../src/node/field-lines.ts';

const yaml = [
  'title: Agent II', // line 2 of the file (after `---`)
  'promotion:',
  '  metrics:',
  '    - metric: csat',
  '      target: 90',
  'indicators:',
  '  3:',
  '    - Listens.',
  '    - Explains.',
  'ui:',
  '  en:',
  '    nav.assess: Check yourself',
].join('\n');
const source = { yaml, firstLine: 2 };

describe('fieldLine', () => {
  it.each([
    ['title', 2],
    ['promotion', 3],
    ['promotion.metrics[0].target', 6],
    ['promotion.metrics[0]', 5],
    ['indicators.3[1]', 10],
    ['ui.en.nav.assess', 13],
    // Not written: the nearest parent that is, or the frontmatter's first line.
    ['promotion.minMonths', 3],
    ['promotion.metrics[4]', 4],
    ['grade', 1],
  ])('%s → line %i', (field, line) => {
    expect(fieldLine(source, field)).toBe(line);
  });
});
