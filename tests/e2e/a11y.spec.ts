/**
 * axe-core on the states only JavaScript reaches (search results, a client-side comparison, a filtered
 * catalog, the self-assessment's results, the career-fit questions and result). WCAG 2.2 AA rules; none disabled (the same run as
 * `trackbook verify`'s axe gate, src/verify/axe.ts, which covers every page of the sitemap: verify.spec.ts).
 */
import { expect, test } from '@playwright/test';
import { axeViolations as violations } from '../../src/verify/axe.ts';

test('axe finds no violations in the states JavaScript builds', async ({ page }) => {
  // A walk of axe runs on two shared CPU cores: no time limit, so a busy machine cannot break it.
  test.setTimeout(0);
  const states: [string, string][] = [
    ['/en/search/?q=complaint', '[data-results] > li'],
    ['/zh-cn/search/?q=投诉', '[data-results] > li'],
    ['/en/search/?q=zzqxj', '[data-suggestions]'],
    ['/en/compare/?from=cs-junior&to=qa-lead', 'table.tb-compare'],
    ['/zh-cn/compare/?from=trainer&to=vip-advisor', 'table.tb-compare'],
    ['/en/trainings/?format=exam&phase=differentiated', '[data-empty]'],
  ];
  const found: string[] = [];
  for (const [path, ready] of states) {
    await page.goto(path);
    await expect(page.locator(ready).first()).toBeVisible();
    for (const v of await violations(page)) found.push(`${path} ${v}`);
  }
  // The self-assessment with its results, in both languages.
  for (const locale of ['en', 'zh-cn']) {
    await page.goto(`/${locale}/assess/?target=cs-senior`);
    await expect(page.locator('[data-form]:not([inert])')).toBeVisible();
    await page.locator('select[name="current"]').selectOption('cs-intermediate');
    await page.locator('input[name="rating:communication"][value="2"]').check();
    await page.locator('[data-form] button[type="submit"]').click();
    await expect(page.locator('[data-results] table')).toBeVisible();
    await page.locator('[data-action="share"]').click();
    for (const v of await violations(page)) found.push(`/${locale}/assess/ (results) ${v}`);
  }
  // The career-fit result, one question at a time before it, in both languages.
  for (const locale of ['en', 'zh-cn']) {
    await page.goto(`/${locale}/fit/`);
    await expect(page.locator('[data-stepper]')).toBeVisible();
    for (const v of await violations(page)) found.push(`/${locale}/fit/ (one at a time) ${v}`);
    await page.locator('input[name="mode"][value="all"]').check();
    for (const radio of await page.locator('[data-question] input[value="1"]').all()) await radio.check();
    await page.locator('[data-form] button[type="submit"]').click();
    await expect(page.locator('[data-result]')).toBeVisible();
    await page.locator('[data-result] [data-action="share"]').click();
    for (const v of await violations(page)) found.push(`/${locale}/fit/ (result) ${v}`);
  }
  expect(found).toEqual([]);
});
