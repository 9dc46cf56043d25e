/**
 * The spreadsheet import and export against a content folder on disk: load what is there, run the
 * pure import, try the result in a temporary copy with the full content check, and only then write.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { buildFrameworks, type BuildResult } from '../../framework/build.ts';
import type { Framework } from '../../framework/model.ts';
import {
  competencySchema,
  levelSchema,
  settingsSchema,
  trackSchema,
  type CompetencyData,
  type LevelData,
  type Locale,
  type TrackData,
} from '../../framework/schema.ts';
import type { ContentSource } from '../../framework/source.ts';
import { checkContent } from '../check-content.ts';
import { readContent, SETTINGS_FILE } from '../read-content.ts';
import type { MatrixProblem } from './format.ts';
import { importMatrix, type ExistingEntry, type ImportedFile, type ImportResult, type ImportTarget } from './import.ts';

export type Loaded =
  | {
      ok: true;
      target: ImportTarget;
      frameworks: Record<Locale, Framework>;
      settingsFile: ImportedFile | null;
    }
  | { ok: false; problem: string; check?: BuildResult };

/**
 * The content folder as an import target. A folder without `framework.yaml` (or one that does not
 * exist yet) needs `settingsFile`, which the import copies in; a folder with one must not get another.
 */
export async function loadTarget(dir: string, settingsFile?: string): Promise<Loaded> {
  const exists = statSync(dir, { throwIfNoEntry: false })?.isDirectory() ?? false;
  const hasSettings = exists && existsSync(join(dir, SETTINGS_FILE));
  if (hasSettings && settingsFile !== undefined) {
    return {
      ok: false,
      problem: `${join(dir, SETTINGS_FILE)} already exists, so --settings is not needed: leave it out (it is only for a folder without settings)`,
    };
  }
  if (!hasSettings && settingsFile === undefined) {
    return {
      ok: false,
      problem: `${dir} has no ${SETTINGS_FILE}, which holds the scale, grades and areas the spreadsheet refers to: add --settings content/${SETTINGS_FILE} to copy the handbook's settings there (or give another settings file)`,
    };
  }
  const read = exists ? readContent(dir) : null;
  const source: ContentSource = read?.source ?? { settings: null, entries: [], translations: [] };
  let copy: ImportedFile | null = null;
  if (settingsFile !== undefined) {
    if (!existsSync(settingsFile)) return { ok: false, problem: `the settings file ${settingsFile} does not exist` };
    const text = readFileSync(settingsFile, 'utf8');
    let data: unknown;
    try {
      data = parse(text);
    } catch (error) {
      return { ok: false, problem: `${settingsFile} cannot be read: ${(error as Error).message.split('\n')[0]}` };
    }
    source.settings = { file: SETTINGS_FILE, data };
    copy = { path: SETTINGS_FILE, text, change: 'create' };
  }
  const built = await buildFrameworks(source);
  const diagnostics = [...(read?.diagnostics.items ?? []), ...built.diagnostics];
  const errorCount = diagnostics.filter((d) => d.severity === 'error').length;
  if (errorCount > 0 || built.frameworks === null) {
    return {
      ok: false,
      problem: `the content in ${dir} has errors; fix them first (npm run check lists them)`,
      check: { ...built, diagnostics, errorCount, warningCount: diagnostics.length - errorCount },
    };
  }
  const settings = settingsSchema.parse(source.settings?.data);
  const entries = <D>(collection: string, schema: { parse: (data: unknown) => D }): ExistingEntry<D>[] =>
    source.entries
      .filter((e) => e.collection === collection && !e.unreadable)
      .map((e) => ({ id: e.id, file: e.file, data: schema.parse(e.data) }));
  const target: ImportTarget = {
    settings,
    tracks: entries<TrackData>('tracks', trackSchema),
    levels: entries<LevelData>('levels', levelSchema),
    competencies: entries<CompetencyData>('competencies', competencySchema),
    trainings: source.entries.filter((e) => e.collection === 'trainings').map((e) => e.id),
    translations: source.translations.map((t) => ({
      locale: t.locale,
      collection: t.collection,
      id: t.id,
      file: t.file,
      data: (t.data ?? {}) as Record<string, unknown>,
    })),
    read: (path) => readFileSync(join(dir, path), 'utf8'),
  };
  return { ok: true, target, frameworks: built.frameworks, settingsFile: copy };
}

