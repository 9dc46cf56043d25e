/**
 * The build is the last gate before publishing: `astro build` on a project whose content has ten
 * mistakes (tests/fixtures/broken/ten-mistakes: typos, a Windows file, an MDX brace, a tab …) must
 * fail, list every one of them, and write no site. (Astro alone logs a dangling
 * reference and exits 0, and stops at the first invalid entry.)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { materialiseCase, readCase } from '../helpers/content.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const project = mkdtempSync(join(tmpdir(), 'trackbook-build-'));
const content = materialiseCase(readCase('ten-mistakes'));
afterAll(() => {
  rmSync(project, { recursive: true, force: true });
  rmSync(content, { recursive: true, force: true });
});

it('fails `astro build` on broken content, reporting every error and publishing nothing', () => {
  for (const entry of ['src', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  cpSync(content, join(project, 'content'), { recursive: true });

  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  const output = result.stdout + result.stderr;

  expect(result.status, output).not.toBe(0);
  for (const e of readCase('ten-mistakes').expect.filter((x) => x.severity === 'error')) {
    expect(output).toContain(`error ${e.file}`);
    expect(output).toContain(e.message);
  }
  expect(output).toMatch(/10 content error\(s\): fix them and build again/);
  // The report is the whole story: no stack trace pointing into Trackbook.
  expect(output).not.toContain('Stack trace');
  expect(output).not.toMatch(/^\s+at /m);
  expect(existsSync(join(project, 'dist'))).toBe(false);
  // No timeout: a build on a busy two-core machine takes what it takes; a real hang fails CI's own limit.
}, 0);
