/**
 * The customer-operations ladder fixture (tests/fixtures/sites/ops-ladder): sub-levels grouped under
 * their band, KPI bands formatted per language, probation in weeks, a comparison of two sub-levels,
 * and a self-assessment with KPI results and months performing at the next level; axe on each.
 * Titles and labels come from `/{locale}/framework.json`; figures are the fixture's own.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../../src/verify/axe.ts';
import type { Framework } from '../../src/framework/model.ts';
import { framework } from './helpers.ts';

const title = (f: Framework, id: string) => f.levels.find((l) => l.id === id)?.title ?? id;
const metric = (f: Framework, id: string) => f.metrics.find((m) => m.id === id)?.label ?? id;

/** axe on the page as it is now, collected with where it was found. */
async function axe(page: Page, where: string, found: string[]): Promise<void> {
  for (const v of await axeViolations(page)) found.push(`${where} ${v}`);
}

test('the track page lists the sub-levels of each band together under the band', async ({ page }) => {
  const en = await framework(page, 'en');
  await page.goto('/en/tracks/operations/');
  const band = page.locator('li[data-band="Level 1"]');
  await expect(band.getByRole('heading', { level: 3, name: 'Level 1' })).toBeVisible();
  await expect(band.getByRole('heading', { level: 4 })).toHaveText(['1a', '1b', '1c'].map((id) => title(en, id)));
  await expect(page.locator('li[data-band="Level 2"]').getByRole('heading', { level: 4 })).toHaveText(
    ['2a', '2b'].map((id) => title(en, id)),
  );
  // The lattice groups them too, under the band's name.
  await page.goto('/en/');
  await expect(page.locator('.tb-lattice [data-band="Level 1"]').first()).toContainText('Level 1');
});

/** What a level page shows in one language: its heading, its KPI bands by metric, its time, its probation. */
interface LevelCase {
  locale: string;
  heading: string;
  bands: [metric: string, band: string][];
  typical: string;
  probation: [length: string, target: string];
}

