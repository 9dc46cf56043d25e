/**
 * Size budgets (PRODUCT.md §6): reading pages ship no JavaScript; the compare, catalog and career-fit islands stay
 * within a few KB gzip; a typical level page is small; the whole site's CSS is small. Sizes are gzip
 * of what the browser actually downloads. The thresholds are `trackbook verify`'s (src/verify/budgets.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { globSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { BUDGETS, INTERACTIVE_PAGES, kb } from '../../src/verify/budgets.ts';
import { downloads, inlineScriptBytes, totalBytes } from '../../src/verify/downloads.ts';
import { firstSearches } from '../../src/verify/first-search.ts';
import { titledPages } from '../../src/verify/search-queries.ts';
import { DIST, framework, LOCALES } from './helpers.ts';

const isScript = (path: string) => /\.m?js$/.test(path);

test('no built page has a script except the interactive ones, in each locale', () => {
  // Static check of every page the build wrote: a reading page that gained a script fails here by name.
  const interactive = Object.keys(INTERACTIVE_PAGES);
  const offenders = globSync(`${DIST}**/*.html`)
    .map((file) => file.slice(DIST.length - 1).replace(/index\.html$/, ''))
    .filter((path) => !interactive.some((name) => new RegExp(`^/(en|zh-cn)/${name}/$`).test(path)))
    .filter((path) => /<script/i.test(readFileSync(`${DIST}${path.slice(1)}index.html`, 'utf8')));
  expect(offenders, 'reading pages with a <script>').toEqual([]);
});

test('reading pages load no JavaScript at all', async ({ page }) => {
  const js = await downloads(page, isScript, async () => {
    for (const path of [
      '/en/',
      '/zh-cn/levels/cs-elite/',
      '/en/tracks/training/',
      '/en/competencies/',
      '/en/recognition/',
    ])
      await page.goto(path);
  });
  expect([...js.keys()]).toEqual([]);
});

test.describe('islands stay within a few KB of JavaScript (gzip)', () => {
  for (const [name, path, ready] of [
    ['compare', '/en/compare/?from=cs-junior&to=qa-lead', 'table.tb-compare'],
    ['training catalog filter', '/en/trainings/?format=workshop', '.tb-filters:not([hidden])'],
    ['career-fit questionnaire', '/en/fit/', '[data-stepper]:not([hidden])'],
  ] as const) {
    test(name, async ({ page }) => {
      const files = await downloads(page, isScript, async () => {
        await page.goto(path);
        await expect(page.locator(ready)).toBeVisible();
      });
      // Astro inlines small scripts into the page: count those too.
      const bytes = totalBytes(files) + (await inlineScriptBytes(page));
      expect(bytes).toBeGreaterThan(0);
      expect(bytes, `${path}: ${bytes} B of JavaScript (gzip), budget ${BUDGETS.islandJs} B`).toBeLessThanOrEqual(
        BUDGETS.islandJs,
      );
    });
  }
});

/** Gzip bytes of the JavaScript `path` loads (files and inline scripts) until `ready` is visible. */
async function javascriptUntil(page: Page, path: string, ready: string): Promise<number> {
  const files = await downloads(page, isScript, async () => {
    await page.goto(path);
    await expect(page.locator(ready).first()).toBeVisible();
  });
  return totalBytes(files) + (await inlineScriptBytes(page));
}

for (const [name, path, ready, budget, before] of [
  ['the self-assessment', '/en/assess/?target=cs-senior', '[data-form]:not([inert])', BUDGETS.assessJs, 'results'],
  ['the team view', '/en/team/', '[data-live]:not([inert])', BUDGETS.teamJs, 'files are added'],
] as const) {
  test(`${name} runs on at most ${budget / 1024} KB of JavaScript before ${before} (gzip)`, async ({ page }) => {
    const bytes = await javascriptUntil(page, path, ready);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes, `${path}: ${bytes} B of JavaScript before ${before} (gzip), budget ${budget} B`).toBeLessThanOrEqual(
      budget,
    );
  });
}

test('a level page is at most 8 KB of HTML and the whole site at most 12 KB of CSS (gzip)', async ({ page }) => {
  for (const path of ['/en/levels/cs-senior/', '/zh-cn/levels/cs-senior/']) {
    const bytes = gzipSync(await (await page.request.get(path)).body()).length;
    expect(bytes, `${path}: ${bytes} B of HTML (gzip), budget ${BUDGETS.levelPageHtml} B`).toBeLessThanOrEqual(
      BUDGETS.levelPageHtml,
    );
  }
  // Every stylesheet any kind of page links to, and any inline styles, counted once each.
  const sheets = new Set<string>();
  let inline = 0;
  for (const path of [
    '/en/',
    '/en/levels/cs-senior/',
    '/en/compare/',
    '/en/trainings/',
    '/en/search/',
    '/zh-cn/faq/',
  ]) {
    await page.goto(path);
    for (const href of await page
      .locator('link[rel="stylesheet"]')
      .evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? '')))
      sheets.add(href);
    for (const text of await page.locator('style').allTextContents()) inline += gzipSync(text).length;
  }
  expect(sheets.size).toBeGreaterThan(0);
  let css = inline;
  for (const href of sheets) css += gzipSync(await (await page.request.get(href)).body()).length;
  expect(
    css,
    `CSS of the whole site (${[...sheets].join(', ')}): ${css} B (gzip), budget ${BUDGETS.siteCss} B`,
  ).toBeLessThanOrEqual(BUDGETS.siteCss);
});

for (const locale of LOCALES) {
  test(`a first search for any title downloads at most 140 KB at the median (${locale})`, async ({
    page,
    browser,
    baseURL,
  }) => {
    // One fresh browser context per query: 60-odd searches, however long a busy machine takes.
    test.setTimeout(0);
    const pages = titledPages(await framework(page, locale));
    const { median, worst, queries } = await firstSearches(browser, `${baseURL}/`, locale, pages, (n) => {
      if (n % 20 === 0 || n === pages.length) console.log(`first searches, ${locale}: ${n}/${pages.length}`);
    });
    console.log(`first search, ${locale}: median ${kb(median)}, worst ${kb(worst.bytes)} ("${worst.query}")`);
    expect(queries).toBeGreaterThan(50);
    expect(worst.bytes).toBeGreaterThan(0);
    expect(median, `median first search over ${queries} titles, budget ${kb(BUDGETS.firstSearch)}`).toBeLessThanOrEqual(
      BUDGETS.firstSearch,
    );
  });
}
