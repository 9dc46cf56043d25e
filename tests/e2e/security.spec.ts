/**
 * Hardening, as a reader's browser sees it once a person uses the page: nothing (search with Pagefind's
 * WebAssembly, the compare island, the catalog filter, the self-assessment with its chart) triggers a
 * policy violation or a request to another origin. That every page carries the strict policy and loads
 * nothing foreign is `trackbook verify`'s gate, run on every page of the sitemap (verify.spec.ts).
 */
import { expect, test, type Page } from '@playwright/test';

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
