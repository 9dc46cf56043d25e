/**
 * `npm run import`: turns a competency-matrix spreadsheet into content files. Pure: the CSV text and
 * the content as it is now go in; the files to write (new, or existing ones with a few fields
 * changed) and every problem found come out. Nothing is returned to write when there is a problem.
 *
 * What the spreadsheet shows wins; everything it does not show is kept. An empty cell never deletes
 * anything from an existing entry, except in the level columns, where empty means "not expected".
 * Without `update`, the import only creates files: if it would change an existing one it refuses.
 */
import type { CompetencyData, LevelData, SettingsData, TrackData } from '../../framework/schema.ts';
import { sortProblems, type MatrixProblem } from './format.ts';
import { laddersOf, planCompetencies, planExpectations, planLevels, planTracks } from './import-plan.ts';
import { createWriter, writeCompetencies, writeLevels, writeTracks } from './import-write.ts';
import { readMatrix, type Place, type Sheet, type SheetLevel, type Value } from './read.ts';

export type MatrixCollection = 'tracks' | 'levels' | 'competencies';

/** An entry of the content folder, validated (defaults filled in). */
export interface ExistingEntry<D> {
  id: string;
  /** Path relative to the content folder, e.g. `levels/cs-senior.md`. */
  file: string;
  data: D;
}

export interface ExistingTranslation {
  locale: string;
  collection: string;
  id: string;
  file: string;
  data: Record<string, unknown>;
}

/** The content folder as it is before the import. */
export interface ImportTarget {
  settings: SettingsData;
  tracks: ExistingEntry<TrackData>[];
  levels: ExistingEntry<LevelData>[];
  competencies: ExistingEntry<CompetencyData>[];
  /** Ids of the trainings in the folder, which promotion criteria may require (not part of the sheet). */
  trainings: string[];
  translations: ExistingTranslation[];
  /** The current text of a file, by path relative to the content folder. */
  read: (path: string) => string;
}

export interface ImportOptions {
  /** Change existing entries to match the spreadsheet; without it the import only adds new ones. */
  update?: boolean;
}

export interface ImportedFile {
  /** Path relative to the content folder. */
  path: string;
  text: string;
  change: 'create' | 'update';
}

export type EntryIds = Record<MatrixCollection, string[]>;

export interface ImportResult {
  /** The files to write; empty when there are problems. */
  files: ImportedFile[];
  /** Everything in the spreadsheet that could not be used, in reading order. */
  problems: MatrixProblem[];
  /** Entries the spreadsheet holds. */
  sheet: Record<MatrixCollection, number>;
  /** Entries whose file is created or changed. */
  created: EntryIds;
  updated: EntryIds;
  /** Things worth knowing that are not problems. */
  notes: string[];
  /** Cells that are probably wrong (Chinese in the English column) but do not stop the import. */
  warnings: MatrixProblem[];
  /** Level id → competency id → the step its column gives (null: not expected), to verify the result. */
  expected: Record<string, Record<string, number | null>>;
}

export interface PlannedLevel {
  id: string;
  sheet?: SheetLevel;
  existing?: ExistingEntry<LevelData>;
  track?: string;
  rank?: number;
}

/** A track's values from the spreadsheet (any of its levels' columns). */
export interface TrackValues {
  title?: Value<string>;
  summary?: Value<string>;
  kind?: Value<string>;
  order?: Value<number>;
  translations: Map<string, { title?: Value<string>; summary?: Value<string> }>;
}

/** What the planning and writing steps of one import share. */
export interface ImportContext {
  sheet: Sheet;
  target: ImportTarget;
  settings: SettingsData;
  /** The handbook's locales other than the default one. */
  others: readonly string[];
  /** Reports a problem (once per cell and message). */
  problem: (at: Partial<Place>, message: string, fix: string) => void;
  /** The result being built: notes and warnings are added to it as they are found. */
  result: ImportResult;
  existing: {
    tracks: Map<string, ExistingEntry<TrackData>>;
    levels: Map<string, ExistingEntry<LevelData>>;
    competencies: Map<string, ExistingEntry<CompetencyData>>;
  };
  /** Ids of the competencies the sheet has a row for. */
  sheetCompetencies: ReadonlySet<string>;
  translationOf: (locale: string, collection: MatrixCollection, id: string) => ExistingTranslation | undefined;
  /** The cell of property row `key` in the level's column, or the level's header when the row is missing. */
  cellOf: (key: string, level: SheetLevel) => Place;
  /** Where to write a missing property of a level, in words. */
  where: (key: string, level: SheetLevel) => string;
}

const noIds = (): EntryIds => ({ tracks: [], levels: [], competencies: [] });

