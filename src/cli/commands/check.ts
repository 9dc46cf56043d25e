/**
 * `npm run check` (content part): validates everything under content/ and prints every problem.
 *   trackbook check [--strict] [--content <folder>] [--json] [--ui-template <locale>]
 * Exit code 1 when there are errors (or warnings with --strict). `--ui-template ja` prints, as YAML
 * for framework.yaml, the UI strings still shown in the default locale's wording on `ja` pages.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import type { Framework } from '../../framework/model.ts';
import { missingUiStrings, translator } from '../../i18n/index.ts';
import { checkContent } from '../../node/check-content.ts';
import { formatReport } from '../../node/report.ts';

export default async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      strict: { type: 'boolean', default: false },
      content: { type: 'string', default: 'content' },
      json: { type: 'boolean', default: false },
      'ui-template': { type: 'string' },
    },
  });

  const dir = resolve(values.content);
  // Progress goes to stderr when stdout is data (JSON, the template), so it can be redirected to a file.
  (values.json || values['ui-template'] !== undefined ? console.error : console.log)(`Checking ${dir} …`);
  const result = await checkContent(dir, { strict: values.strict });
  const locale = values['ui-template'];
  if (locale !== undefined && result.frameworks !== null) {
    const framework = result.frameworks[locale];
    if (framework === undefined) {
      console.error(
        `--ui-template ${locale}: the handbook is published in ${Object.keys(result.frameworks).join(', ')}.`,
      );
      process.exitCode = 2;
    } else console.log(uiTemplate(framework));
    return;
  }
  console.log(values.json ? JSON.stringify(result.diagnostics, null, 2) : formatReport(result));
  process.exitCode = result.errorCount > 0 ? 1 : 0;
}

/** The strings a locale still lacks, in the wording its pages show now, ready to translate. */
function uiTemplate(framework: Framework): string {
  const t = translator(framework);
  const missing = missingUiStrings(framework);
  if (missing.length === 0) return `# ${framework.locale}: every UI string is worded; nothing to add.`;
  const strings = Object.fromEntries(missing.map((key) => [key, t(key)]));
  return `# Translate these and add them to content/framework.yaml (placeholders such as {count} stay).\n${stringify({ ui: { [framework.locale]: strings } })}`;
}