test.describe('level pages', () => {
  const cases: LevelCase[] = [
    {
      locale: 'en',
      heading: 'Level 1 · 1B',
      bands: [
        ['conversations-per-hour', '8–12 per hour'],
        ['activity', 'at least 85%'],
        ['qa-score', 'at least 88%'],
        ['handle-time', 'at most 10 min'],
      ],
      typical: 'typically about 4 months in this level',
      probation: ['12 weeks of probation on entering this level', 'at least 85%'],
    },
    {
      locale: 'zh-cn',
      heading: '一级 · 1B',
      bands: [
        ['conversations-per-hour', '8-12/小时'],
        ['activity', '不低于 85%'],
        ['qa-score', '不低于 88%'],
        ['handle-time', '不高于 10分钟'],
      ],
      typical: '通常在本层级停留约 4 个月',
      probation: ['进入本层级后有 12 周考察期', '不低于 85%'],
    },
  ];
  for (const c of cases) {
    test(`${c.locale}: a sub-level is named with its band and shows its KPI bands; the trainee page its probation in weeks`, async ({
      page,
    }) => {
      const f = await framework(page, c.locale);
      await page.goto(`/${c.locale}/levels/1b/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.heading);
      await expect(page.locator('.tb-meta')).toContainText(c.typical);
      const table = page.getByRole('table', {
        name: c.locale === 'en' ? /expected while in this level/i : /在本层级期间/,
      });
      for (const [id, band] of c.bands) {
        await expect(table.getByRole('row', { name: metric(f, id) })).toContainText(band);
      }
      await page.goto(`/${c.locale}/levels/trainee/`);
      const probation = page.locator('section[aria-labelledby="probation"]');
      await expect(probation).toContainText(c.probation[0]);
      await expect(probation).toContainText(metric(f, 'qa-score'));
      await expect(probation).toContainText(c.probation[1]);
    });
  }
});

test('the first level’s steps are expected from it, not “raised” (en, zh-cn)', async ({ page }) => {
  await page.goto('/en/levels/trainee/');
  const notes = page.locator('tr[data-competency] td .tb-note');
  await expect(notes.first()).toBeVisible();
  for (const text of await notes.allTextContents()) expect(text).toBe('expected from this level');
  await page.goto('/zh-cn/levels/trainee/');
  await expect(page.locator('tr[data-competency] td .tb-note').first()).toHaveText('自本层级起要求');
});

test('comparing 1A with 1B names both sub-levels with their band and lists the months at the next level', async ({
  page,
}) => {
  await page.goto('/en/compare/?from=1a&to=1b');
  await expect(page.locator('select[name="from"] option[value="1a"]')).toHaveText('Level 1 · 1A');
  await expect(page.locator('table.tb-compare')).toBeVisible();
  await expect(page.locator('[data-result] h2#result')).toHaveText('Level 1 · 1A compared with Level 1 · 1B');
  await expect(page.locator('[data-result] h2#route')).toHaveText('Moving up to Level 1 · 1B');
  await expect(page.locator('[data-result]')).toContainText('Performing at the next level for at least 2 months');
  await page.goto('/en/compare/1a/1b/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Level 1 · 1A');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Level 1 · 1B');
});

test('the self-assessment for 1B evaluates the KPI bands of 1A and 1B and the months at the next level', async ({
  page,
}) => {
  const en = await framework(page, 'en');
  await page.goto('/en/assess/?target=1b');
  const form = page.locator('[data-form]:not([inert])');
  await expect(form).toBeVisible();
  await form.locator('select[name="current"]').selectOption('1a');
  await expect(form.locator('select[name="target"] option[value="1b"]')).toHaveText('Level 1 · 1B');
  // Every metric has its field, the unit in its label.
  await expect(form.getByLabel(`${metric(en, 'conversations-per-hour')} (per hour)`)).toBeVisible();
  await form.getByLabel(`${metric(en, 'conversations-per-hour')} (per hour)`).fill('9');
  await form.getByLabel(`${metric(en, 'activity')} (%)`).fill('82');
  await form.getByLabel(`${metric(en, 'qa-score')} (%)`).fill('90');
  await form.getByLabel(`${metric(en, 'handle-time')} (min)`).fill('11');
  await form.getByLabel('Months already performing at the next level').fill('1');
  await form.getByLabel('Months in your current level').fill('4');
  await page.getByRole('button', { name: 'Show my results' }).click();
  const results = page.locator('[data-results]');
  await expect(results.getByRole('heading', { level: 2 })).toHaveText('Your results for Level 1 · 1B');
  await expect(results.locator('[data-kpis="current"] li')).toHaveText([
    /^Met: Conversations per hour: at least 6 per hour \(you: 9 per hour\)$/,
    /^Met: Activity: at least 80% \(you: 82%\)$/,
    /^Met: QA score: at least 85% \(you: 90%\)$/,
    /^Met: Average handle time: at most 12 min \(you: 11 min\)$/,
  ]);
  await expect(results.locator('[data-kpis="target"] li[data-status="not-met"]')).toHaveText([
    /Activity: at least 85% \(you: 82%\)/,
    /Average handle time: at most 10 min \(you: 11 min\)/,
  ]);
  await expect(results.locator('.tb-criteria-status li[data-status="not-met"]').first()).toContainText(
    'Performing at the next level for at least 2 months (you: 1)',
  );
  await expect(results).toContainText('Conversations per hour ≥ 8 per hour (you: 9 per hour)');
});

for (const c of [
  {
    locale: 'en',
    months: 'Months in your current level',
    heading: 'Probation in your current level',
    length: '12 weeks of probation on entering this level',
    status: 'Not met: ',
    target: '≥ 85% (you: 80%)',
    conditions: 'Also to show during probation:',
  },
  {
    locale: 'zh-cn',
    months: '在当前层级任职的月数',
    heading: '当前层级的考察期',
    length: '进入本层级后有 12 周考察期',
    status: '未满足：',
    target: '≥ 85%（你：80%）',
    conditions: '考察期内还需做到：',
  },
]) {
  test(`${c.locale}: a trainee in the first weeks sees the probation’s target, its status and conditions; after it, none`, async ({
    page,
  }) => {
    const f = await framework(page, c.locale);
    const trainee = f.levels.find((l) => l.id === 'trainee');
    await page.goto(`/${c.locale}/assess/?target=1a`);
    const form = page.locator('[data-form]:not([inert])');
    await expect(form).toBeVisible();
    await form.locator('select[name="current"]').selectOption('trainee');
    await form.locator('input[name="metric:qa-score"]').fill('80');
    await form.getByLabel(c.months).fill('1');
    await form.locator('button[type="submit"]').click();
    const results = page.locator('[data-results]');
    await expect(results.getByRole('heading', { level: 3, name: c.heading })).toBeVisible();
    await expect(results).toContainText(c.length);
    await expect(results.locator('[data-probation="current"] li')).toHaveText([
      `${c.status}${metric(f, 'qa-score')} ${c.target}`,
    ]);
    await expect(results).toContainText(c.conditions);
    await expect(results.locator('[data-probation-conditions="current"] li')).toHaveText(
      trainee?.probation?.conditions ?? [],
    );
    // Three months in, twelve weeks of probation are over: the results no longer speak of it.
    await form.getByLabel(c.months).fill('3');
    await form.locator('button[type="submit"]').click();
    await expect(results.locator('[data-kpis="current"]')).toBeVisible();
    await expect(results.getByRole('heading', { name: c.heading })).toHaveCount(0);
  });
}

test('axe finds no violations on the ladder, a sub-level, the comparison and the results, in both languages', async ({
  page,
}) => {
  // A walk of axe runs: no time limit, so a busy machine cannot break it.
  test.setTimeout(0);
  const found: string[] = [];
  for (const locale of ['en', 'zh-cn']) {
    for (const path of [
      `/${locale}/`,
      `/${locale}/tracks/operations/`,
      `/${locale}/levels/1b/`,
      `/${locale}/levels/trainee/`,
    ]) {
      await page.goto(path);
      await axe(page, path, found);
    }
    await page.goto(`/${locale}/compare/?from=1a&to=1b`);
    await expect(page.locator('table.tb-compare')).toBeVisible();
    await axe(page, `/${locale}/compare/ (1A → 1B)`, found);
    // A trainee's results carry every in-level block: KPI bands of both levels and the probation.
    await page.goto(`/${locale}/assess/?target=1a`);
    await expect(page.locator('[data-form]:not([inert])')).toBeVisible();
    await page.locator('select[name="current"]').selectOption('trainee');
    await page.locator('input[name="metric:qa-score"]').fill('90');
    await page.locator('input[name="monthsAtNext"]').fill('3');
    await page.locator('[data-form] button[type="submit"]').click();
    await expect(page.locator('[data-kpis="target"]')).toBeVisible();
    await expect(page.locator('[data-probation="current"]')).toBeVisible();
    await axe(page, `/${locale}/assess/ (results)`, found);
  }
  expect(found).toEqual([]);
});
