/**
 * Search for real, in the browser, against the Pagefind index built after the site: an English term
 * from the header on any page, a Chinese term on the Chinese site, filters, and the no-results state.
 * Reading pages load nothing for search until the reader searches.
 */
import { expect, test } from '@playwright/test';
import { framework } from './helpers.ts';

test('search an English term from the header and open a result', async ({ page }) => {
  await page.goto('/en/levels/cs-junior/');
  await page.getByRole('searchbox', { name: 'Search the handbook' }).fill('masterclass');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=masterclass$/);
  const results = page.locator('[data-results] > li');
  await expect(results.first()).toBeVisible();
  await expect(page.getByRole('status')).toContainText('for “masterclass”');
  await expect(results.first().locator('mark').first()).toBeVisible();
  await page.getByRole('link', { name: 'Complaint resolution masterclass' }).click();
  await expect(page).toHaveURL(/\/en\/trainings\/complaint-resolution-masterclass\/$/);
});

test('search a Chinese term on the Chinese site and open a Chinese page', async ({ page }) => {
  const zh = await framework(page, 'zh-cn');
  const complaints = zh.competencies.find((c) => c.id === 'complaint-handling');
  await page.goto('/zh-cn/');
  await page.getByRole('searchbox', { name: '搜索手册' }).fill('投诉');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh-cn\/search\/\?q=/);
  await expect(page.getByRole('status')).toContainText('“投诉”共有');
  const link = page.locator('[data-results]').getByRole('link', { name: complaints?.title ?? '', exact: true });
  await link.click();
  await expect(page).toHaveURL(/\/zh-cn\/competencies\/complaint-handling\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('filter results by content type', async ({ page }) => {
  await page.goto('/en/search/?q=complaint');
  const results = page.locator('[data-results] > li');
  const count = async () => Number((await page.getByRole('status').textContent())?.match(/^\d+/)?.[0]);
  await expect(results.first()).toBeVisible();
  const all = await count();
  await page.getByLabel('Type').selectOption('Training');
  await expect(page).toHaveURL(/type=Training/);
  await expect(results.first()).toContainText('Training');
  const trainings = await count();
  expect(trainings).toBeGreaterThan(0);
  expect(trainings).toBeLessThan(all);
  for (const item of await results.all()) await expect(item.locator('.tb-meta span').first()).toHaveText('Training');
});

test('more results are shown on request, and focus moves to the first new one', async ({ page }) => {
  await page.goto('/en/search/?q=customer');
  const results = page.locator('[data-results] > li');
  await expect(results).toHaveCount(6);
  const total = Number((await page.getByRole('status').textContent())?.match(/^\d+/)?.[0]);
  expect(total).toBeGreaterThan(6);
  await page.getByRole('button', { name: /Show more results/ }).click();
  await expect(results).toHaveCount(Math.min(12, total));
  await expect(results.nth(6).getByRole('link')).toBeFocused();
});

test('a search with no results says what to try and offers ways to browse', async ({ page }) => {
  await page.goto('/en/search/?q=zzqxj');
  await expect(page.getByRole('status')).toHaveText(
    'Nothing found for “zzqxj”. Try a shorter or more general word, check the spelling, or remove a filter.',
  );
  await expect(page.locator('[data-results] > li')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Competencies' }).last()).toBeVisible();
});

test('reading pages load no JavaScript and nothing from search until the reader searches', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  for (const path of ['/en/', '/en/levels/cs-senior/', '/zh-cn/competencies/communication/', '/en/faq/']) {
    await page.goto(path);
  }
  expect(requested.filter((p) => p.endsWith('.js') || p.startsWith('/pagefind/'))).toEqual([]);
  await page.getByRole('searchbox', { name: 'Search the handbook' }).fill('coaching');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-results] > li').first()).toBeVisible();
  expect(requested.some((p) => p.startsWith('/pagefind/'))).toBe(true);
});
