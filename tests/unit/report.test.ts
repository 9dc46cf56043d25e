/** The check's report: translation coverage as a table of what each locale still shows in English. */
import { expect, it } from 'vitest';
import { checkContent } from '../../src/node/check-content.ts';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { UI_KEYS } from '../../src/i18n/keys.ts';
import { coverageTable, formatReport, summary, uiCoverage, WHOLE_CHECKS_LATER } from '../../src/node/report.ts';
import { BASE, copyToTemp, materialiseCase, readCase, SERVICE } from '../helpers/content.ts';

it('lists every partly or wholly untranslated entry with what is missing', async () => {
  const result = await checkContent(BASE);
  const table = coverageTable(Object.values(result.frameworks ?? {})).split('\n');
  expect(table[0]).toBe('Translation coverage: texts not translated yet');
  expect(table).toContainEqual(expect.stringMatching(/^zh-cn\s+translations\/zh-cn\/levels\/agent-2\.md\s+demotion$/));
  expect(table).toContainEqual(
    expect.stringMatching(/^zh-cn\s+translations\/zh-cn\/tracks\/leads\.md \(no file yet\)\s+all text$/),
  );
  expect(table.length).toBe(3 + 9);
  expect(formatReport(result)).toContain(table.join('\n'));
});

it('prints no table when everything is translated', async () => {
  const result = await checkContent(SERVICE);
  expect(coverageTable(Object.values(result.frameworks ?? {}))).toBe('');
});

/** The base fixture published in Japanese as well, with two UI strings worded for it. */
function withJapanese(): string {
  const dir = copyToTemp(BASE);
  const settings = readFileSync(join(dir, 'framework.yaml'), 'utf8')
    .replace('locales: [en, zh-cn]', 'locales: [en, zh-cn, ja]')
    .concat('\nui:\n  ja:\n    nav.faq: よくある質問\n    search.submit: 検索\n');
  writeFileSync(join(dir, 'framework.yaml'), settings);
  return dir;
}

it('lists the UI strings a locale without bundled labels still shows in the default wording', async () => {
  const dir = withJapanese();
  const result = await checkContent(dir);
  expect(result.errorCount).toBe(0);
  const section = uiCoverage(Object.values(result.frameworks ?? {}));
  const [head, how, ...keys] = section.split('\n');
  expect(head).toBe(
    `UI coverage: ja (Japanese) has no bundled labels; ${UI_KEYS.length - 2} UI strings are shown in English.`,
  );
  expect(how).toContain('`trackbook check --ui-template ja`');
  const listed = keys
    .join(' ')
    .split(/,\s*/)
    .map((k) => k.trim());
  expect(listed).toEqual(UI_KEYS.filter((k) => k !== 'nav.faq' && k !== 'search.submit'));
  expect(formatReport(result)).toContain(section);
});

it('has nothing to say about UI strings when every locale has bundled labels', async () => {
  const result = await checkContent(BASE);
  expect(uiCoverage(Object.values(result.frameworks ?? {}))).toBe('');
});

it('prints those strings as YAML to translate, which completes the locale once added', async () => {
  const dir = withJapanese();
  const cli = new URL('../../src/cli/trackbook.js', import.meta.url).pathname;
  const run = spawnSync(process.execPath, [cli, 'check', '--content', dir, '--ui-template', 'ja'], {
    encoding: 'utf8',
  });
  expect(run.status).toBe(0);
  const template = parse(run.stdout) as { ui: { ja: Record<string, string> } };
  expect(Object.keys(template.ui.ja)).toHaveLength(UI_KEYS.length - 2);
  expect(template.ui.ja['nav.assess']).toBe('Assess yourself');
  const settings = parse(readFileSync(join(dir, 'framework.yaml'), 'utf8')) as { ui: { ja: object } };
  settings.ui.ja = { ...settings.ui.ja, ...template.ui.ja };
  writeFileSync(join(dir, 'framework.yaml'), JSON.stringify(settings));
  const result = await checkContent(dir);
  expect(result.errorCount).toBe(0);
  expect(uiCoverage(Object.values(result.frameworks ?? {}))).toBe('');
});

it('counts in proper plurals: one track, two levels, no recognition programmes', async () => {
  const f = (await checkContent(BASE)).frameworks?.en;
  if (f === undefined) throw new Error('the base fixture does not build');
  const line = summary({
    ...f,
    tracks: f.tracks.slice(0, 1),
    levels: f.levels.slice(0, 2),
    recognition: [],
    pages: f.pages.slice(0, 1),
  });
  expect(line).toMatch(
    /^en: 1 track, 2 levels, \d+ competencies, \d+ trainings?, 0 recognition programmes, 1 page \(version/,
  );
});

it.each([
  ['an error kept them from running', 'target-slip-beside-error', true],
  ['they ran (warnings only)', 'in-level-target-slips', false],
])('says when the checks that need the whole framework will run: %s', async (_name, broken, said) => {
  const result = await checkContent(materialiseCase(readCase(broken)));
  expect(result.wholeChecked).toBe(!said);
  expect(formatReport(result).split('\n').includes(WHOLE_CHECKS_LATER)).toBe(said);
});
