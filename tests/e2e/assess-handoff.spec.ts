/**
 * The self-assessment as something to hand to a manager: the printout and the downloads say whose it
 * is, which move it is about, when and against which handbook version; the PDF has no blank page; a
 * comparison names both assessments as the person calls them. And the results chart: one live chart
 * however often the results are redrawn, one redraw per click, bars when there are many competencies.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Framework } from '../../src/framework/model.ts';
import { framework } from './helpers.ts';
import { pdfPageTexts } from './pdf.ts';

const NAME = 'Li Wei';

async function openForm(page: Page, query: string): Promise<void> {
  await page.goto(`/en/assess/${query}`);
  await expect(page.locator('[data-form]:not([inert])')).toBeVisible();
}

/** Junior → Intermediate agent, a few ratings, the results shown. */
async function showResults(page: Page): Promise<void> {
  await openForm(page, '?target=cs-intermediate');
  await page.getByLabel('Your name').fill(NAME);
  await page.locator('select[name="current"]').selectOption('cs-junior');
  for (const c of ['communication', 'customer-empathy', 'problem-solving'])
    await page.locator(`input[name="rating:${c}"][value="1"]`).check();
  await page.getByRole('button', { name: 'Show my results' }).click();
  await expect(page.locator('[data-results] canvas')).toBeVisible();
}

async function download(page: Page, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return readFileSync(await file.path(), 'utf8');
}

test('the results, the printout and the downloads say whose assessment it is, for which move, when and against which version', async ({
  page,
}) => {
  await showResults(page);
  const { version } = await framework(page, 'en');
  const about = page.locator('[data-results] [data-about]');
  await expect(about).toContainText(`Name${NAME}`);
  await expect(about).toContainText('Current levelJunior agent');
  await expect(about).toContainText('Target levelIntermediate agent');
  await expect(about).toContainText(`Handbook version${version}`);
  const date = (await about.locator('dt:text-is("Date") + dd').textContent()) ?? '';
  expect(date).toMatch(/\d{4}/);

  const md = await download(page, 'Download (Markdown)');
  expect(md).toContain(
    `**Name:** ${NAME}  \n**Current level:** Junior agent  \n**Target level:** Intermediate agent  `,
  );
  expect(md).toContain(`**Date:** ${date}  \n**Handbook version:** ${version}  `);
  expect(md).toContain('## Promotion criteria');
  // Each criterion in the words the results use on screen.
  for (const item of await page.locator('.tb-criteria-status li').allTextContents()) expect(md).toContain(`- ${item}`);

  const csv = await download(page, 'Download (CSV)');
  expect(csv.split('\r\n')[0]).toBe(
    'Competency,Expected,You,Gap,Evidence,Name,Current level,Target level,Date,Handbook version',
  );
  expect(csv).toContain(`${NAME},Junior agent,Intermediate agent,"${date}",${version}`);

  // The name is part of the assessment: it comes back after a reload.
  await page.reload();
  await expect(page.getByLabel('Your name')).toHaveValue(NAME);
});

test('the printed results start on the first page, and no page of the PDF is blank', async ({ page }) => {
  await showResults(page);
  const pages = pdfPageTexts(await page.pdf({ format: 'A4' }));
  expect(pages.length).toBeGreaterThan(1);
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  // Kept whole, the results would not fit under the page's introduction and would start on page 2.
  expect(squeeze(pages[0] ?? '')).toContain(squeeze('Your results for Intermediate agent'));
  expect(squeeze(pages[0] ?? '')).toContain(squeeze(NAME));
  for (const [i, text] of pages.entries()) expect(squeeze(text).length, `page ${i + 1}`).toBeGreaterThan(20);
});