export interface FolderImport {
  /** What the problems are about: the command and folder, the spreadsheet, or the content it would produce. */
  stage: 'setup' | 'spreadsheet' | 'result' | 'done';
  /** The import itself: problems, and what it would write. */
  result: ImportResult;
  /** Problems in the spreadsheet or the folder; nothing was written when there is one. */
  problems: MatrixProblem[];
  /** The content check of the folder as it is (or would be) after the import. */
  check: BuildResult | null;
  /** Files written (or, with `dryRun`, that would be), settings copy included. */
  files: ImportedFile[];
}

export interface FolderImportOptions {
  update?: boolean;
  /** A settings file to copy into a folder that has none. */
  settingsFile?: string;
  /** Check everything but write nothing. */
  dryRun?: boolean;
}

/**
 * Imports a spreadsheet into `dir`. The files are first written to a temporary copy of the folder and
 * checked there; the folder itself is changed only when that check finds no errors and every level
 * expects exactly what the spreadsheet says.
 */
export async function importIntoFolder(
  csvText: string,
  dir: string,
  options: FolderImportOptions = {},
): Promise<FolderImport> {
  const empty: ImportResult = {
    files: [],
    problems: [],
    sheet: { tracks: 0, levels: 0, competencies: 0 },
    created: { tracks: [], levels: [], competencies: [] },
    updated: { tracks: [], levels: [], competencies: [] },
    notes: [],
    warnings: [],
    expected: {},
  };
  const loaded = await loadTarget(dir, options.settingsFile);
  if (!loaded.ok) {
    return {
      stage: 'setup',
      result: empty,
      problems: [
        {
          message: loaded.problem,
          fix: loaded.check === undefined ? 'correct the command and run it again' : 'fix what the check lists above',
        },
      ],
      check: loaded.check ?? null,
      files: [],
    };
  }
  const result = importMatrix(csvText, loaded.target, options.update ? { update: true } : {});
  if (result.problems.length > 0) {
    return { stage: 'spreadsheet', result, problems: result.problems, check: null, files: [] };
  }
  const files = [...(loaded.settingsFile === null ? [] : [loaded.settingsFile]), ...result.files];

  const trial = mkdtempSync(join(tmpdir(), 'trackbook-import-'));
  let check: BuildResult;
  try {
    if (existsSync(dir)) cpSync(dir, trial, { recursive: true });
    writeFiles(trial, files);
    check = await checkContent(trial);
  } finally {
    rmSync(trial, { recursive: true, force: true });
  }
  const problems: MatrixProblem[] = [];
  if (check.errorCount > 0) {
    problems.push({
      message: `after the import the content check would find ${check.errorCount} error${check.errorCount === 1 ? '' : 's'} (listed above), so nothing was written`,
      fix: 'correct the spreadsheet (or the files the errors name) and import again',
    });
  } else {
    problems.push(...expectationMismatches(result, check));
  }
  if (problems.length > 0) return { stage: 'result', result, problems, check, files: [] };
  if (!options.dryRun) writeFiles(dir, files);
  return { stage: 'done', result, problems: [], check, files };
}

/** Every level should expect what its column says; anything else is a bug worth refusing over. */
function expectationMismatches(result: ImportResult, check: BuildResult): MatrixProblem[] {
  const framework = Object.values(check.frameworks ?? {}).find((f) => f.locale === f.defaultLocale);
  const problems: MatrixProblem[] = [];
  for (const level of framework?.levels ?? []) {
    const expected = result.expected[level.id];
    if (expected === undefined) continue;
    for (const [competency, step] of Object.entries(expected)) {
      const actual = level.expectations.find((e) => e.competency === competency)?.step ?? null;
      if (actual === step) continue;
      problems.push({
        column: level.id,
        message: `after the import \`${level.id}\` would expect ${actual === null ? 'nothing' : `step ${actual}`} of \`${competency}\` instead of ${step === null ? 'nothing' : `step ${step}`}, so nothing was written`,
        fix: 'check the levels below it on the same track; if they look right, report this to whoever maintains the handbook tools',
      });
    }
  }
  return problems;
}

function writeFiles(dir: string, files: readonly ImportedFile[]): void {
  for (const file of files) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
}

/** The frameworks of a content folder for the export, or the check that says why there are none. */
export async function loadFrameworks(
  dir: string,
): Promise<{ ok: true; frameworks: Record<Locale, Framework> } | { ok: false; check: BuildResult }> {
  const check = await checkContent(dir);
  return check.frameworks === null ? { ok: false, check } : { ok: true, frameworks: check.frameworks };
}
