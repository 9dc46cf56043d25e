/**
 * `npm run import -- <matrix.csv> [--update] [--content <folder>] [--settings <framework.yaml>] [--dry-run]`:
 * turns a competency-matrix spreadsheet (saved as CSV) into content files. Every row it cannot use is
 * listed with its row number, and then nothing is written. Without --update it only adds new entries;
 * with --update it also changes existing ones to match the spreadsheet, keeping everything else.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic } from '../../framework/diagnostics.ts';
import { formatReport } from '../../node/report.ts';
import { decodeCsv, formatProblem } from '../../node/spreadsheet/format.ts';
import { importIntoFolder } from '../../node/spreadsheet/folder.ts';

export default async function run(args: string[]): Promise<void> {
  const usage =
    'usage: npm run import -- <matrix.csv> [--update] [--content <folder>] [--settings <framework.yaml>] [--dry-run]';
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      content: { type: 'string', default: 'content' },
      update: { type: 'boolean', default: false },
      settings: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) {
    console.error(usage);
    process.exit(2);
  }
  if (!existsSync(file)) {
    console.error(`There is no file ${file}.\n${usage}`);
    process.exit(2);
  }
  const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

  console.log(`Reading ${file} …`);
  const decoded = decodeCsv(readFileSync(file));
  if (!decoded.ok) {
    console.error(`\n✖ ${formatProblem(decoded.problem)}\n\nNothing was written.`);
    process.exit(1);
  }
  const dir = resolve(values.content);
  console.log(`Importing into ${dir} …`);
  const outcome = await importIntoFolder(decoded.text, dir, {
    update: values.update,
    dryRun: values['dry-run'],
    ...(values.settings === undefined ? {} : { settingsFile: values.settings }),
  });

  if (outcome.check !== null && outcome.check.errorCount > 0) {
    console.error('');
    console.error(formatReport(outcome.check));
  }
  if (outcome.stage === 'setup') {
    console.error(`\n✖ Cannot import: ${outcome.problems.map((p) => p.message).join('; ')}.\n${usage}`);
    process.exit(1);
  }
  // Cells that are probably wrong: said first, whether or not the import goes ahead.
  const { warnings: cells } = outcome.result;
  if (cells.length > 0) console.log(`\n${plural(cells.length, 'warning')} in ${file} (they do not stop the import):\n`);
  for (const w of cells) console.log(formatProblem(w));
  if (outcome.problems.length > 0) {
    console.error(`\n✖ ${plural(outcome.problems.length, 'problem')} in ${file}:\n`);
    for (const problem of outcome.problems) console.error(formatProblem(problem));
    console.error('\nNothing was written. Correct the spreadsheet, save it as CSV UTF-8 and run the import again.');
    process.exit(1);
  }

  const { result, files } = outcome;
  const verb = values['dry-run'] ? 'would ' : '';
  for (const f of files) {
    console.log(
      `${verb}${f.change === 'create' ? 'create' : 'update'}${verb === '' ? 'd' : ''} ${join(values.content, f.path)}`,
    );
  }
  const entries = (ids: typeof result.created) =>
    [
      plural(ids.competencies.length, 'competency', 'competencies'),
      plural(ids.levels.length, 'level'),
      plural(ids.tracks.length, 'track'),
    ]
      .filter((part) => !part.startsWith('0 '))
      .join(', ');
  const translations = files.filter((f) => f.path.startsWith('translations/')).length;
  console.log('');
  console.log(
    `Read ${plural(result.sheet.competencies, 'competency', 'competencies')}, ${plural(result.sheet.levels, 'level')} and ${plural(result.sheet.tracks, 'track')} from the spreadsheet.`,
  );
  if (files.length === 0) {
    console.log(`Nothing to change: ${values.content}/ already says what the spreadsheet says.`);
  } else {
    const created = Object.values(result.created).some((ids) => ids.length > 0);
    const updated = Object.values(result.updated).some((ids) => ids.length > 0);
    const where = `${values.content}/`;
    const action = values['dry-run'] ? 'Would write' : 'Wrote';
    if (created) console.log(`${action} ${entries(result.created)} to ${where} (new).`);
    if (updated) console.log(`${action} changes to ${entries(result.updated)} in ${where}.`);
    if (translations > 0) console.log(`${action} ${plural(translations, 'translation file')} as well.`);
    if (files.some((f) => f.path === 'framework.yaml')) console.log(`Copied the settings to ${where}framework.yaml.`);
  }
  for (const note of result.notes) console.log(`Note: ${note}`);

  const warnings = outcome.check?.diagnostics.filter((d) => d.severity === 'warning') ?? [];
  if (warnings.length > 0) {
    console.log(`\nThe content check has ${plural(warnings.length, 'suggestion')} (they do not stop publishing):`);
    for (const w of warnings) console.log(formatDiagnostic(w));
  }
  console.log(
    values['dry-run']
      ? '\nDry run: nothing was written. Run it again without --dry-run to write the files.'
      : '\n✔ content is valid. Review the changes (for example with git diff), then build or publish as usual.',
  );
}
