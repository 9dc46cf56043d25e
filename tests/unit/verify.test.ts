/**
 * `trackbook verify` on small built sites (tests/fixtures/verify/): the good one passes every gate,
 * each broken one fails with exactly the problem it was broken with. The browser gates load the pages
 * in the same Chromium the CLI finds (`node scripts/ensure-browser.ts` installs one).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/verify/browser.ts';
import type { Problem } from '../../src/verify/problems.ts';
import { verify, type VerifyOptions } from '../../src/verify/verify.ts';

const FIXTURES = new URL('../fixtures/verify/', import.meta.url).pathname;
// Loading pages in a browser on a busy two-core machine: room, not a speed requirement.
const SLOW = 300_000;

let browser: Browser;
const made: string[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
}, SLOW);
afterAll(async () => {
  await browser?.close();
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the fixture `name`, laid over a copy of `over` (the good site) unless it is a whole site. */
function site(name: string, over: string | null = 'good'): string {
  const dir = mkdtempSync(join(tmpdir(), `trackbook-verify-${name}-`));
  made.push(dir);
  if (over !== null) cpSync(join(FIXTURES, over), dir, { recursive: true });
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

const run = (dist: string, options: Partial<VerifyOptions> = {}) =>
  verify({ dist, browser, concurrency: 2, ...options });

describe('a good site', () => {
  it(
    'passes every gate, every HTML page checked and every sitemap page loaded',
    async () => {
      const report = await run(site('good', null));
      expect(report.problems).toEqual([]);
      expect(report.base).toBe('/');
      expect(report.pages).toEqual(['/', '/en/', '/en/compare/', '/en/levels/senior/']);
      expect(report.browserPages.sort()).toEqual(['/en/', '/en/compare/', '/en/levels/senior/']);
    },
    SLOW,
  );
});

describe.each<[string, Problem[]]>([
  ['broken-link', [{ page: '/en/', gate: 'links', message: 'a[href] /en/tracks/: no such file in the build' }]],
  [
    'broken-anchor',
    [
      {
        page: '/en/',
        gate: 'links',
        message: 'a[href] levels/senior/#promotion: no element with id "promotion" on that page',
      },
    ],
  ],
  [
    'invalid-html',
    [{ page: '/en/levels/senior/', gate: 'html', message: '15:14 no-dup-id: Duplicate ID "expectations"' }],
  ],
  [
    'axe-violation',
    [
      {
        page: '/en/levels/senior/',
        gate: 'axe',
        message: 'color-contrast: Elements must meet minimum color contrast ratio thresholds — .faint',
      },
    ],
  ],
  [
    'missing-csp',
    [
      { page: '/en/', gate: 'csp', message: 'no <meta http-equiv="content-security-policy">' },
      {
        page: '/en/levels/senior/',
        gate: 'csp',
        message: 'before the policy: <link rel="stylesheet" href="/_astro/site.css">',
      },
    ],
  ],
  [
    'foreign-request',
    [
      {
        page: '/en/',
        gate: 'requests',
        message: 'request to another origin (aborted): https://cdn.example.com/logo.svg',
      },
    ],
  ],
  [
    'over-budget',
    [
      {
        page: '/en/',
        gate: 'budgets',
        message: 'a reading page with 1 <script> element(s); reading pages ship no JavaScript',
      },
    ],
  ],
])('a site with %s', (name, expected) => {
  it('reports exactly that, on its page', async () => expect((await run(site(name))).problems).toEqual(expected), SLOW);
});

describe('a policy violation while a page loads', () => {
  it(
    'is reported under csp with the browser’s own words',
    async () => {
      const { problems } = await run(site('csp-violation'));
      expect(problems).toEqual([
        {
          page: '/en/compare/',
          gate: 'csp',
          message: expect.stringMatching(/inline script.*Content Security Policy/i),
        },
      ]);
    },
    SLOW,
  );
});

describe('a sitemap page the browser cannot show', () => {
  it(
    'is reported on its page, and the run goes on with a fresh browser page',
    async () => {
      const report = await run(site('not-a-page'), { concurrency: 1 });
      expect(report.browserPages).toContain('/en/matrix.zip');
      expect(report.problems).toEqual([
        { page: '/en/matrix.zip', gate: 'requests', message: expect.stringMatching(/^the page could not be loaded: /) },
      ]);
    },
    SLOW,
  );
});

describe('a site under a base path', () => {
  it(
    'takes the base from the sitemap and passes',
    async () => {
      const report = await run(site('under-base', null));
      expect(report.base).toBe('/handbook/');
      expect(report.problems).toEqual([]);
      expect(report.browserPages.sort()).toEqual([
        '/handbook/en/',
        '/handbook/en/compare/',
        '/handbook/en/levels/senior/',
      ]);
    },
    SLOW,
  );

  it(
    'fails when told the wrong base: its links point under /handbook/',
    async () => {
      const report = await run(site('under-base', null), { base: '/', gates: ['links'] });
      expect(report.base).toBe('/');
      expect(report.problems).toContainEqual({
        page: '/en/',
        gate: 'links',
        message: 'link[href] /handbook/_astro/site.css: no such file in the build',
      });
    },
    SLOW,
  );

  it(
    'reports a page that forgets the base path, as a link and as a request the site cannot answer',
    async () => {
      const { problems } = await run(site('under-base-missed', 'under-base'));
      expect(problems).toEqual([
        {
          page: '/handbook/en/levels/senior/',
          gate: 'links',
          message: 'link[href] /_astro/site.css: outside the base path /handbook/',
        },
        {
          page: '/handbook/en/levels/senior/',
          gate: 'requests',
          message: 'request the site could not answer: /_astro/site.css: HTTP 404',
        },
      ]);
    },
    SLOW,
  );
});

describe('--only', () => {
  it(
    'runs only the gates named, and no browser when none of them needs one',
    async () => {
      const dist = site('foreign-request');
      const report = await verify({ dist, gates: ['html', 'links'], browserPath: '/nonexistent' });
      expect(report.gates).toEqual(['links', 'html']);
      expect(report.problems).toEqual([]);
      expect(report.browserPages).toEqual([]);
      await expect(verify({ dist, gates: ['requests'], browserPath: '/nonexistent' })).rejects.toThrow(
        /No browser at \/nonexistent[^]*--browser/,
      );
    },
    SLOW,
  );
});