test('thirty rating clicks leave one live chart, and each click redraws the results once', async ({ page }) => {
  await openForm(page, '?target=cs-intermediate');
  await page.getByRole('button', { name: 'Show my results' }).click();
  const results = page.locator('[data-results]');
  await expect(results).toHaveAttribute('data-renders', '1');
  const competencies = ['communication', 'customer-empathy', 'problem-solving'];
  for (let i = 0; i < 30; i++) {
    const renders = Number(await results.getAttribute('data-renders'));
    await page.locator(`input[name="rating:${competencies[i % 3]}"][value="${(i % 4) + 1}"]`).check();
    await expect(results).toHaveAttribute('data-renders', String(renders + 1));
  }
  await expect(results).toHaveAttribute('data-live-charts', '1');
  await expect(page.locator('canvas')).toHaveCount(1);
});

test('a framework with many competencies shows bars instead of a radar', async ({ page }) => {
  const fixture = await framework(page, 'en');
  const many = withExtraCompetencies(fixture, 'cs-intermediate', 15);
  expect(many.levels.find((l) => l.id === 'cs-intermediate')?.expectations.length).toBe(24);
  await page.route('**/en/framework.json', (route) => route.fulfill({ json: many }));
  await openForm(page, '?target=cs-intermediate');
  await page.getByRole('button', { name: 'Show my results' }).click();
  const chart = page.locator('[data-results] figure');
  await expect(chart).toHaveAttribute('data-chart', 'bar');
  await expect(chart.locator('canvas')).toBeVisible();
  expect((await chart.locator('canvas').boundingBox())?.height).toBeGreaterThan(24 * 20);

  // Nine competencies: a radar.
  await page.unroute('**/en/framework.json');
  await page.reload();
  await page.getByRole('button', { name: 'Show my results' }).click();
  await expect(page.locator('[data-results] figure')).toHaveAttribute('data-chart', 'radar');
});

test('a comparison calls the two "You" and "Your manager", and uses the names the person gives', async ({
  page,
}, info) => {
  await showResults(page);
  const mine = JSON.parse(await download(page, 'Download (JSON)')) as { state: Record<string, unknown> };
  const theirs = info.outputPath('manager.json');
  const ratings = { ...(mine.state['ratings'] as Record<string, number>), 'problem-solving': 2 };
  writeFileSync(theirs, JSON.stringify({ ...mine, state: { ...mine.state, ratings } }));
  await page.locator('input[data-action="compare"]').setInputFiles(theirs);
  const comparison = page.locator('[data-comparison]');
  await expect(comparison.getByRole('heading', { name: 'You compared with Your manager' })).toBeFocused();
  await expect(comparison.locator('thead')).toContainText('You');
  await expect(comparison.locator('thead')).toContainText('Your manager');

  await comparison.getByLabel('The other assessment').fill('Wang (team lead)');
  await comparison.getByLabel('This assessment').fill(NAME);
  await expect(comparison.getByRole('heading', { name: `${NAME} compared with Wang (team lead)` })).toBeVisible();
  await expect(comparison.locator('thead')).toContainText('Wang (team lead)');
  const md = await download(page, 'Download (Markdown)');
  expect(md).toContain(`## ${NAME} compared with Wang \\(team lead\\)`);
  expect(md).toContain('| Problem solving | 2 | 1 | 2 | +1 |');

  // Kept in the assessment: after a reload, a new comparison uses them.
  await page.reload();
  await page.locator('input[data-action="compare"]').setInputFiles(theirs);
  await expect(comparison.getByRole('heading', { name: `${NAME} compared with Wang (team lead)` })).toBeVisible();
  await expect(comparison.getByLabel('The other assessment')).toHaveValue('Wang (team lead)');
});

/** The fixture with `count` more competencies, each expected at step 1 by `level`. */
function withExtraCompetencies(f: Framework, level: string, count: number): Framework {
  const model = f.competencies[0];
  if (model === undefined) throw new Error('the fixture has no competency');
  const extra = Array.from({ length: count }, (_, i) => ({
    ...model,
    id: `extra-${i + 1}`,
    title: `Extra competency ${i + 1}`,
  }));
  return {
    ...f,
    competencies: [...f.competencies, ...extra],
    levels: f.levels.map((l) =>
      l.id !== level
        ? l
        : {
            ...l,
            expectations: [...l.expectations, ...extra.map((c) => ({ competency: c.id, step: 1, setBy: l.id }))],
          },
    ),
  };
}
