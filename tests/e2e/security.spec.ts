/**
 * Hardening, as a reader's browser sees it: every page carries the strict Content-Security-Policy and
 * nothing on it (search with Pagefind's WebAssembly, the compare island, the catalog filter, the
 * self-assessment with its chart) triggers a violation; and no page of the sitemap makes a single
 * request to another origin.
 */
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './helpers.ts';

/** Records CSP violations (reported by the browser as events and console errors) and foreign requests. */
async function watch(page: Page): Promise<{ violations: string[]; foreign: string[] }> {
  const seen = { violations: [] as string[], foreign: [] as string[] };
  await page.exposeFunction('__reportViolation', (text: string) => seen.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportViolation(text: string): void }).__reportViolation(
        `${location.pathname}: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      seen.violations.push(`${page.url()}: ${message.text()}`);
    }
  });
  const origin = new URL(test.info().project.use.baseURL ?? '').origin;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) seen.foreign.push(request.url());
  });
  return seen;
}

test('every page of the sitemap has the policy, and none requests anything from another origin', async ({ page }) => {
  const seen = await watch(page);
  const paths = sitemapPaths();
  test.setTimeout(paths.length * 2_000);
  const unprotected: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    if (policy === null || !policy.includes("default-src 'self'") || /unsafe-inline/.test(policy)) {
      unprotected.push(`${path}: ${policy ?? 'no policy'}`);
    }
    // A policy in a <meta> only covers what comes after it: no script or style may come before it.
    const before = await page.evaluate(() => {
      const meta = document.querySelector('meta[http-equiv="content-security-policy"]');
      return [...document.querySelectorAll('script, style, link[rel="stylesheet"], [style]')]
        .filter((e) => meta !== null && e.compareDocumentPosition(meta) & Node.DOCUMENT_POSITION_FOLLOWING)
        .map((e) => e.outerHTML.slice(0, 80));
    });
    for (const e of before) unprotected.push(`${path}: before the policy: ${e}`);
  }
  expect(unprotected).toEqual([]);
  expect(seen.foreign).toEqual([]);
  expect(seen.violations).toEqual([]);
});

test('searching, comparing, filtering and a full self-assessment run without a policy violation', async ({ page }) => {
  const seen = await watch(page);
  // Search in both languages: Pagefind's script, worker, WebAssembly and index.
  await page.goto('/en/search/?q=complaint');
  await expect(page.locator('[data-results] > li').first()).toBeVisible();
  await page.goto('/zh-cn/search/?q=投诉');
  await expect(page.locator('[data-results] > li').first()).toBeVisible();
  // Islands.
  await page.goto('/en/compare/?from=cs-junior&to=qa-lead');
  await expect(page.locator('table.tb-compare')).toBeVisible();
  await page.goto('/en/trainings/');
  await page.getByLabel('Format').selectOption('workshop');
  await expect(page).toHaveURL(/\?format=workshop$/);
  await expect(page.locator('[data-format="exam"]:visible')).toHaveCount(0);
  // The self-assessment with results, its radar chart, a share link and downloads.
  await page.goto('/en/assess/?target=cs-senior');
  await expect(page.locator('[data-form]:not([inert])')).toBeVisible();
  await page.locator('select[name="current"]').selectOption('cs-intermediate');
  await page.locator('input[name="rating:communication"][value="2"]').check();
  await page.getByRole('button', { name: 'Show my results' }).click();
  await expect(page.getByRole('img', { name: /Radar chart/ })).toBeVisible();
  await page.getByRole('button', { name: 'Copy a share link' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download (CSV)' }).click();
  await download;
  // The guide with a code block (no inline highlighting styles).
  await page.goto('/en/editing-the-handbook/');
  await expect(page.locator('pre').first()).toBeVisible();
  expect(seen.violations).toEqual([]);
  expect(seen.foreign).toEqual([]);
});
