/**
 * A handbook written as occupational standards (tests/fixtures/sites/standards, content
 * tests/fixtures/frameworks/standards): two standards as groups above Knowledge / Skills / Behaviours,
 * competencies coded K1…, S1…, B1… and listed in their `order`, graded Pass / Distinction, and a
 * training whose effort the handbook does not give. Names are read from the site's framework.json.
 *
 * The self-assessment case: a practitioner who meets every practitioner expectation targets the
 * specialist level. The plan is the briefing (3 h), resilience coaching (8 h), the complex cases course
 * (14 h) and then the improvement project, of unknown effort: "at least 25 h" in all.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Framework } from '../../src/framework/model.ts';
import { axeViolations } from '../../src/verify/axe.ts';
import { framework } from './helpers.ts';

const OFFSET = Number(process.env['E2E_PORT_OFFSET'] ?? 0);
test.use({ baseURL: `http://127.0.0.1:${4333 + OFFSET}` });

const LOCALES = ['en', 'zh-cn'] as const;

/** The catalogue as the framework orders it: group label → area label → competency labels. */
function outline(f: Framework): [string, [string, string[]][]][] {
  return f.groups.map((g) => [
    g.label,
    f.areas
      .filter((a) => a.group === g.id)
      .map((a): [string, string[]] => [a.label, f.competencies.filter((c) => c.area === a.id).map((c) => c.label)]),
  ]);
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

for (const locale of LOCALES) {
  test(`the competency catalogue shows standards, then areas, then coded competencies in order (${locale})`, async ({
    page,
  }) => {
    const f = await framework(page, locale);
    expect(f.competencies.slice(0, 2).map((c) => c.code)).toEqual(['K1', 'K2']);
    await page.goto(`/${locale}/competencies/`);
    const main = page.getByRole('main');
    for (const [group, areas] of outline(f)) {
      const section = main.getByRole('region', { name: group, exact: true });
      await expect(section.getByRole('heading', { level: 2 })).toHaveText(group);
      await expect(section.getByRole('heading', { level: 3 })).toHaveText(areas.map(([area]) => area));
      await expect(section.getByRole('listitem').getByRole('link')).toHaveText(areas.flatMap(([, names]) => names));
    }
    // The competency without a summary leaves no empty paragraph behind.
    const resilience = f.competencies.find((c) => c.id === 'resilience');
    await expect(
      main
        .getByRole('listitem')
        .filter({ hasText: resilience?.label ?? '' })
        .locator('p'),
    ).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test(`the specialist level heads its expectations by standard and area (${locale})`, async ({ page }) => {
    const f = await framework(page, locale);
    const level = f.levels.find((l) => l.id === 'specialist');
    await page.goto(`/${locale}/levels/specialist/`);
    const tables = page.locator('table.tb-expectations');
    await expect(tables).toHaveCount(2);
    const expected = new Set(level?.expectations.map((e) => e.competency));
    for (const [i, group] of f.groups.entries()) {
      await expect(page.getByRole('heading', { level: 3, name: group.label, exact: true })).toBeVisible();
      const table = tables.nth(i);
      const areas = f.areas.filter((a) => a.group === group.id);
      await expect(table.locator('th[scope="rowgroup"]')).toHaveText(areas.map((a) => a.label));
      const inGroup = new Set(areas.map((a) => a.id));
      const names = f.competencies.filter((c) => expected.has(c.id) && inGroup.has(c.area)).map((c) => c.label);
      await expect(table.locator('th[scope="row"]')).toHaveText(names);
    }
    await expectNoAxeViolations(page);
  });

  test(`compare and the competency page name competencies by code (${locale})`, async ({ page }) => {
    const f = await framework(page, locale);
    const label = (id: string) => f.competencies.find((c) => c.id === id)?.label ?? id;
    await page.goto(`/${locale}/compare/practitioner/specialist/`);
    const rows = page.locator('table.tb-compare tbody th[scope="row"]');
    await expect(rows.first()).toHaveText(label('products-services'));
    await expect(rows.last()).toHaveText(label('resilience'));
    const [from, to] = ['practitioner', 'specialist'].map((id) => f.levels.find((l) => l.id === id)?.title);
    const pair = locale === 'en' ? `${from} compared with ${to}` : `${from}与${to}对比`;
    await expect(page).toHaveTitle(`${pair} · ${f.name}`);
    await expectNoAxeViolations(page);

    await page.goto(`/${locale}/competencies/data-protection/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(label('data-protection'));
    await expect(page).toHaveTitle(new RegExp(`^${label('data-protection')}`));
    await expectNoAxeViolations(page);
  });
}

for (const locale of LOCALES) {
  test(`the self-assessment form heads the competencies to rate by standard, then area (${locale})`, async ({
    page,
  }) => {
    const f = await framework(page, locale);
    const expected = new Set(f.levels.find((l) => l.id === 'specialist')?.expectations.map((e) => e.competency));
    await page.goto(`/${locale}/assess/?target=specialist`);
    const ratings = page.locator('[data-form]:not([inert]) section[aria-labelledby="assess-ratings"]');
    await expect(ratings).toBeVisible();
    await expect(ratings.getByRole('heading', { level: 3 })).toHaveText(f.groups.map((g) => g.label));
    for (const [i, [, areas]] of outline(f).entries()) {
      const shown = areas.filter(([, names]) =>
        names.some((name) => expected.has(f.competencies.find((c) => c.label === name)?.id ?? '')),
      );
      await expect(ratings.locator('[data-group]').nth(i).getByRole('heading', { level: 4 })).toHaveText(
        shown.map(([area]) => area),
      );
    }
    await expectNoAxeViolations(page);
  });
}

test.describe('the self-assessment plan with a training of unknown effort', () => {
  for (const [locale, unknown, total] of [
    ['en', 'effort unknown', 'At least 25 h in all'],
    ['zh-cn', '用时未知', '共计至少 25 小时'],
  ] as const) {
    test(`says "${unknown}" and gives the total as a minimum (${locale})`, async ({ page }) => {
      const f = await framework(page, locale);
      const title = (id: string) => f.trainings.find((t) => t.id === id)?.title ?? id;
      await page.goto(`/${locale}/assess/?target=specialist`);
      const form = page.locator('[data-form]:not([inert])');
      await expect(form).toBeVisible();
      await form.locator('select[name="current"]').selectOption('practitioner');
      for (const id of [
        'products-services',
        'data-protection',
        'needs-analysis',
        'communication-channels',
        'ownership',
      ])
        await form.locator(`input[name="rating:${id}"][value="1"]`).check();
      await form.locator('button[type="submit"]').click();
      const results = page.locator('[data-results]');
      await expect(results.locator('table')).toBeVisible();
      // The gap table names competencies by code, in the framework's order.
      await expect(results.locator('tbody th[scope="row"]').first()).toHaveText(f.competencies[0]?.label ?? '');
      const plan = results.locator('.tb-plan > li');
      await expect(plan).toHaveCount(4);
      await expect(plan.last()).toContainText(`${title('service-improvement-project')}`);
      await expect(plan.last()).toContainText(unknown);
      await expect(plan.first()).not.toContainText(unknown);
      await expect(results.locator('[data-plan-effort]')).toContainText(total);
      await expect(results.locator('#plan-unknown')).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