/** Imports `text` (a CSV file's content) into the content described by `target`. */
export function importMatrix(text: string, target: ImportTarget, options: ImportOptions = {}): ImportResult {
  const read = readMatrix(text, target.settings);
  const problems: MatrixProblem[] = [...read.problems];
  const result: ImportResult = {
    files: [],
    problems,
    sheet: { tracks: 0, levels: 0, competencies: 0 },
    created: noIds(),
    updated: noIds(),
    notes: [],
    warnings: read.warnings,
    expected: {},
  };
  if (read.sheet === null) return { ...result, problems: sortProblems(problems) };
  const sheet = read.sheet;
  const { settings } = target;
  const others = settings.locales.filter((l) => l !== settings.defaultLocale);
  // One problem per cell and message: a row's mistake seen from each level's column is reported once.
  const problem = (at: Partial<Place>, message: string, fix: string) => {
    if (problems.some((p) => p.cell === at.cell && p.row === at.row && p.message === message)) return;
    problems.push({ ...at, message, fix });
  };
  const ctx = importContext(sheet, target, others, problem, result);

  const planned = planLevels(ctx);
  const { trackIds, trackValues } = planTracks(ctx, planned);
  const ladders = laddersOf(ctx, planned);
  const indicatorPlans = planCompetencies(ctx);
  const ownExpectations = planExpectations(ctx, ladders);
  result.sheet = { tracks: trackIds.length, levels: sheet.levels.length, competencies: sheet.competencies.length };
  for (const level of sheet.levels) {
    result.expected[level.id] = Object.fromEntries(
      sheet.competencies.map((c) => {
        const cell = c.steps.get(level.id);
        return [c.id, cell === undefined || cell === null ? null : cell.value];
      }),
    );
  }
  if (problems.length > 0) return { ...result, problems: sortProblems(problems) };

  const writer = createWriter(ctx);
  writeTracks(ctx, writer, trackIds, trackValues);
  writeLevels(ctx, writer, ownExpectations);
  writeCompetencies(ctx, writer, indicatorPlans);
  checkScope(ctx, writer.files, options);
  if (problems.length > 0) return { ...result, problems: sortProblems(problems), created: noIds(), updated: noIds() };
  return { ...result, files: writer.files };
}

function importContext(
  sheet: Sheet,
  target: ImportTarget,
  others: readonly string[],
  problem: ImportContext['problem'],
  result: ImportResult,
): ImportContext {
  return {
    sheet,
    target,
    settings: target.settings,
    others,
    problem,
    result,
    existing: {
      tracks: new Map(target.tracks.map((e) => [e.id, e])),
      levels: new Map(target.levels.map((e) => [e.id, e])),
      competencies: new Map(target.competencies.map((e) => [e.id, e])),
    },
    sheetCompetencies: new Set(sheet.competencies.map((c) => c.id)),
    translationOf: (locale, collection, id) =>
      target.translations.find((t) => t.locale === locale && t.collection === collection && t.id === id),
    /** The cell of property row `key` in the level's column, or the level's header when the row is missing. */
    cellOf: (key: string, level: SheetLevel): Place => {
      const row = sheet.propertyRows.get(key);
      const letter = level.at.cell.replace(/\d+$/, '');
      return row === undefined ? level.at : { row, column: level.id, cell: `${letter}${row}` };
    },
    where: (key: string, level: SheetLevel): string => {
      const row = sheet.propertyRows.get(key);
      return row === undefined
        ? `add a row whose id is \`${key}\` and write it there, in column ${level.id}`
        : `write it in row ${row} (\`${key}\`), column ${level.id}`;
    },
  };
}

/**
 * Without `update` an import only creates files, so one that would change an existing file is
 * refused; with it, the entries the sheet leaves out are listed (they are kept as they are).
 */
function checkScope(ctx: ImportContext, files: readonly ImportedFile[], options: ImportOptions): void {
  const { sheet, problem, existing, result } = ctx;
  const sheetIds = new Set(sheet.levels.map((l) => l.id));
  const sheetCompetencies = ctx.sheetCompetencies;
  if (!options.update) {
    const updates = files.filter((f) => f.change === 'update').map((f) => f.path);
    if (updates.length > 0) {
      problem(
        {},
        `the spreadsheet would change ${updates.length} existing file${updates.length === 1 ? '' : 's'} (${updates.slice(0, 5).join(', ')}${updates.length > 5 ? ', …' : ''}), and an import only adds new entries unless asked to update`,
        "to apply the spreadsheet's values to the existing entries, run the import again with --update (everything the spreadsheet does not show stays as it is); otherwise remove those rows and columns from the spreadsheet",
      );
    }
  }
  if (options.update) {
    const untouched = (collection: MatrixCollection, ids: Iterable<string>, inSheet: ReadonlySet<string>) => {
      const kept = [...ids].filter((id) => !inSheet.has(id));
      if (kept.length > 0) {
        result.notes.push(
          `Not in the spreadsheet, left as they are: ${collection} ${kept.map((id) => `\`${id}\``).join(', ')}.`,
        );
      }
    };
    untouched('levels', existing.levels.keys(), sheetIds);
    untouched('competencies', existing.competencies.keys(), sheetCompetencies);
  }
}
