/**
 * An organisation's handbook, as an adopter starts it: `trackbook init` into an empty folder (English
 * only, base path `/handbook/`), Trackbook installed from the packed tarball (`npm pack`), a level
 * added with `trackbook new`, checked, built and served under `/handbook/`; then, in Chromium, the
 * published handbook has no broken link, search works, the self-assessment loads its data and scores,
 * and the changes page lists only that folder's commits. A second handbook in English and Japanese
 * (Trackbook has no Japanese labels) shows the fallback to English labels with its notice, and its
 * check lists the UI strings still to word.
 */
import { expect, test } from '@playwright/test';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crawl } from './helpers.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const PORT = 4326;
const SITE = `http://127.0.0.1:${PORT}`;
const BASE = '/handbook/';

let temp = '';
let folder = '';
let tarball = '';
let preview: ChildProcess | undefined;

const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  SITE_URL: SITE,
  GIT_AUTHOR_NAME: 'HR',
  GIT_AUTHOR_EMAIL: 'hr@example.org',
  GIT_COMMITTER_NAME: 'HR',
  GIT_COMMITTER_EMAIL: 'hr@example.org',
  GIT_CONFIG_NOSYSTEM: '1',
};
const run = (command: string, args: string[], cwd = folder, site = SITE) => {
  console.log(`adopter: ${command} ${args.join(' ')}`);
  const options = { cwd, env: { ...env, SITE_URL: site }, encoding: 'utf8' as const };
  return execFileSync(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
};
const edit = (file: string, from: string | RegExp, to: string) => {
  const path = join(folder, file);
  const text = readFileSync(path, 'utf8');
  expect(text, file).toMatch(from);
  writeFileSync(path, text.replace(from, to));
};

async function served(site = SITE): Promise<void> {
  for (;;) {
    try {
      if ((await fetch(`${site}${BASE}en/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

test.beforeAll(async () => {
  // Packing, installing from the registry and building take minutes on a busy 2-core machine.
  test.setTimeout(900_000);
  temp = mkdtempSync(join(tmpdir(), 'trackbook-adopter-'));
  folder = join(temp, 'acme-handbook');
  run('npm', ['pack', '--pack-destination', temp], ROOT);
  tarball = join(temp, readdirSync(temp).find((f) => f.endsWith('.tgz')) ?? '');
  const init = ['init', folder, '--name', 'Acme Support', '--locales', 'en', '--base', BASE, '--trackbook', tarball];
  expect(run(process.execPath, [join(ROOT, 'src/cli/trackbook.js'), ...init], temp)).toContain('✔ content is valid');

  run('npx', ['trackbook', 'new', 'level', 'senior-practitioner', '--track', 'practitioner']);
  edit('content/levels/senior-practitioner.md', 'title: New level', 'title: Senior practitioner');
  edit('content/levels/senior-practitioner.md', 'draft: true', 'draft: false');
  // As the command's "Next" says: the level below gets its promotion criteria to the new one.
  edit('content/levels/practitioner.md', 'grade: g2\n', 'grade: g2\npromotion:\n  minMonths: 18\n');
  // The organisation's own wording of a UI string.
  edit('content/framework.yaml', 'assessments: []\n', 'assessments: []\nui:\n  en:\n    nav.assess: Check yourself\n');
  run('git', ['add', '-A']);
  run('git', ['commit', '-q', '-m', 'Add Senior practitioner']);
  expect(run('npx', ['trackbook', 'check', '--strict'])).toContain('✔ content is valid.');
  run('npx', ['astro', 'build']);
  // The gate the project's deploy workflow runs on its build, from the installed package.
  expect(run('npx', ['trackbook', 'verify'])).toMatch(/✔ 0 problems on \d+ pages/);

  preview = serve(folder, PORT);
  await served();
});

function serve(cwd: string, port: number): ChildProcess {
  return spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd,
    env,
    stdio: 'ignore',
    detached: true,
  });
}

test.afterAll(() => {
  if (preview?.pid !== undefined) process.kill(-preview.pid);
  if (temp !== '') rmSync(temp, { recursive: true, force: true });
});

test('the project holds configuration and content only', () => {
  const mine = readdirSync(folder).filter((f) => !['node_modules', 'dist', '.astro', '.git'].includes(f));
  expect(mine.sort()).toEqual([
    '.github',
    '.gitignore',
    'README.md',
    'astro.config.mjs',
    'content',
    'package-lock.json',
    'package.json',
    'src',
  ]);
  expect(readdirSync(join(folder, 'src'))).toEqual(['content.config.ts']);
});

test('every link of the published handbook resolves, under /handbook/', async () => {
  // A crawl of the whole site: no time limit, so a busy machine cannot break it.
  test.setTimeout(0);
  const { broken, reached } = await crawl(`${SITE}${BASE}`);
  expect(broken).toEqual([]);
  expect(reached).toContain(`${SITE}${BASE}en/levels/senior-practitioner/`);
});

test('the level added with the command is published', async ({ page }) => {
  await page.goto(`${SITE}${BASE}en/levels/senior-practitioner/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Senior practitioner');
});

test('sections with nothing in them are left out: no recognition, no assessments, one language', async ({ page }) => {
  await page.goto(`${SITE}${BASE}en/`);
  const nav = page.getByRole('navigation', { name: 'Handbook sections' });
  await expect(nav.getByRole('link', { name: 'Trainings' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Recognition' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Language' })).toHaveCount(0);
  expect((await page.request.get(`${SITE}${BASE}en/recognition/`)).status()).toBe(404);
  await page.goto(`${SITE}${BASE}en/assess/?target=practitioner`);
  await expect(page.locator('[data-form]:not([inert])')).toBeVisible();
  await expect(page.getByText('Assessments you have passed')).toHaveCount(0);
});

test("the handbook's own wording replaces the UI's, and the search hint comes from its own content", async ({
  page,
}) => {
  await page.goto(`${SITE}${BASE}en/`);
  const nav = page.getByRole('navigation', { name: 'Handbook sections' });
  await expect(nav.getByRole('link', { name: 'Check yourself' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Assess yourself' })).toHaveCount(0);
  await expect(page.locator('#tb-q')).toHaveAttribute('placeholder', /^e\.g\. (Communication|Problem solving)$/);
});

test('search finds a page', async ({ page }) => {
  await page.goto(`${SITE}${BASE}en/search/?q=communication`);
  const first = page.locator('[data-results] a').first();
  await expect(first).toHaveAttribute('href', new RegExp(`^${BASE}en/`));
});

test('the self-assessment loads the handbook and scores', async ({ page }) => {
  await page.goto(`${SITE}${BASE}en/assess/?target=practitioner`);
  const form = page.locator('[data-form]:not([inert])');
  await expect(form).toBeVisible();
  await form.locator('input[name="rating:communication"][value="2"]').check();
  await form.locator('input[name="rating:problem-solving"][value="2"]').check();
  await page.getByRole('button', { name: 'Show my results' }).click();
  await expect(page.locator('[data-results]')).toContainText('2 of 2 expectations met (100%)');
});

test("the changes page lists the organisation's own commits only", async ({ page }) => {
  await page.goto(`${SITE}${BASE}en/changes/`);
  await expect(page.locator('.tb-change-message')).toHaveText(['Add Senior practitioner', 'Start Acme Support']);
  await expect(page.locator('[data-entry="levels/senior-practitioner"]')).toHaveAttribute('data-kind', 'added');
});

test.describe('a handbook in English and Japanese, a language Trackbook has no labels for', () => {
  const JA_PORT = 4327;
  const JA_SITE = `http://127.0.0.1:${JA_PORT}`;
  let second = '';
  let report = '';
  let server: ChildProcess | undefined;

  test.beforeAll(async () => {
    test.setTimeout(600_000);
    second = join(temp, 'acme-ja');
    const init = ['init', second, '--name', 'Acme', '--locales', 'en,ja', '--base', BASE, '--trackbook', tarball];
    const said = run(process.execPath, [join(ROOT, 'src/cli/trackbook.js'), ...init, '--no-install'], temp);
    expect(said).toContain('ja (Japanese): Trackbook has no labels in this language');
    // The same tarball as the first handbook: its installed packages serve this one too.
    symlinkSync(join(folder, 'node_modules'), join(second, 'node_modules'), 'dir');
    const settings = join(second, 'content/framework.yaml');
    writeFileSync(settings, readFileSync(settings, 'utf8') + 'ui:\n  ja:\n    nav.faq: よくある質問\n');
    report = run('npx', ['trackbook', 'check'], second);
    run('npx', ['astro', 'build'], second, JA_SITE);
    server = serve(second, JA_PORT);
    await served(JA_SITE);
  });

  test.afterAll(() => {
    if (server?.pid !== undefined) process.kill(-server.pid);
  });

  test("the check's coverage report lists the UI strings still shown in English", () => {
    expect(report).toContain('UI coverage: ja (Japanese) has no bundled labels;');
    expect(report).toMatch(/^\s+site\.skipToContent, site\.languageSwitch, /m);
    expect(report).not.toMatch(/[ ,]nav\.faq[,\n]/);
    expect(report).toContain('translations/ja/levels/associate.md (no file yet)');
  });

  test('Japanese pages show English labels with a notice, and the wording the handbook gave', async ({ page }) => {
    await page.goto(`${JA_SITE}${BASE}ja/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    const notice = page.getByRole('note').filter({ hasText: 'not available in Japanese yet' });
    await expect(notice).toHaveText(
      'The labels of this site are not available in Japanese yet, so they are shown in English.',
    );
    await expect(notice).toHaveAttribute('lang', 'en');
    const nav = page.getByRole('navigation', { name: 'Handbook sections' });
    await expect(nav.getByRole('link', { name: 'Competencies' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'よくある質問' })).toBeVisible();
    const languages = page.getByRole('navigation', { name: 'Language' });
    await expect(languages.getByRole('link')).toHaveText(['English', '日本語']);
    await languages.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(`${JA_SITE}${BASE}en/`);
    await expect(page.getByRole('note').filter({ hasText: 'not available in' })).toHaveCount(0);
  });

  test('every link resolves in both languages, and the Japanese self-assessment scores', async ({ page }) => {
    // A crawl of the whole site: no time limit, so a busy machine cannot break it.
    test.setTimeout(0);
    const { broken, reached } = await crawl(`${JA_SITE}${BASE}`);
    expect(broken).toEqual([]);
    expect(reached).toContain(`${JA_SITE}${BASE}ja/levels/practitioner/`);
    await page.goto(`${JA_SITE}${BASE}ja/assess/?target=practitioner`);
    const form = page.locator('[data-form]:not([inert])');
    await form.locator('input[name="rating:communication"][value="2"]').check();
    await form.locator('input[name="rating:problem-solving"][value="2"]').check();
    await page.getByRole('button', { name: 'Show my results' }).click();
    await expect(page.locator('[data-results]')).toContainText('2 of 2 expectations met');
  });
});
