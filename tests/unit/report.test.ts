/** The check's report: translation coverage as a table of what each locale still shows in English. */
import { expect, it } from 'vitest';
import { checkContent } from '../../src/node/check-content.ts';
import { coverageTable, formatReport } from '../../src/node/report.ts';
import { BASE, BUNDLED } from '../helpers/content.ts';

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
  const result = await checkContent(BUNDLED);
  expect(coverageTable(Object.values(result.frameworks ?? {}))).toBe('');
});
