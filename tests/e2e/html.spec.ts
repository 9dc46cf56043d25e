/**
 * The HTML rules `trackbook verify` applies to every page (verify.spec.ts) do find the mistakes of a
 * page broken on purpose, so that gate cannot pass by checking nothing.
 */
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { HTML_RULES } from '../../src/verify/html.ts';

async function problems(files: string[]): Promise<string[]> {
  const validator = new HtmlValidate(HTML_RULES);
  const found: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const m of result.messages) {
        found.push(`${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
  }
  return found;
}

test('the HTML check finds the mistakes of a page broken on purpose', async () => {
  const found = await problems([new URL('../fixtures/html/invalid.html', import.meta.url).pathname]);
  const rules = new Set(found.map((f) => /\d+ ([\w/-]+):/.exec(f)?.[1]));
  expect([...rules].sort()).toEqual(
    ['element-permitted-content', 'no-dup-id', 'prefer-native-element', 'void-style', 'wcag/h37'].sort(),
  );
});
