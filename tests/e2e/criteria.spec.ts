/**
 * A framework written as criteria per level (tests/fixtures/frameworks/ic-ladder, served as the
 * ic-ladder fixture site): the level page shows each level's own words, compare lists what is new,
 * the competency page shows the criterion per level, and the self-assessment rates against criteria,
 * with gaps, a plan and the indicative-verdict notice, kept across a reload. axe on each of them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { toJsonFile } from '../../src/assessment/codec.ts';
import { criterionKey, emptyState } from '../../src/assessment/state.ts';
import { axeViolations } from '../../src/verify/axe.ts';
import { framework } from './helpers.ts';

async function noViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

test('the level page shows each competency’s criterion in the level’s words, in English and Chinese', async ({
  page,
}) => {
  for (const locale of ['en', 'zh-cn']) {
    const f = await framework(page, locale);
    const ic3 = f.levels.find((l) => l.id === 'ic3');
    const escalations = ic3?.criteria.find((c) => c.competency === 'escalations');
    await page.goto(`/${locale}/levels/ic3/`);
    const row = page.locator('tr[data-competency="escalations"]');
    await expect(row).toContainText(escalations?.text ?? '?');
    for (const example of escalations?.examples ?? []) await expect(row).toContainText(example);
    // Inherited: the words of the level that wrote it.
    const troubleshooting = ic3?.criteria.find((c) => c.competency === 'troubleshooting');
    expect(troubleshooting?.setBy).toBe('ic2');
    await expect(page.locator('tr[data-competency="troubleshooting"]')).toContainText(troubleshooting?.text ?? '?');
    await noViolations(page);
  }
  // The Chinese page shows the Chinese words.
  await expect(page.locator('tr[data-competency="escalations"]')).toContainText('跨区域负责问题升级');
});

test('closing the gaps to IC3 lists the new criteria to meet, by the criteria scale’s rating', async ({ page }) => {
  const f = await framework(page, 'en');
  const meets = f.criteriaScale.ratings[f.criteriaScale.meets]?.label ?? '?';
  const clinic = f.trainings.find((t) => t.id === 'escalation-clinic')?.title ?? '?';
  await page.goto('/en/levels/ic2/');
  const develop = page.locator('section[aria-labelledby="develop"]');
  // Escalations and mentoring have a criterion and no step at IC3; product knowledge is a step raised.
  await expect(develop.locator('li[data-scale="criteria"]')).toHaveCount(2);
  await expect(develop.locator('li[data-scale="steps"][data-gap="product-knowledge"]')).toBeVisible();
  await expect(develop.locator('li[data-scale="criteria"][data-gap="mentoring"]')).toContainText(
    `a new criterion, met at ${meets}`,
  );
  await expect(develop.locator('li[data-gap="escalations"]').getByRole('link', { name: clinic })).toBeVisible();
  await noViolations(page);
});

test('the ways into IC3 count the months in IC2, by name; a top level without moves promises none', async ({
  page,
}) => {
  const en = await framework(page, 'en');
  const ic2 = en.levels.find((l) => l.id === 'ic2');
  await page.goto('/en/levels/ic3/');
  const inbound = page.locator('section[aria-labelledby="inbound"]');
  await expect(inbound).toContainText(`At least ${ic2?.promotion?.minMonths} months in ${ic2?.title}`);
  await expect(inbound).not.toContainText('in this level');
  const top = en.levels.find((l) => l.track === ic2?.track && l.next === null && l.lateralMoves.length === 0);
  await page.goto(`/en/levels/${top?.id}/`);
  await expect(page.locator('section[aria-labelledby="promotion"] p')).toHaveText(
    'This is the top level of its track.',
  );
});

test('compare IC2 → IC3 lists what is new at IC3', async ({ page }) => {
  const f = await framework(page, 'en');
  const title = (id: string) => f.competencies.find((c) => c.id === id)?.title ?? id;
  await page.goto('/en/compare/ic2/ic3/');
  const section = page.locator('[data-new-criteria]');
  await expect(section.getByRole('heading', { level: 2 })).toBeVisible();
  await expect(section.locator('dt')).toHaveText(['escalations', 'product-knowledge', 'mentoring'].map(title));
  await noViolations(page);
  // The same list, rendered in the browser for a pair not pre-rendered.
  await page.goto('/en/compare/?from=ic1&to=ic3');
  await expect(page.locator('.tb-new-criteria dt').first()).toBeVisible();
  await expect(page.locator('.tb-new-criteria dt')).toContainText([title('escalations')]);
});

test('the competency page shows the criterion of each level', async ({ page }) => {
  const f = await framework(page, 'en');
  await page.goto('/en/competencies/mentoring/');
  for (const id of ['ic3', 'ic4', 'ic5']) {
    const text = f.levels.find((l) => l.id === id)?.criteria.find((c) => c.competency === 'mentoring')?.text;
    await expect(page.getByRole('table')).toContainText(text ?? '?');
  }
  await noViolations(page);
});

test('the self-assessment rates criteria, gives gaps, a plan and the indicative notice, and keeps them', async ({
  page,
}) => {
  const f = await framework(page, 'en');
  const [notYet = '?', sometimes = '?'] = f.criteriaScale.ratings.map((r) => r.label);
  const mentoringTitle = f.competencies.find((c) => c.id === 'mentoring')?.title ?? '?';
  const clinic = f.trainings.find((t) => t.id === 'escalation-clinic')?.title ?? '?';
  await page.goto('/en/assess/?target=ic3');
  await expect(page.locator('[data-form]:not([inert])')).toBeVisible();
  await page.locator('select[name="current"]').selectOption('ic2');
  const mentoring = page.locator('fieldset[data-competency="mentoring"]');
  await expect(mentoring).toBeVisible();
  // A criterion-only competency: the level's words and the criteria scale, not the steps.
  await expect(mentoring.locator('[data-steps]')).toBeHidden();
  // A framework without groups heads the competencies by area only.
  await expect(page.locator('[data-form] [data-group]')).toHaveCount(0);
  await mentoring.getByRole('radio', { name: sometimes }).check();
  await page.locator('fieldset[data-competency="escalations"]').getByRole('radio', { name: notYet }).check();
  await page.locator('input[name="rating:product-knowledge"][value="3"]').check();
  await page.locator('[data-form] button[type="submit"]').click();
  const results = page.locator('[data-results]');
  await expect(results.locator('[data-indicative]')).toHaveText(/This verdict is indicative/);
  const row = results.locator('tr[data-scale="criteria"]', { hasText: mentoringTitle });
  await expect(row).toHaveAttribute('data-status', 'gap');
  await expect(row).toContainText(sometimes);
  await expect(results.locator('[data-plan="planned"]')).toContainText(clinic);
  // Two competencies on the step scale: bars, since a radar of two axes is a line.
  await expect(results.locator('figure[data-chart]')).toHaveAttribute('data-chart', 'bar');
  // A step with nothing to describe shows no empty bullet.
  await expect(page.locator('[data-form] [data-indicators]:not([hidden]) li').filter({ hasText: /^\s*$/ })).toHaveCount(
    0,
  );
  await page.locator('[data-action="share"]').click();
  await noViolations(page);

  await page.reload();
  await expect(page.locator('[data-form]:not([inert])')).toBeVisible();
  await expect(mentoring.getByRole('radio', { name: sometimes })).toBeChecked();
  await expect(page.locator('[data-results] tr[data-scale="criteria"]', { hasText: mentoringTitle })).toContainText(
    sometimes,
  );
});

test('two assessments compared name their ratings against criteria on the criteria scale', async ({ page }, info) => {
  const f = await framework(page, 'en');
  const [notYet = '?', sometimes = '?', consistently = '?'] = f.criteriaScale.ratings.map((r) => r.label);
  const title = (id: string) => f.competencies.find((c) => c.id === id)?.label ?? id;
  await page.goto('/en/assess/?target=ic3');
  await expect(page.locator('[data-form]:not([inert])')).toBeVisible();
  await page.locator('fieldset[data-competency="mentoring"]').getByRole('radio', { name: sometimes }).check();
  await page.locator('fieldset[data-competency="escalations"]').getByRole('radio', { name: notYet }).check();
  await page.locator('[data-form] button[type="submit"]').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download (JSON)' }).click(),
  ]);
  // The team lead sees mentoring as consistent and agrees on escalations.
  const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    state: { label: string; criteria: Record<string, number> };
  };
  file.state.label = 'Team lead';
  file.state.criteria['ic3.mentoring'] = 2;
  const theirs = info.outputPath('team-lead.json');
  writeFileSync(theirs, JSON.stringify(file));
  await page.locator('input[data-action="compare"]').setInputFiles(theirs);
  const comparison = page.locator('[data-comparison]');
  await expect(comparison.getByRole('heading', { name: 'You compared with Team lead' })).toBeFocused();
  await expect(comparison.getByRole('row', { name: new RegExp(title('mentoring')) }).getByRole('cell')).toHaveText([
    consistently,
    sometimes,
    consistently,
    'rated differently',
  ]);
  await expect(comparison.getByRole('row', { name: new RegExp(title('escalations')) })).toContainText('agree');
  await noViolations(page);
});

test('the team view names the rating of a criterion (Sometimes −1), not a step number, in English and Chinese', async ({
  page,
}) => {
  await page.goto('/en/assess/?target=ic3');
  await expect(page.locator('[data-form]:not([inert])')).toBeVisible();
  const en = await framework(page, 'en');
  const [, sometimes = '?'] = en.criteriaScale.ratings.map((r) => r.label);
  await page.locator('fieldset[data-competency="mentoring"]').getByRole('radio', { name: sometimes }).check();
  await page.locator('[data-form] button[type="submit"]').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download (JSON)' }).click(),
  ]);
  const file = await download.path();
  for (const locale of ['en', 'zh-cn']) {
    const f = await framework(page, locale);
    const label = f.competencies.find((c) => c.id === 'mentoring')?.label ?? '?';
    await page.goto(`/${locale}/team/`);
    await expect(page.locator('[data-live]:not([inert])').first()).toBeVisible();
    await page.locator('[data-files]').setInputFiles(file);
    const matrix = page.locator('.tb-team-matrix');
    await expect(matrix.locator('tbody tr')).toHaveCount(1);
    const column = (await matrix.locator('thead tr').nth(1).locator('th').allTextContents()).findIndex((h) =>
      h.includes(label),
    );
    expect(column, `a matrix column for ${label}`).toBeGreaterThan(0);
    await expect(matrix.locator('tbody tr').first().locator('th, td').nth(column)).toHaveText(
      `${f.criteriaScale.ratings[1]?.label ?? '?'} −1`,
    );
  }
  await noViolations(page);
});

test('the Chinese self-assessment says the verdict is indicative', async ({ page }) => {
  await page.goto('/zh-cn/assess/?target=ic2');
  await expect(page.locator('[data-form]:not([inert])')).toBeVisible();
  await page.locator('input[name="criterion:sla-ownership"][value="2"]').check();
  await page.locator('[data-form] button[type="submit"]').click();
  await expect(page.locator('[data-results] [data-indicative]')).toHaveText(/此结论仅供参考/);
  await noViolations(page);
});

test('a role held alongside a level keeps its criteria and adds its own, linked both ways (en, zh-cn)', async ({
  page,
}) => {
  const f = await framework(page, 'en');
  const ic3 = f.levels.find((l) => l.id === 'ic3');
  const role = f.levels.find((l) => l.id === 'team-lead');
  const words = (level: typeof role, competency: string) =>
    level?.criteria.find((c) => c.competency === competency)?.text ?? '?';
  await page.goto('/en/levels/team-lead/');
  const held = page.locator('[data-overlay-of="ic3"]');
  await expect(held).toContainText('Held alongside');
  await expect(held.getByRole('link', { name: /IC3 Senior/ }).first()).toHaveAttribute('href', '/en/levels/ic3/');
  // IC3's words for escalations are kept; mentoring is the role's own.
  await expect(page.locator('tr[data-competency="escalations"]')).toContainText(words(ic3, 'escalations'));
  await expect(page.locator('tr[data-competency="mentoring"]')).toContainText(words(role, 'mentoring'));
  await noViolations(page);

  await page.goto('/en/levels/ic3/');
  await expect(page.locator('[data-overlays]').getByRole('link', { name: 'Team Lead' })).toHaveAttribute(
    'href',
    '/en/levels/team-lead/',
  );

  // What the role adds to IC3: only its own criterion is new.
  await page.goto('/en/compare/ic3/team-lead/');
  const mentoringTitle = f.competencies.find((c) => c.id === 'mentoring')?.title ?? '?';
  await expect(page.locator('[data-new-criteria] dt')).toHaveText([mentoringTitle]);

  await page.goto('/zh-cn/levels/team-lead/');
  await expect(page.locator('[data-overlay-of="ic3"]')).toContainText('兼任于');
  await expect(page.locator('tr[data-competency="mentoring"]')).toContainText('辅导团队中的每位工程师');
  await noViolations(page);
});

/**
 * Four exports against criteria, written by the codec: long names, one without a name (labelled by its
 * file name), and ratings that include the longest one ("Consistently (about 6 months) ✓").
 */
