/**
 * What a reader does on the reading site: walk from the lattice down to a training and back, compare
 * levels (pre-rendered and any pair), filter the training catalog, and switch language in place.
 */
import { expect, test } from '@playwright/test';
import { framework } from './helpers.ts';

test('home → track → level → compare with the next level → a training → back', async ({ page }) => {
  const en = await framework(page, 'en');
  const title = (id: string) => en.levels.find((l) => l.id === id)?.title ?? id;
  await page.goto('/en/');
  await page.getByRole('main').getByRole('link', { name: 'Customer service', exact: true }).first().click();
  await expect(page).toHaveURL(/\/en\/tracks\/customer-service\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Customer service');

  await page
    .getByRole('heading', { level: 3, name: title('cs-senior') })
    .getByRole('link')
    .click();
  await expect(page).toHaveURL(/\/en\/levels\/cs-senior\/$/);
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Customer service');

  await page.getByRole('link', { name: `Compare with ${title('cs-expert')}, competency by competency` }).click();
  await expect(page).toHaveURL(/\/en\/compare\/cs-senior\/cs-expert\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `${title('cs-senior')} compared with ${title('cs-expert')}`,
  );
  const problemSolving = page.getByRole('row', { name: /Problem solving/ });
  await expect(problemSolving).toContainText('3 · Proficient');
  await expect(problemSolving).toContainText('4 · Expert');
  await expect(problemSolving).toContainText('raised');

  const masterclass = en.trainings.find((t) => t.id === 'complaint-resolution-masterclass');
  await page.getByRole('link', { name: masterclass?.title ?? '' }).click();
  await expect(page).toHaveURL(/\/en\/trainings\/complaint-resolution-masterclass\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(masterclass?.title ?? '');
  await expect(page.getByText('Required to move up from')).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\/en\/compare\/cs-senior\/cs-expert\/$/);
});

test('switching language on a level page lands on the same level in Chinese, and back', async ({ page }) => {
  const zh = await framework(page, 'zh-cn');
  await page.goto('/en/levels/vip-advisor/');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(/\/zh-cn\/levels\/vip-advisor\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    zh.levels.find((l) => l.id === 'vip-advisor')?.title ?? '',
  );
  await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/levels\/vip-advisor\/$/);
});

test('compare any two levels, from a shareable link', async ({ page }) => {
  await page.goto('/en/compare/?from=cs-junior&to=qa-lead');
  await expect(page.getByLabel('From')).toHaveValue('cs-junior');
  await expect(page.getByLabel('To')).toHaveValue('qa-lead');
  const table = page.getByRole('table', { name: /Junior agent and QA lead/ });
  await expect(table).toBeVisible();
  // Leading teams is not expected of a junior agent and is expected of a QA lead.
  await expect(table.getByRole('row', { name: /Leading teams/ })).toContainText('new');

  await page.getByLabel('To').selectOption('cs-junior');
  await expect(page.getByText('Choose two different levels to compare.')).toBeVisible();
  await page.getByLabel('To').selectOption('cs-intermediate');
  await expect(page).toHaveURL(/\?from=cs-junior&to=cs-intermediate$/);
  await expect(page.getByRole('link', { name: 'Responsibilities and criteria for this pair' })).toHaveAttribute(
    'href',
    '/en/compare/cs-junior/cs-intermediate/',
  );
});

test('the language switch keeps a comparison, a catalog filter and a search', async ({ page }) => {
  await page.goto('/en/compare/?from=cs-junior&to=qa-lead');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(/\/zh-cn\/compare\/\?from=cs-junior&to=qa-lead$/);
  await expect(page.locator('table.tb-compare')).toBeVisible();

  await page.goto('/en/trainings/');
  await page.getByLabel('Format').selectOption('mentoring');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(/\/zh-cn\/trainings\/\?format=mentoring$/);
  await expect(page.getByLabel('形式')).toHaveValue('mentoring');

  await page.goto('/en/search/?q=coaching');
  await expect(page.locator('[data-results] > li').first()).toBeVisible();
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(/\/zh-cn\/search\/\?q=coaching$/);
  await expect(page.getByRole('searchbox', { name: '搜索手册' }).last()).toHaveValue('coaching');
});

test('filter the training catalog and share the filter', async ({ page }) => {
  const en = await framework(page, 'en');
  const workshops = en.trainings.filter((t) => t.format === 'workshop');
  await page.goto('/en/trainings/');
  const cards = page.locator('[data-format]:visible');
  await expect(cards).toHaveCount(en.trainings.length);

  await page.getByLabel('Format').selectOption('workshop');
  await expect(cards).toHaveCount(workshops.length);
  await expect(page.getByRole('status')).toHaveText(`${workshops.length} trainings shown`);
  await expect(page).toHaveURL(/\?format=workshop$/);

  await page.getByLabel('Phase').selectOption('pre-job');
  await expect(cards).toHaveCount(0);
  await expect(page.getByText('No training matches all of these filters.')).toBeVisible();

  await page.goto('/en/trainings/?format=workshop&track=quality-assurance');
  await expect(page.getByLabel('Format')).toHaveValue('workshop');
  const expected = workshops.filter((t) => t.tracks.length === 0 || t.tracks.includes('quality-assurance'));
  await expect(cards).toHaveCount(expected.length);
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(cards).toHaveCount(en.trainings.length);
});

test('a competency page shows every level that expects it', async ({ page }) => {
  const en = await framework(page, 'en');
  const expecting = en.levels.filter((l) => l.expectations.some((e) => e.competency === 'complaint-handling'));
  await page.goto('/en/competencies/complaint-handling/');
  const table = page.getByRole('table', { name: 'The step each level expects, by track' });
  for (const level of expecting)
    await expect(table.getByRole('link', { name: level.title, exact: true })).toBeVisible();
});
