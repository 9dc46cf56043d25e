/** `trackbook()` options: a bad one stops with its name and the fix, never a zod dump. */
import { describe, expect, it } from 'vitest';
import trackbook from '../../src/integration/index.ts';
import { parseOptions, TrackbookOptionsError } from '../../src/integration/options.ts';

describe('trackbook() options', () => {
  it('accepts no options and an empty object', () => {
    expect(parseOptions(undefined)).toEqual({});
    expect(parseOptions({})).toEqual({});
    expect(trackbook().name).toBe('trackbook');
  });

  it.each([
    [
      { bse: '/handbook/' },
      'error astro.config.mjs › bse: unknown field `bse`\n    fix: remove it: trackbook() takes no such option',
    ],
    ['/handbook/', 'expected an object such as trackbook({}), found "/handbook/"'],
  ])('reports %j with the option and a fix', (input, expected) => {
    expect(() => parseOptions(input)).toThrow(TrackbookOptionsError);
    expect(() => parseOptions(input)).toThrow(expected);
  });

  it('throws from trackbook() itself, before Astro starts', () => {
    expect(() => trackbook({ locales: ['en'] } as never)).toThrowErrorMatchingInlineSnapshot(`
      [TrackbookOptionsError: Invalid trackbook() options in astro.config.mjs:
      error astro.config.mjs › locales: unknown field \`locales\`
          fix: languages are content: write \`locales\` in content/framework.yaml]
    `);
  });
});
