/**
 * A handbook published under a sub-path (Astro's `base: '/handbook/'`, as on a GitHub Pages project
 * site), built from the base fixture framework (tests/fixtures/sites/under-base): every link, the
 * `/` redirect, the language switch, the icon, the data files, search, the self-assessment and its
 * share link stay under `/handbook/`.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { formatReport } from '../../src/verify/report.ts';
import { verify } from '../../src/verify/verify.ts';
import { crawl } from './helpers.ts';

const BASE = '/handbook/';
const DIST = new URL('../../test-results/sites/under-base/dist/', import.meta.url).pathname;

/** The served site's origin (its port moves with E2E_PORT_OFFSET), which the build also used as `site`. */
function origin(baseURL: string | undefined): string {
  return new URL(baseURL ?? '').origin;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function sitemapPaths(): string[] {
  const xml = readFileSync(`${DIST}sitemap-0.xml`, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
}

test('trackbook verify reads the base path from the sitemap and finds nothing wrong under it', async () => {
  test.setTimeout(0);
  const report = await verify({ dist: DIST, log: (line) => console.log(`verify: ${line}`) });
  expect(report.base).toBe(BASE);
  expect(report.problems, formatReport(report)).toEqual([]);
  expect(report.browserPages.length).toBe(sitemapPaths().length);
});

test('the sitemap lists every page under the base path', () => {
  const paths = sitemapPaths();
  expect(paths.length).toBeGreaterThan(40);
  expect(paths.filter((p) => !p.startsWith(`${BASE}en/`) && !p.startsWith(`${BASE}zh-cn/`))).toEqual([]);
});

test('the base path itself leads to the default locale', async ({ page }) => {
  await page.goto(BASE);
  await expect(page).toHaveURL(`${BASE}en/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('every link and anchor of the served site resolves, and the crawl reaches every page', async ({ baseURL }) => {
  // A crawl of the whole site: no time limit, so a busy machine cannot break it.
  test.setTimeout(0);
  const { broken, reached: urls } = await crawl(`${baseURL}${BASE}`);
  expect(broken).toEqual([]);
  const reached = new Set(urls.map((url) => new URL(url).pathname));
  expect(sitemapPaths().filter((p) => !reached.has(p))).toEqual([]);
});

test('a page links its icon, its translations and its language switch under the base path', async ({
  page,
  baseURL,
}) => {
  await page.goto(`${BASE}en/levels/agent-2/`);
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(icon).toBe(`${BASE}favicon.svg`);
  expect((await page.request.get(icon ?? '')).ok()).toBe(true);
  await expect(page.locator('link[hreflang="zh-CN"]')).toHaveAttribute(
    'href',
    `${origin(baseURL)}${BASE}zh-cn/levels/agent-2/`,
  );
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(`${BASE}zh-cn/levels/agent-2/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('search finds a page and its result opens under the base path', async ({ page, baseURL }) => {
  await page.goto(`${BASE}en/`);
  await page.getByRole('searchbox').first().fill('complaints');
  await page.getByRole('searchbox').first().press('Enter');
  await expect(page).toHaveURL(new RegExp(`${BASE}en/search/\\?q=complaints`));
  const first = page.locator('[data-results] a').first();
  await expect(first).toHaveAttribute('href', new RegExp(`^${BASE}en/`));
  await first.click();
  await expect(page).toHaveURL(new RegExp(`^${escaped(origin(baseURL))}${BASE}en/`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the self-assessment loads its data, scores, saves under its own key and shares a link under the base path', async ({
  page,
  baseURL,
}) => {
  await page.goto(`${BASE}en/assess/?target=agent-2`);
  const form = page.locator('[data-form]:not([inert])');
  await expect(form).toBeVisible();
  await form.locator('input[name="rating:communication"][value="1"]').check();
  await form.locator('input[name="rating:complaint-handling"][value="1"]').check();
  await page.getByRole('button', { name: 'Show my results' }).click();
  const results = page.locator('[data-results]');
  await expect(results).toContainText('1 of 2 expectations met (50%)');
  await expect(results.locator('tr[data-status="gap"]')).toContainText('Complaint handling');

  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys).toContain(`trackbook:assessment:${BASE}`);
  expect(keys).not.toContain('trackbook:assessment');

  await page.getByRole('button', { name: 'Copy a share link' }).click();
  const link = await page.locator('[data-share-link]').inputValue();
  expect(link).toMatch(new RegExp(`^${escaped(origin(baseURL))}${BASE}en/assess/#a2\\.[0-9a-f]{8}\\.`));
  const fresh = await page.context().browser()?.newPage();
  if (fresh === undefined) throw new Error('no browser');
  await fresh.goto(link);
  await expect(fresh.locator('input[name="rating:complaint-handling"][value="1"]')).toBeChecked();
  await fresh.close();
});

test('a handbook without career-fit questions has no fit page and no link to one', async ({ page }) => {
  expect(sitemapPaths().filter((p) => p.includes('/fit/'))).toEqual([]);
  const response = await page.request.get(`${BASE}en/fit/`);
  expect(response.status()).toBe(404);
  for (const locale of ['en', 'zh-cn']) {
    await page.goto(`${BASE}${locale}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('a[href*="/fit/"]')).toHaveCount(0);
  }
});
