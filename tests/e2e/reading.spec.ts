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
});

test('any two levels: the route with its criteria, or the shortest way there, and both levels in brief', async ({
  page,
}) => {
  const en = await framework(page, 'en');
  const level = (id: string) => en.levels.find((l) => l.id === id);
  const title = (id: string) => level(id)?.title ?? id;
  const result = page.locator('[data-result]');

  // A promotion: its criteria, as the level page words them.
  await page.goto('/en/compare/?from=cs-junior&to=cs-intermediate');
  await expect(result.getByRole('heading', { name: `Moving up to ${title('cs-intermediate')}` })).toBeVisible();
  for (const id of level('cs-junior')?.promotion?.trainings ?? []) {
    await expect(result.getByRole('link', { name: en.trainings.find((t) => t.id === id)?.title ?? id })).toBeVisible();
  }
  await expect(
    result.getByText(`At least ${level('cs-junior')?.promotion?.minMonths} months in ${title('cs-junior')}`),
  ).toBeVisible();

  // A lateral move: its conditions.
  const move = level('cs-senior')?.lateralMoves[0];
  await page.goto(`/en/compare/?from=cs-senior&to=${move?.to}`);
  await expect(result.getByRole('heading', { name: `Moving across to ${title(move?.to ?? '')}` })).toBeVisible();
  for (const condition of move?.conditions ?? []) await expect(result.getByText(condition)).toBeVisible();

  // Two promotions apart: no direct move, so the way there, each step a comparison of its own.
  await page.goto('/en/compare/?from=cs-junior&to=cs-senior');
  await expect(result.getByText(/There is no direct move from Junior agent to Senior agent/)).toBeVisible();
  const steps = result.locator('.tb-route a');
  await expect(steps).toHaveCount(2);
  await expect(steps.nth(0)).toHaveAttribute('href', '/en/compare/cs-junior/cs-intermediate/');
  await expect(steps.nth(1)).toHaveAttribute('href', '/en/compare/cs-intermediate/cs-senior/');

  // Downwards there is no way at all, and the page says so.
  await page.goto('/en/compare/?from=cs-senior&to=cs-junior');
  await expect(result.getByText('The handbook describes no way from Senior agent to Junior agent')).toBeVisible();

  // Both levels in brief, with their responsibilities.
  for (const id of ['cs-senior', 'cs-junior']) {
    const brief = result.getByRole('region', { name: title(id) });
    for (const r of level(id)?.responsibilities ?? []) await expect(brief.getByText(r)).toBeVisible();
  }
});

test('a level and a track say how people get there', async ({ page }) => {
  const en = await framework(page, 'en');
  const qa = en.levels.find((l) => l.id === 'qa-analyst');
  const from = en.levels.filter((l) => l.lateralMoves.some((m) => m.to === 'qa-analyst'));
  expect(from.length).toBeGreaterThan(0);
  await page.goto('/en/levels/qa-analyst/');
  const inbound = page.getByRole('region', { name: 'Ways into this level' });
  for (const level of from) {
    const link = inbound.getByRole('link', { name: new RegExp(`^Lateral move from ${level.title} on the`) });
    await expect(link).toHaveAttribute('href', `/en/compare/${level.id}/qa-analyst/`);
    for (const c of level.lateralMoves.find((m) => m.to === 'qa-analyst')?.conditions ?? []) {
      await expect(inbound.getByText(c).first()).toBeVisible();
    }
  }
  await expect(
    page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Ways into this level' }),
  ).toHaveAttribute('href', '#inbound');

  // The level above the entry level: promoted into from the one below, with the criteria.
  const intermediate = en.levels.find((l) => l.id === 'cs-intermediate');
  await page.goto('/en/levels/cs-intermediate/');
  await expect(
    page
      .getByRole('region', { name: 'Ways into this level' })
      .getByRole('link', { name: `Promotion from ${en.levels.find((l) => l.id === intermediate?.previous)?.title}` }),
  ).toBeVisible();

  // The track lists the moves into it from other tracks.
  await page.goto(`/en/tracks/${qa?.track}/`);
  const intoTrack = page.getByRole('region', { name: 'Ways into this track from other tracks' });
  for (const level of from)
    await expect(intoTrack.getByRole('link', { name: `From ${level.title} to ${qa?.title}` })).toBeVisible();
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
