/**
 * Every built page is valid HTML under html-validate's recommended rules (0 errors), and the same
 * check does find the mistakes of a page broken on purpose, so it cannot pass by checking nothing.
 */
import { expect, test } from '@playwright/test';
import { globSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { HTML_RULES } from '../../src/verify/html.ts';
import { DIST } from './helpers.ts';

async function problems(files: string[]): Promise<string[]> {
  const validator = new HtmlValidate(HTML_RULES);
  const found: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const m of result.messages) {
        found.push(`${file.replace(DIST, '')}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
  }
  return found;
}

test('every built page is valid HTML', async () => {
  test.setTimeout(120_000);
  const pages = globSync(`${DIST}**/*.html`);
  expect(pages.length).toBeGreaterThan(100);
  expect(await problems(pages)).toEqual([]);
});

test('the HTML check finds the mistakes of a page broken on purpose', async () => {
  const found = await problems([new URL('../fixtures/html/invalid.html', import.meta.url).pathname]);
  const rules = new Set(found.map((f) => /\d+ ([\w/-]+):/.exec(f)?.[1]));
  expect([...rules].sort()).toEqual(
    ['element-permitted-content', 'no-dup-id', 'prefer-native-element', 'void-style', 'wcag/h37'].sort(),
  );
});
