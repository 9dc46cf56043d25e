/** `trackbook init`: what it writes is a valid handbook in every language set it offers. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { normaliseBase } from '../../src/cli/commands/init.ts';
import { packageName, projectFiles } from '../../src/cli/init/project.ts';
import type { Locale } from '../../src/framework/vocabulary.ts';
import { checkContent } from '../../src/node/check-content.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const temp = mkdtempSync(join(tmpdir(), 'trackbook-init-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const answers = (locales: Locale[]) => ({
  name: 'Acme Support',
  locales,
  defaultLocale: 'en' as const,
  base: '/handbook/',
  trackbook: '^0.1.0',
  astro: '7.3.4',
  node: '24.21.0',
});

describe.each([[['en']], [['en', 'zh-cn']]] as Locale[][][])('the first content for %j', (locales) => {
  it('passes the strict check: no error, no warning, every locale fully translated', async () => {
    const dir = join(temp, locales.join('+'));
    for (const file of projectFiles(answers(locales))) {
      mkdirSync(dirname(join(dir, file.path)), { recursive: true });
      writeFileSync(join(dir, file.path), file.text);
    }
    const result = await checkContent(join(dir, 'content'), { strict: true });
    expect(result.diagnostics).toEqual([]);
    const frameworks = Object.values(result.frameworks ?? {});
    expect(frameworks.map((f) => f.locale)).toEqual(locales);
    for (const f of frameworks) {
      expect(f.name).toBe('Acme Support');
      expect([f.tracks.length, f.levels.length, f.competencies.length, f.trainings.length]).toEqual([1, 2, 2, 1]);
      expect(f.pages.map((p) => p.id).sort()).toEqual(['editing-the-handbook', 'faq']);
      const entries = [...f.tracks, ...f.levels, ...f.competencies, ...f.trainings, ...f.pages];
      expect(entries.filter((e) => e.missing.length > 0 || e.textLocale !== f.locale).map((e) => e.id)).toEqual([]);
    }
  });
});

it('writes configuration and content only: no page, component or script of its own', () => {
  const paths = projectFiles(answers(['en'])).map((f) => f.path);
  expect(paths.filter((p) => !p.startsWith('content/')).sort()).toEqual([
    '.github/CODEOWNERS',
    '.github/workflows/deploy.yml',
    '.gitignore',
    'README.md',
    'astro.config.mjs',
    'package.json',
    'src/content.config.ts',
  ]);
  const config = projectFiles(answers(['en'])).find((f) => f.path === 'astro.config.mjs')?.text;
  expect(config).toContain('base: process.env.BASE_PATH ?? "/handbook/"');
});

it('writes a deploy workflow that verifies the built site before publishing it', () => {
  const files = projectFiles(answers(['en']));
  const workflow = parse(files.find((f) => f.path === '.github/workflows/deploy.yml')?.text ?? '') as {
    jobs: Record<string, { steps: { run?: string; uses?: string }[] }>;
  };
  const steps = (workflow.jobs['build']?.steps ?? []).map((s) => s.run ?? s.uses ?? '');
  expect(steps.indexOf('npm run verify')).toBe(steps.indexOf('npm run build') + 1);
  expect(steps.indexOf('npm run verify')).toBeLessThan(
    steps.findIndex((s) => s.startsWith('actions/upload-pages-artifact')),
  );
  const manifest = JSON.parse(files.find((f) => f.path === 'package.json')?.text ?? '{}') as {
    scripts: Record<string, string>;
  };
  expect(manifest.scripts['verify']).toBe('trackbook verify');
});

it.each([
  ['Acme Support Handbook', 'acme-support-handbook'],
  ['  Équipe Relation Client ', 'equipe-relation-client'],
  ['客服手册', 'career-handbook'],
])('names the package after the handbook: %j → %j', (name, expected) => {
  expect(packageName(name)).toBe(expected);
});

it.each([
  ['/', '/'],
  ['', '/'],
  ['handbook', '/handbook/'],
  ['/handbook', '/handbook/'],
  ['//docs/careers//', '/docs/careers/'],
])('normalises the base path %j to %j', (given, expected) => {
  expect(normaliseBase(given)).toBe(expected);
});

it('refuses a folder that is not empty, and writes nothing', () => {
  const dir = join(temp, 'busy');
  mkdirSync(dir);
  writeFileSync(join(dir, 'notes.txt'), 'mine');
  const result = spawnSync(process.execPath, [join(ROOT, 'src/cli/trackbook.js'), 'init', dir, '--no-install'], {
    encoding: 'utf8',
  });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('is not empty: choose a new or empty folder');
});

it('refuses a language it has no interface for, saying which it has', () => {
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'src/cli/trackbook.js'), 'init', join(temp, 'ja'), '--locales', 'en,ja', '--no-install', '--no-git'],
    { encoding: 'utf8' },
  );
  expect(result.status).toBe(2);
  expect(result.stderr).toContain('Not yet supported: ja. This Trackbook publishes en and zh-cn');
});
