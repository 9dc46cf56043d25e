/**
 * The team view in Chromium with the thirty files of tests/fixtures/assessments/team/ (3 bad, 1
 * duplicate, 1 made against an older version): each file's fate, the matrix, the training demand,
 * hide-names (on screen, in the downloads and in print), the downloads, the printout, share links,
 * keeping the team on the device only when asked, both locales, and axe. Expected figures come from
 * the pure aggregation run here on the same files and the site's own framework.json.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeShareLink, fromJsonText } from '../../src/assessment/codec.ts';
import { aggregateTeam, sortMatrix, type Team, type TeamEntry } from '../../src/assessment/team.ts';
import { cellText } from '../../src/assessment/team-export.ts';
import type { Framework } from '../../src/framework/model.ts';
import { axeViolations } from '../../src/verify/axe.ts';
import { framework } from './helpers.ts';
import { pdfPageTexts } from './pdf.ts';

const DIR = 'tests/fixtures/assessments/team';
const FILES = readdirSync(DIR).sort();
const ENTRIES: TeamEntry[] = FILES.map((source) => ({
  source,
  loaded: fromJsonText(readFileSync(join(DIR, source), 'utf8')),
}));
const NAMES = ENTRIES.flatMap((e) => (e.loaded.ok && e.loaded.state.name !== '' ? [e.loaded.state.name] : []));

async function addFiles(page: Page, locale: string): Promise<void> {
  await page.goto(`/${locale}/team/`);
  await expect(page.locator('[data-live]:not([inert])').first()).toBeVisible();
  await page.locator('[data-files]').setInputFiles(FILES.map((f) => join(DIR, f)));
  await expect(page.locator('[data-report] tbody tr')).toHaveCount(30);
}

async function expected(page: Page, locale: string, hideNames = false): Promise<{ f: Framework; team: Team }> {
  const f = await framework(page, locale);
  const person = locale === 'en' ? 'Person {n}' : '成员 {n}';
  return { f, team: aggregateTeam(f, ENTRIES, { hideNames, person }) };
}

async function download(page: Page, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return readFileSync(await file.path(), 'utf8');
}

const matrix = (page: Page) => page.locator('.tb-team-matrix tbody tr');

test('each file is read on its own: bad, foreign and duplicate files are listed with the reason', async ({
  page,
  baseURL,
}) => {
  // Nothing is sent anywhere: the only requests are GETs of the site's own files.
  const sent: string[] = [];
  page.on('request', (request) => {
    const own = new URL(request.url()).origin === new URL(baseURL ?? '').origin;
    if (request.method() !== 'GET' || !own) sent.push(`${request.method()} ${request.url()}`);
  });
  await addFiles(page, 'en');
  const report = page.locator('[data-report]');
  await expect(report.getByRole('status')).toHaveText('26 of 30 files are in the team; 4 could not be used.');
  const row = (file: string) => report.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: file }) });
  await expect(row('26-li-wei-copy.json')).toContainText('The same assessment as 01-li-wei.json: counted once.');
  await expect(row('28-broken.json')).toContainText('It is damaged or incomplete');
  await expect(row('29-other-tool.json')).toContainText('It is not a Trackbook self-assessment.');
  await expect(row('30-other-handbook.json')).toContainText('Its target level is not in this handbook');
  await expect(row('01-li-wei.json')).toContainText('In the team as Li Wei.');
  await expect(row('06-unnamed.json')).toContainText('In the team as 06-unnamed.json.');

  // The older assessment is marked and counts only once rescored.
  await expect(row('27-deng-lan-spring.json')).toContainText('Made against an earlier version of the handbook');
  await expect(matrix(page)).toHaveCount(25);
  await row('27-deng-lan-spring.json').getByRole('button', { name: 'Rescore against the current handbook' }).click();
  await expect(matrix(page)).toHaveCount(26);
  await expect(row('27-deng-lan-spring.json')).toContainText('In the team as Deng Lan.');
  expect(sent).toEqual([]);
});

test('the matrix shows each step against the person’s own target, by area, and sorts', async ({ page }) => {
  await addFiles(page, 'en');
  const { f, team } = await expected(page, 'en');
  const columns = team.areas.flatMap((a) => a.competencies);
  const title = (id: string) => f.competencies.find((c) => c.id === id)?.title ?? id;
  const head = page.locator('.tb-team-matrix thead tr');
  await expect(head.nth(0).locator('th')).toHaveText(
    team.areas.map((a) => f.areas.find((x) => x.id === a.area)?.label ?? a.area),
  );
  await expect(head.nth(1).locator('th')).toHaveText(['Person', 'Target level', 'Total gap', ...columns.map(title)]);

  for (const by of ['person', 'gap', 'target'] as const) {
    await page.getByLabel('Sort by').selectOption(by);
    const rows = sortMatrix(f, team.matrix, by);
    await expect(head.nth(1).locator('[aria-sort]')).toHaveText(
      { person: 'Person', gap: 'Total gap', target: 'Target level' }[by],
    );
    await expect(matrix(page).locator('th')).toHaveText(rows.map((r) => r.member.label));
  }
  const li = team.matrix.find((r) => r.member.label === 'Li Wei');
  if (li === undefined) throw new Error('Li Wei is not in the team');
  const cells = matrix(page)
    .filter({ has: page.getByRole('rowheader', { name: 'Li Wei', exact: true }) })
    .locator('td');
  await expect(cells).toHaveText([
    f.levels.find((l) => l.id === li.target)?.title ?? '',
    String(li.totalGap),
    ...columns.map((id) => (li.cells[id] === undefined ? '—' : cellText(li.cells[id]))),
  ]);
  // A gap is coloured and written: the cell's text says −n.
  for (const cell of await cells.and(page.locator('[data-gap="2"]')).all()) await expect(cell).toContainText('−');
});

test('training demand ranks trainings by the team gap they close, and names coaching needs', async ({ page }) => {
  await addFiles(page, 'en');
  const { f, team } = await expected(page, 'en');
  const training = (id: string) => f.trainings.find((t) => t.id === id)?.title ?? id;
  const rows = page.locator('[data-demand] tbody tr');
  await expect(rows.locator('th')).toHaveText(team.demand.map((d) => training(d.training)));
  const [top] = team.demand;
  if (top === undefined) throw new Error('no training demand');
  await expect(rows.first().locator('td')).toHaveText([
    '1',
    String(top.helps.length),
    String(top.steps),
    String(top.hours),
    String(top.totalHours),
    top.prerequisites.map(training).join(', ') || '—',
    top.helps.join(', '),
  ]);
  const coaching = page.locator('.tb-team-coaching li');
  await expect(coaching).toHaveCount(team.coaching.length);
  expect(team.coaching.length).toBeGreaterThan(0);

  // Readiness: a verdict and its rule per person, and the distribution as a chart and a table.
  await expect(page.locator('[data-readiness] tbody tr')).toHaveCount(team.matrix.length);
  await expect(page.locator('[data-readiness] tbody tr').first().locator('td').nth(2)).toContainText('Why');
  await expect(page.locator('[data-chart] canvas')).toBeVisible();
  await expect(page.locator('[data-chart] tbody td')).toHaveText(
    (['ready', 'nearly-ready', 'not-yet'] as const).map((v) => String(team.distribution[v])),
  );
});

test('the downloads: the matrix and the demand as formula-safe CSV, the whole view as Markdown', async ({ page }) => {
  await addFiles(page, 'en');
  const { team } = await expected(page, 'en');
  const csv = await download(page, 'Download the matrix (CSV)');
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe('Person,Target level,Area,Competency,Step,Expected,Gap');
  expect(lines).toHaveLength(1 + team.matrix.reduce((s, r) => s + r.member.evaluation.competencies.length, 0));
  expect(csv).toContain(`"'=HYPERLINK(""http://example.com"",""Zheng Kai"")"`);
  expect(lines.some((line) => /^[=+\-@]/.test(line))).toBe(false);
  const demand = await download(page, 'Download the training demand (CSV)');
  expect(demand.trim().split('\r\n')).toHaveLength(team.demand.length + 1);
  const md = await download(page, 'Download the team view (Markdown)');
  for (const heading of [
    '# Team view',
    '## Team matrix',
    '## Training demand',
    '## On-the-job coaching',
    '## Readiness',
  ])
    expect(md).toContain(`${heading}\n`);
});

test('hide names: Person 1…N on the page, in every download and in print', async ({ page }) => {
  await addFiles(page, 'en');
  await page.getByLabel(/Hide names/).check();
  const { team } = await expected(page, 'en', true);
  await expect(matrix(page).locator('th')).toHaveText(team.matrix.map((r) => r.member.label));
  await expect(page.locator('[data-team]')).toContainText('Person 1');
  // The list of files too: file names often carry a name.
  await expect(page.locator('[data-report] tbody th').first()).toHaveText('File 1');
  await expect(page.locator('[data-report]')).toContainText('The same assessment as File 1: counted once.');
  const shown = (await page.locator('main').textContent()) ?? '';
  const downloads = [
    await download(page, 'Download the matrix (CSV)'),
    await download(page, 'Download the training demand (CSV)'),
    await download(page, 'Download the team view (Markdown)'),
  ];
  const printed = pdfPageTexts(await page.pdf({ format: 'A4', landscape: true })).join('\n');
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  for (const text of [shown, ...downloads, printed].map(squeeze)) {
    for (const name of [...NAMES, 'unnamed.json']) expect(text).not.toContain(squeeze(name));
    expect(text).toContain('Person1');
  }
});

test('print: a summary and the matrix on the first page, no input controls', async ({ page }) => {
  await addFiles(page, 'en');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-files]')).toBeHidden();
  await expect(page.locator('[data-report]')).toBeHidden();
  await expect(page.locator('.tb-team-matrix')).toBeVisible();
  const pages = pdfPageTexts(await page.pdf({ format: 'A4', landscape: true }));
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  expect(squeeze(pages[0] ?? '')).toContain('Teammatrix');
  expect(squeeze(pages[0] ?? '')).toContain('assessmentsscoredagainsthandbookversion');
  expect(squeeze(pages.join(''))).not.toContain('Addtheteam');
  for (const [i, text] of pages.entries()) expect(squeeze(text).length, `page ${i + 1}`).toBeGreaterThan(20);
});

test('files dropped on the drop zone are read like chosen ones', async ({ page }) => {
  await page.goto('/en/team/');
  await expect(page.locator('[data-live]:not([inert])').first()).toBeVisible();
  const files = ['01-li-wei.json', '28-broken.json'].map((name) => ({
    name,
    text: readFileSync(join(DIR, name), 'utf8'),
  }));
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([f.text], f.name, { type: 'application/json' }));
    return data;
  }, files);
  await page.locator('[data-drop]').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.locator('[data-report] tbody tr')).toHaveCount(2);
  await expect(page.locator('[data-report]')).toContainText('In the team as Li Wei.');
  await expect(page.locator('[data-report]')).toContainText('It is damaged or incomplete');
  await expect(matrix(page)).toHaveCount(1);
});

test('share links are read one per line, each on its own', async ({ page }) => {
  const first = ENTRIES[0]?.loaded;
  if (first?.ok !== true) throw new Error('fixture 01 does not load');
  const link = `http://127.0.0.1/en/assess/#${await encodeShareLink(first.state)}`;
  await page.goto('/en/team/');
  await expect(page.locator('[data-live]:not([inert])').first()).toBeVisible();
  await page.getByLabel('Or paste share links, one per line').fill(`${link}\n\n${link.slice(0, -12)}\n`);
  await page.getByRole('button', { name: 'Add links' }).click();
  const report = page.locator('[data-report] tbody tr');
  await expect(report).toHaveCount(2);
  await expect(report.nth(0)).toContainText('Link 1');
  await expect(report.nth(0)).toContainText('In the team as Li Wei.');
  await expect(report.nth(1)).toContainText('Link 2');
  await expect(report.nth(1)).toContainText('changed or damaged');
  await expect(matrix(page)).toHaveCount(1);
});

test('nothing is kept unless the lead asks, and forgetting removes it', async ({ page }) => {
  await addFiles(page, 'en');
  const stored = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('team')));
  expect(await stored()).toEqual([]);
  await page.reload();
  await expect(page.locator('[data-report]')).toContainText('No assessments yet');

  await addFiles(page, 'en');
  await page.getByLabel('Keep this team on this device').check();
  await expect(page.locator('[data-messages]')).toContainText('The team is kept on this device.');
  expect(await stored()).toEqual(['trackbook:assessment:team']);
  await page.reload();
  await expect(page.locator('[data-messages]')).toContainText('The team kept on this device is loaded (28 files).');
  await expect(matrix(page)).toHaveCount(25);
  await expect(page.getByLabel('Keep this team on this device')).toBeChecked();

  await page.getByRole('button', { name: 'Forget this team on this device' }).click();
  expect(await stored()).toEqual([]);
  await page.reload();
  await expect(page.locator('[data-report]')).toContainText('No assessments yet');
});

test('in Chinese: the same team, in Chinese words, with hidden names as 成员 1…N', async ({ page }) => {
  await addFiles(page, 'zh-cn');
  const { team } = await expected(page, 'zh-cn', true);
  await expect(page.locator('[data-report]').getByRole('status')).toHaveText(
    '30 个文件中有 26 个纳入团队；4 个无法使用。',
  );
  await expect(page.locator('.tb-team-matrix thead tr').nth(1).locator('th').first()).toHaveText('成员');
  await page.getByLabel(/隐藏姓名/).check();
  await expect(matrix(page).locator('th')).toHaveText(team.matrix.map((r) => r.member.label));
  await expect(matrix(page).locator('th').first()).toHaveText(/^成员 \d+$/);
  const md = await download(page, '下载团队视图（Markdown）');
  expect(md).toContain('## 团队矩阵\n');
  expect(md).toContain('## 培训需求\n');
  for (const name of NAMES) expect(md).not.toContain(name);
});

test('axe finds no violations on the team view with a team loaded, in both locales', async ({ page }) => {
  // A walk of axe runs: no time limit, so a busy machine cannot break it.
  test.setTimeout(0);
  const found: string[] = [];
  for (const locale of ['en', 'zh-cn']) {
    await addFiles(page, locale);
    await expect(page.locator('[data-chart] canvas')).toBeVisible();
    for (const v of await axeViolations(page)) found.push(`/${locale}/team/ ${v}`);
  }
  expect(found).toEqual([]);
});

test('each landmark of the team view has a name of its own (axe landmark-unique), in both locales', async ({
  page,
}) => {
  for (const locale of ['en', 'zh-cn']) {
    await addFiles(page, locale);
    const { violations } = await new AxeBuilder({ page }).withRules(['landmark-unique']).analyze();
    expect(
      violations.map((v) => `/${locale}/team/ ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    // The files' table is a group inside the region its heading names, not a second "Files" region.
    await expect(page.getByRole('region', { name: locale === 'en' ? 'Files' : '文件', exact: true })).toHaveCount(1);
  }
});
