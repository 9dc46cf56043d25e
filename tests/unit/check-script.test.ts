/**
 * `npm run check` runs Trackbook's own content check before `astro check`: Astro stops at the first
 * content error and prints its raw text (`Expected type "number"`, a stack trace, no fix), so the
 * complete report HR needs must come first, and the type check only once the content is valid.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

it('the content check comes before the type check, and a failing one stops it', () => {
  const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
  const steps = (scripts['check'] ?? '').split('&&').map((s) => s.trim());
  expect(steps[0]).toMatch(/trackbook\.js check$/);
  expect(steps.findIndex((s) => s.includes('astro check'))).toBeGreaterThan(0);
});
