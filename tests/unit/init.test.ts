/** `trackbook init`: what it writes is a valid handbook in every language set it offers. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

const answers = (locales: Locale[], defaultLocale: Locale = 'en') => ({
  name: 'Acme Support',
  locales,
  defaultLocale,
  base: '/handbook/',
  trackbook: '^0.1.0',
  astro: '7.3.4',
  node: '24.21.0',
});

async function initInto(name: string, locales: Locale[], defaultLocale: Locale) {
  const dir = join(temp, name);
  for (const file of projectFiles(answers(locales, defaultLocale))) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
  }
  return checkContent(join(dir, 'content'), { strict: true });
}

// [locales, default locale, the locales the first content has no text for]
describe.each([
  [['en'], 'en', []],
  [['en', 'zh-cn'], 'en', []],
  [['zh-cn', 'en'], 'zh-cn', []],
  [['en', 'ja'], 'en', ['ja']],
  [['ja', 'en', 'zh-cn'], 'ja', ['ja']],
] as [Locale[], Locale, Locale[]][])('the first content for %j, default %s', (locales, defaultLocale, untranslated) => {
  it('passes the strict check, translated wherever Trackbook has text for the language', async () => {
    const result = await initInto(`${locales.join('+')}-${defaultLocale}`, locales, defaultLocale);
    expect(result.diagnostics).toEqual([]);
    const frameworks = Object.values(result.frameworks ?? {});
    expect(frameworks.map((f) => f.locale)).toEqual(locales);
    for (const f of frameworks) {
      expect(f.name).toBe('Acme Support');
      expect([f.tracks.length, f.levels.length, f.competencies.length, f.trainings.length]).toEqual([1, 2, 2, 1]);
      expect(f.pages.map((p) => p.id).sort()).toEqual(['editing-the-handbook', 'faq']);
      const entries = [...f.tracks, ...f.levels, ...f.competencies, ...f.trainings, ...f.pages];
      const partly = entries.filter((e) => e.missing.length > 0 || e.textLocale !== f.locale).map((e) => e.id);
      expect(partly).toEqual(
        untranslated.includes(f.locale) && f.locale !== defaultLocale ? entries.map((e) => e.id) : [],
      );
    }
  });
});

it('writes the structure in Chinese when Chinese is the default locale, English as its translation', async () => {
  const result = await initInto('zh-default', ['zh-cn', 'en'], 'zh-cn');
  const zh = result.frameworks?.['zh-cn'];
  const en = result.frameworks?.['en'];
  expect(zh?.levels.map((l) => l.title)).toEqual(['助理', '专员']);
  expect(en?.levels.map((l) => l.title)).toEqual(['Associate', 'Practitioner']);
  expect(en?.competencies.find((c) => c.id === 'communication')?.indicators[2]).toEqual([
    'Adapts the explanation to the person and checks it was understood.',
  ]);
  expect(zh?.levels[0]?.promotion?.minMonths).toBe(12);
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

const init = (folder: string, ...flags: string[]) =>
  spawnSync(
    process.execPath,
    [join(ROOT, 'src/cli/trackbook.js'), 'init', join(temp, folder), ...flags, '--no-install', '--no-git'],
    { encoding: 'utf8' },
  );

it('refuses a language that is not a language tag, writing nothing', () => {
  const result = init('bad-tag', '--locales', 'en,english');
  expect(result.status).toBe(2);
  expect(result.stderr).toContain('english: not a language tag. Write tags such as en, en-gb, zh-cn, ja or cy');
  expect(existsSync(join(temp, 'bad-tag'))).toBe(false);
});

it('takes a language Trackbook has no labels for, and says what that means', () => {
  const result = init('ja', '--name', 'Acme', '--locales', 'en,ja_JP', '--default-locale', 'en');
  expect(result.status).toBe(0);
  expect(result.stdout).toContain('ja-jp (Japanese (Japan)): Trackbook has no labels in this language');
  expect(readFileSync(join(temp, 'ja', 'content/framework.yaml'), 'utf8')).toContain('locales: [en, ja-jp]');
});
