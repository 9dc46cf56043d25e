/**
 * An organisation's handbook, as an adopter makes it: a fresh folder holding only configuration and
 * content (no page, component or script of its own), Trackbook installed from the packed tarball
 * (`npm pack`), a level added with the `trackbook` command, checked, built and served under
 * `/handbook/`; then, in Chromium, the published handbook has no broken link, search works, the
 * self-assessment loads its data and scores, and the changes page lists only that folder's commits.
 *
 * The folder is written by hand until `trackbook init` exists; its content is the base fixture.
 */
import { expect, test } from '@playwright/test';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crawl } from './helpers.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const PORT = 4326;
const SITE = `http://127.0.0.1:${PORT}`;
const BASE = '/handbook/';
const own = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

let folder = '';
let preview: ChildProcess | undefined;

const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  GIT_AUTHOR_NAME: 'HR',
  GIT_AUTHOR_EMAIL: 'hr@example.org',
  GIT_COMMITTER_NAME: 'HR',
  GIT_COMMITTER_EMAIL: 'hr@example.org',
  GIT_CONFIG_NOSYSTEM: '1',
};
const run = (command: string, args: string[]) => {
  console.log(`adopter: ${command} ${args.join(' ')}`);
  return execFileSync(command, args, { cwd: folder, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
};

function writeProject(tarball: string): void {
  writeFileSync(
    join(folder, 'package.json'),
    JSON.stringify(
      {
        name: 'acme-handbook',
        private: true,
        type: 'module',
        scripts: { build: 'astro build', check: 'trackbook check' },
        dependencies: { astro: own.dependencies['astro'], trackbook: `file:${tarball}` },
        devDependencies: { node: own.devDependencies['node'] },
        allowScripts: { node: true, esbuild: true },
      },
      null,
      2,
    ),
  );
  writeFileSync(
    join(folder, 'astro.config.mjs'),
    [
      "import { defineConfig } from 'astro/config';",
      "import trackbook from 'trackbook';",
      `export default defineConfig({ site: '${SITE}', base: '${BASE}', integrations: [trackbook()] });`,
      '',
    ].join('\n'),
  );
  mkdirSync(join(folder, 'src'));
  writeFileSync(join(folder, 'src/content.config.ts'), "export { collections } from 'trackbook/content';\n");
  cpSync(join(ROOT, 'tests/fixtures/base'), join(folder, 'content'), { recursive: true });
  writeFileSync(join(folder, '.gitignore'), 'node_modules/\ndist/\n.astro/\n');
}

async function served(): Promise<void> {
  for (;;) {
    try {
      if ((await fetch(`${SITE}${BASE}en/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

test.beforeAll(async () => {
  // Packing, installing from the registry and building take minutes on a busy 2-core machine.
  test.setTimeout(900_000);
  folder = mkdtempSync(join(tmpdir(), 'trackbook-adopter-'));
  execFileSync('npm', ['pack', '--pack-destination', folder], { cwd: ROOT, env, stdio: 'ignore' });
  const tarball = join(folder, readdirSync(folder).find((f) => f.endsWith('.tgz')) ?? '');
  writeProject(tarball);
  run('git', ['init', '-q', '-b', 'main']);
  run('git', ['add', '-A']);
  run('git', ['commit', '-q', '-m', 'Our first handbook']);
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline']);

  run('npx', ['trackbook', 'new', 'level', 'agent-4', '--track', 'agents']);
  const level = join(folder, 'content/levels/agent-4.md');
  writeFileSync(
    level,
    readFileSync(level, 'utf8').replace('title: New level', 'title: Agent IV').replace('draft: true', 'draft: false'),
  );
  // As the command's "Next" says: the level below gets its promotion criteria to the new one.
  const below = join(folder, 'content/levels/agent-3.md');
  writeFileSync(below, readFileSync(below, 'utf8').replace('grade: g3\n', 'grade: g3\npromotion:\n  minMonths: 18\n'));
  const translation = join(folder, 'content/translations/zh-cn/levels/agent-4.md');
  writeFileSync(translation, readFileSync(translation, 'utf8').replace(/^title: .*$/m, 'title: 四级客服'));
  run('git', ['add', '-A']);
  run('git', ['commit', '-q', '-m', 'Add Agent IV']);
  expect(run('npx', ['trackbook', 'check', '--strict'])).toContain('✔ content is valid.');
  run('npx', ['astro', 'build']);

  preview = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], {
    cwd: folder,
    env,
    stdio: 'ignore',
    detached: true,
  });
  await served();
});

test.afterAll(() => {
  if (preview?.pid !== undefined) process.kill(-preview.pid);
  if (folder !== '') rmSync(folder, { recursive: true, force: true });
});

test('the project holds configuration and content only', () => {
  const mine = readdirSync(folder).filter(
    (f) => !['node_modules', 'dist', '.astro', '.git'].includes(f) && !f.endsWith('.tgz'),
  );
  expect(mine.sort()).toEqual([
    '.gitignore',
    'astro.config.mjs',
    'content',
    'package-lock.json',
    'package.json',
    'src',
  ]);
  expect(readdirSync(join(folder, 'src'))).toEqual(['content.config.ts']);
});

test('every link of the published handbook resolves, under /handbook/', async () => {
  test.setTimeout(180_000);
  const { broken, reached } = await crawl(`${SITE}${BASE}`);
  expect(broken).toEqual([]);
  expect(reached).toContain(`${SITE}${BASE}en/levels/agent-4/`);
});

test('the level added with the command is published', async ({ page }) => {
  await page.goto(`${SITE}${BASE}en/levels/agent-4/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agent IV');
});

test('search finds a page', async ({ page }) => {
  await page.goto(`${SITE}${BASE}en/search/?q=complaints`);
  const first = page.locator('[data-results] a').first();
  await expect(first).toHaveAttribute('href', new RegExp(`^${BASE}en/`));
});

test('the self-assessment loads the handbook and scores', async ({ page }) => {
  await page.goto(`${SITE}${BASE}en/assess/?target=agent-2`);
  const form = page.locator('[data-form]:not([inert])');
  await expect(form).toBeVisible();
  await form.locator('input[name="rating:communication"][value="1"]').check();
  await form.locator('input[name="rating:complaint-handling"][value="2"]').check();
  await page.getByRole('button', { name: 'Show my results' }).click();
  await expect(page.locator('[data-results]')).toContainText('2 of 2 expectations met (100 %)');
});

test("the changes page lists the organisation's own commits only", async ({ page }) => {
  await page.goto(`${SITE}${BASE}en/changes/`);
  await expect(page.locator('.tb-change-message')).toHaveText(['Add Agent IV', 'Our first handbook']);
  await expect(page.locator('[data-entry="levels/agent-4"]')).toHaveAttribute('data-kind', 'added');
});
