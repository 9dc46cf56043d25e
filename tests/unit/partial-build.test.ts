/**
 * A page that fails while the site is built stops `astro build` after other pages were written and
 * before the search index: the build must then leave no `dist/`, never a partial site to publish.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { BASE } from '../helpers/content.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const project = mkdtempSync(join(tmpdir(), 'trackbook-partial-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

it('removes the output of a build that failed while rendering pages', () => {
  for (const entry of ['src', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  cpSync(BASE, join(project, 'content'), { recursive: true });
  // A project page whose render throws, as a broken component override would.
  mkdirSync(join(project, 'src/pages'));
  writeFileSync(join(project, 'src/pages/broken.astro'), "---\nthrow new Error('render failed on purpose');\n---\n");

  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[name];
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: project,
    encoding: 'utf8',
    env,
  });
  const output = result.stdout + result.stderr;

  expect(result.status, output).not.toBe(0);
  expect(output).toContain('render failed on purpose');
  expect(output).toContain('the build did not finish: removed');
  expect(existsSync(join(project, 'dist')), output).toBe(false);
  // No timeout: a build on a busy two-core machine takes what it takes; a real hang fails CI's own limit.
}, 0);