async function criteriaTeam(page: Page, info: TestInfo): Promise<string[]> {
  const f = await framework(page, 'en');
  const people = [
    ['Alexandra Montgomery-Smith', 'ic3'],
    ['Bartholomew Featherstonehaugh', 'team-lead'],
    ['Li Wei', 'ic4'],
    ['', 'ic5'],
  ] as const;
  return people.map(([name, target], i) => {
    const level = f.levels.find((l) => l.id === target);
    const criteria = Object.fromEntries(
      (level?.criteria ?? []).map((c, j) => [criterionKey(c.setBy, c.competency), (i + j) % 4]),
    );
    const ratings = Object.fromEntries(
      (level?.expectations ?? []).map((e, j) => [e.competency, Math.max(0, e.step - ((i + j) % 3))]),
    );
    const state = { ...emptyState(f.version, new Date(Date.UTC(2026, 10, 1 + i))), name, target, criteria, ratings };
    const path = info.outputPath(`0${i + 1}-assessment.json`);
    writeFileSync(path, toJsonFile(state, f.name));
    return path;
  });
}

async function showTeam(page: Page, locale: string, files: string[]): Promise<void> {
  await page.goto(`/${locale}/team/`);
  await expect(page.locator('[data-live]:not([inert])').first()).toBeVisible();
  await page.locator('[data-files]').setInputFiles(files);
  await expect(page.locator('.tb-team-matrix tbody tr')).toHaveCount(files.length);
}

