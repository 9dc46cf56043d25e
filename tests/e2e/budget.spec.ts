/**
 * Size budgets (PRODUCT.md §6): reading pages ship no JavaScript; the compare, catalog and career-fit islands stay
 * within a few KB gzip; a typical level page is small; the whole site's CSS is small. Sizes are gzip
 * of what the browser actually downloads. The thresholds are `trackbook verify`'s (src/verify/budgets.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { globSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { BUDGETS, INTERACTIVE_PAGES } from '../../src/verify/budgets.ts';
import { DIST } from './helpers.ts';

/** Gzip bytes of every response of `kind` while `action` runs, by path. */
async function downloads(page: Page, kind: RegExp, action: () => Promise<void>): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (!kind.test(path) || (response.status() >= 300 && response.status() < 400)) return;
    pending.push(response.body().then((body) => void sizes.set(path, gzipSync(body).length)));
  });
  await action();
  await Promise.all(pending);
  return sizes;
}

const total = (sizes: Map<string, number>) => [...sizes.values()].reduce((a, b) => a + b, 0);

test('no built page has a script except the four interactive ones, in each locale', () => {
  // Static check of every page the build wrote: a reading page that gained a script fails here by name.
  const interactive = Object.keys(INTERACTIVE_PAGES);
  const offenders = globSync(`${DIST}**/*.html`)
    .map((file) => file.slice(DIST.length - 1).replace(/index\.html$/, ''))
    .filter((path) => !interactive.some((name) => new RegExp(`^/(en|zh-cn)/${name}/$`).test(path)))
    .filter((path) => /<script/i.test(readFileSync(`${DIST}${path.slice(1)}index.html`, 'utf8')));
  expect(offenders, 'reading pages with a <script>').toEqual([]);
});

test('reading pages load no JavaScript at all', async ({ page }) => {
  const js = await downloads(page, /\.m?js$/, async () => {
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
      const files = await downloads(page, /\.m?js$/, async () => {
        await page.goto(path);
        await expect(page.locator(ready)).toBeVisible();
      });
      // Astro inlines small scripts into the page: count those too.
      const inline = await page
        .locator('script:not([src])')
        .evaluateAll((scripts) => scripts.map((s) => s.textContent ?? '').filter((text) => text.trim() !== ''));
      const bytes = total(files) + inline.reduce((sum, text) => sum + gzipSync(text).length, 0);
      expect(bytes).toBeGreaterThan(0);
      expect(bytes, `${path}: ${bytes} B of JavaScript (gzip), budget ${BUDGETS.islandJs} B`).toBeLessThanOrEqual(
        BUDGETS.islandJs,
      );
    });
  }
});

test('the self-assessment runs on at most 15 KB of JavaScript before results (gzip)', async ({ page }) => {
  const before = await downloads(page, /\.m?js$/, async () => {
    await page.goto('/en/assess/?target=cs-senior');
    await expect(page.locator('[data-form]:not([inert])')).toBeVisible();
  });
  const inline = await page
    .locator('script:not([src])')
    .evaluateAll((scripts) => scripts.map((s) => s.textContent ?? '').filter((text) => text.trim() !== ''));
  const bytes = total(before) + inline.reduce((sum, text) => sum + gzipSync(text).length, 0);
  expect(bytes).toBeGreaterThan(0);
  expect(
    bytes,
    `/en/assess/: ${bytes} B of JavaScript before results (gzip), budget ${BUDGETS.assessJs} B`,
  ).toBeLessThanOrEqual(BUDGETS.assessJs);
});

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
