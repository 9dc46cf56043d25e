/**
 * The first site, in a real browser: the redirect, the career lattice in both locales, a page for
 * every level, navigation and the language switch.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Framework } from '../../src/framework/model.ts';

const LOCALES = ['en', 'zh-cn'] as const;

async function framework(page: Page, locale: string): Promise<Framework> {
  const response = await page.request.get(`/${locale}/framework.json`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as Framework;
}

test('/ redirects to the English home page', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Service Advance Track');
});

test('the framework JSON has the same structure version in every locale', async ({ page }) => {
  const [en, zh] = await Promise.all(LOCALES.map((l) => framework(page, l)));
  expect(en?.version).toMatch(/^[0-9a-f]{12}$/);
  expect(zh?.version).toBe(en?.version);
  expect(zh?.levels.map((l) => l.id)).toEqual(en?.levels.map((l) => l.id));
});

for (const locale of LOCALES) {
  test(`home (${locale}) shows the lattice with every level as a link`, async ({ page }) => {
    const f = await framework(page, locale);
    await page.goto(`/${locale}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale === 'en' ? 'en' : 'zh-CN');
    const lattice = page.getByRole('table');
    for (const track of f.tracks) {
      await expect(lattice.getByRole('columnheader', { name: track.title })).toBeVisible();
    }
    for (const grade of f.grades) {
      await expect(lattice.getByRole('rowheader', { name: grade.label })).toBeVisible();
    }
    for (const level of f.levels) {
      await expect(lattice.getByRole('link', { name: level.title, exact: true })).toHaveAttribute(
        'href',
        `/${locale}/levels/${level.id}/`,
      );
    }
  });

  test(`every level has a page (${locale})`, async ({ page }) => {
    const f = await framework(page, locale);
    expect(f.levels.length).toBeGreaterThanOrEqual(14);
    for (const level of f.levels) {
      const response = await page.goto(`/${locale}/levels/${level.id}/`);
      expect(response?.status(), level.id).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(level.title);
      await expect(page.getByRole('table')).toBeVisible();
    }
  });
}

test('a reader goes from the lattice to a level, up the ladder, and over to Chinese', async ({ page }) => {
  const en = await framework(page, 'en');
  const zh = await framework(page, 'zh-cn');
  const title = (f: Framework, id: string) => f.levels.find((l) => l.id === id)?.title ?? id;
  await page.goto('/en/');
  await page
    .getByRole('table')
    .getByRole('link', { name: title(en, 'cs-senior'), exact: true })
    .click();
  await expect(page).toHaveURL(/\/en\/levels\/cs-senior\/$/);
  await expect(page.getByRole('heading', { name: 'Expected competencies' })).toBeVisible();
  await page.getByRole('link', { name: `Next level ${title(en, 'cs-expert')}` }).click();
  await expect(page).toHaveURL(/\/en\/levels\/cs-expert\/$/);
  await page.getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(/\/zh-cn\/levels\/cs-expert\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(zh, 'cs-expert'));
  await expect(page.getByRole('heading', { name: '能力要求' })).toBeVisible();
});

test('a lateral move links to the level on the other track', async ({ page }) => {
  await page.goto('/en/levels/cs-senior/');
  const lateral = page.getByRole('region', { name: 'Lateral moves' });
  const first = lateral.getByRole('link').first();
  const href = await first.getAttribute('href');
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/en/levels/cs-junior/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('a page says when it last changed and leads to what changed, in both languages', async ({ page }) => {
  await page.goto('/en/levels/cs-senior/');
  const footer = page.locator('footer');
  await expect(footer).toContainText('Last updated');
  const time = footer.locator('time');
  expect(Number.isNaN(Date.parse((await time.getAttribute('datetime')) ?? ''))).toBe(false);
  await footer.getByRole('link', { name: 'What changed' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What changed');
  // Every change has a date, a message and its short commit id; the newest comes first.
  const changes = page.locator('.tb-change');
  expect(await changes.count()).toBeGreaterThan(0);
  const dates = await changes.locator('h2 time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
  expect([...dates].sort().reverse()).toEqual(dates);
  // The fixture site's own history (tests/fixtures/sites/service-advance/site.json): two commits.
  await expect(changes).toHaveCount(2);
  await expect(changes.first().locator('.tb-meta').first()).toHaveText(/^Change [0-9a-f]{7}$/);
  await expect(changes.first()).toContainText('Senior agent: 12 months in level are enough for promotion');
  await expect(changes.first()).toContainText('Time in the level before promotion changed from 18 to 12 months');
  await expect(changes.last()).toContainText('The first recorded version of the handbook');

  await page.getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(/\/zh-cn\/changes\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('更新记录');
  await expect(page.locator('footer')).toContainText('最近更新');
});