/** How many lines each element's text takes, by its text: a word broken across lines adds one. */
function lineCounts(elements: Element[]): [string, number][] {
  return elements.map((e) => {
    const range = document.createRange();
    range.selectNodeContents(e);
    const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
    return [e.textContent ?? '', tops.size];
  });
}

test('the team matrix of criteria reads on a phone: cells wrap, align with their headings, and the last column scrolls fully into view', async ({
  page,
}, info) => {
  const files = await criteriaTeam(page, info);
  const f = await framework(page, 'en');
  await page.setViewportSize({ width: 360, height: 800 });
  await showTeam(page, 'en', files);
  const box = page.locator('.tb-scroll').filter({ has: page.locator('.tb-team-matrix') });
  await expect(box).toContainText(f.criteriaScale.ratings[2]?.label ?? '?');
  const seen = await box.evaluate((b) => {
    b.scrollLeft = b.scrollWidth;
    const width = (e: Element) => e.getBoundingClientRect().width;
    const heads = [...b.querySelectorAll('thead tr:last-child th')];
    const cells = [...b.querySelectorAll('td[data-gap]')];
    const last = heads.at(-1)?.getBoundingClientRect();
    const person = b.querySelector('tbody th')?.getBoundingClientRect();
    return {
      widest: Math.max(...cells.map(width)),
      person: person?.width ?? 0,
      personEnd: person?.right ?? 0,
      lastStart: last?.left ?? 0,
      lastEnd: last?.right ?? 0,
      boxEnd: b.getBoundingClientRect().right,
      boxWidth: b.clientWidth,
      align: [...new Set([...heads, ...cells].map((e) => getComputedStyle(e).textAlign))],
    };
  });
  // A rating wraps at its spaces instead of making its column wider than the room beside the person.
  expect(seen.widest).toBeLessThanOrEqual(180);
  expect(seen.person).toBeLessThanOrEqual(seen.boxWidth * 0.45);
  // Scrolled to the end, the last heading is wholly beside the sticky person column, not under it.
  expect(seen.lastStart).toBeGreaterThanOrEqual(seen.personEnd - 1);
  expect(seen.lastEnd).toBeLessThanOrEqual(seen.boxEnd + 1);
  expect(seen.align).toHaveLength(1);

  // On a desktop the matrix fits its box and a name breaks at its spaces and hyphens, not mid-word.
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const locale of ['en', 'zh-cn']) {
    await showTeam(page, locale, files);
    const matrix = page.locator('.tb-team-matrix');
    const fits = await matrix.evaluate((t) => t.scrollWidth <= (t.parentElement?.clientWidth ?? 0));
    expect(fits, `${locale}: the matrix is no wider than its box`).toBe(true);
    for (const [name, lines] of await matrix.locator('tbody th').evaluateAll(lineCounts))
      expect(lines, `${locale}: ${name}`).toBeLessThanOrEqual(name.split(/[ -]/).length);
  }
  // In Chinese a heading or a short value (总差距, 培训, 尚未准备好) keeps its characters on one line.
  const short = page.locator('[data-team] thead th, [data-team] td:not([data-why])');
  for (const [text, lines] of await short.evaluateAll(lineCounts))
    if (!/\s/.test(text.trim()) && text.trim().length <= 6) expect(lines, text).toBeLessThanOrEqual(1);
});

test('the team view prints on A4 landscape with its tables inside the page', async ({ page }, info) => {
  const files = await criteriaTeam(page, info);
  await showTeam(page, 'en', files);
  // A4 across, less the margins, at 96 dpi.
  await page.setViewportSize({ width: 1047, height: 740 });
  await page.emulateMedia({ media: 'print' });
  const ends = await page
    .locator('[data-team] table')
    .evaluateAll((tables) => tables.map((t) => Math.round(t.getBoundingClientRect().right)));
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  for (const [i, end] of ends.entries()) expect(end, `table ${i + 1}`).toBeLessThanOrEqual(width);
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const sizes = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map(([, w, h]) => Number(w) > Number(h));
  expect(sizes.length).toBeGreaterThan(0);
  expect(sizes.every(Boolean), 'every page is landscape').toBe(true);
});
