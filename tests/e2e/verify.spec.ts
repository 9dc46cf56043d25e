/**
 * `trackbook verify` on the fixture site, as an adopter's CI runs it on its own build: every page of
 * the sitemap in both locales passes every gate (internal links and anchors, HTML validity, axe, the
 * Content-Security-Policy, no request to another origin, size budgets). The gates themselves are
 * tested on small sites with one mistake each (tests/unit/verify.test.ts). No time limit: the walk
 * runs its pages in parallel and prints progress, so a busy machine only makes it slower.
 */
import { expect, test } from '@playwright/test';
import { formatReport } from '../../src/verify/report.ts';
import { verify } from '../../src/verify/verify.ts';
import { DIST, sitemapPaths } from './helpers.ts';

test('trackbook verify finds nothing wrong on any page of the built site', async () => {
  test.setTimeout(0);
  const report = await verify({ dist: DIST, log: (line) => console.log(`verify: ${line}`) });
  expect(report.problems, formatReport(report)).toEqual([]);
  expect(report.gates).toEqual(['links', 'html', 'csp', 'budgets', 'axe', 'requests']);
  // Every page of the sitemap, in both locales, was loaded in the browser.
  expect([...report.browserPages].sort()).toEqual(sitemapPaths().sort());
  expect(sitemapPaths().filter((p) => p.startsWith('/zh-cn/')).length).toBeGreaterThan(80);
});
