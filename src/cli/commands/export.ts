/**
 * `npm run export [-- --out <file.csv>] [--content <folder>] [--semicolon] [--force]`: writes the
 * competency matrix (every published level as a column, every competency as a row, the expected step
 * in each cell, plus titles, tracks, grades and indicators) as a CSV file that Excel and LibreOffice
 * open and `npm run import` reads back. `--out -` prints it instead of writing a file.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { formatReport } from '../../node/report.ts';
import { exportMatrix } from '../../node/spreadsheet/export.ts';
import { loadFrameworks } from '../../node/spreadsheet/folder.ts';

export default async function run(args: string[]): Promise<void> {
  const usage = 'usage: npm run export [-- --out <file.csv>] [--content <folder>] [--semicolon] [--force]';
  const { values } = parseArgs({
    args,
    options: {
      out: { type: 'string', default: 'competency-matrix.csv' },
      content: { type: 'string', default: 'content' },
      semicolon: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
    },
  });
  const toStdout = values.out === '-';
  // With --out -, the CSV goes to standard output, so messages go to standard error.
  const say = (line: string) => (toStdout ? console.error(line) : console.log(line));

  if (!toStdout && existsSync(values.out) && !values.force) {
    console.error(
      `Not overwriting ${values.out}: it already exists and may hold changes you made.\n` +
        'Import it first, choose another name with --out <file.csv>, or add --force to replace it.\n' +
        usage,
    );
    process.exit(1);
  }

  say(`Reading ${resolve(values.content)} …`);
  const loaded = await loadFrameworks(resolve(values.content));
  if (!loaded.ok) {
    console.error('The content has errors; fix them first:\n');
    console.error(formatReport(loaded.check));
    process.exit(1);
  }
  const csv = exportMatrix(loaded.frameworks, values.semicolon ? { delimiter: ';' } : {});
  const framework = Object.values(loaded.frameworks).find((f) => f.locale === f.defaultLocale);
  const counts = `${framework?.competencies.length ?? 0} competencies × ${framework?.levels.length ?? 0} levels on ${framework?.tracks.length ?? 0} tracks`;

  if (toStdout) {
    process.stdout.write(csv);
    say(`Printed the matrix: ${counts}.`);
  } else {
    writeFileSync(values.out, csv);
    say(`Wrote ${values.out}: ${counts}.`);
    say('');
    say('Next:');
    say('  - Open it in Excel or LibreOffice and edit the steps, titles or indicators.');
    say('  - Save it as "CSV UTF-8" (Excel: File › Save As), keeping the first column and the header row.');
    say(`  - Bring the changes back with: npm run import -- ${values.out} --update`);
  }
}
