/**
 * `npm run check` (content part): validates everything under content/ and prints every problem.
 *   trackbook check [--strict] [--content <folder>] [--json]
 * Exit code 1 when there are errors (or warnings with --strict).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../../node/check-content.ts';
import { formatReport } from '../../node/report.ts';

export default async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      strict: { type: 'boolean', default: false },
      content: { type: 'string', default: 'content' },
      json: { type: 'boolean', default: false },
    },
  });

  const dir = resolve(values.content);
  console.log(`Checking ${dir} …`);
  const result = await checkContent(dir, { strict: values.strict });
  console.log(values.json ? JSON.stringify(result.diagnostics, null, 2) : formatReport(result));
  process.exitCode = result.errorCount > 0 ? 1 : 0;
}
