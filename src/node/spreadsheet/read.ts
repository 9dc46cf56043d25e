/**
 * Reads a competency-matrix CSV into typed values, cell by cell, and reports every cell it cannot
 * understand with the row and column a spreadsheet shows. Knows the settings (scale, grades, areas,
 * locales) but not the content: whether an entry exists, and what a new one still needs, is decided
 * by `import.ts`. Parsing is papaparse's; nothing here splits CSV by hand.
 */
import Papa from 'papaparse';
import { unescapeFormula } from '../../assessment/export.ts';
import type { SettingsData, TrackKind } from '../../framework/schema.ts';
import { cellProblem, wrongLanguage } from './cells.ts';
import type { DetailValue } from './details.ts';
import {
  columnLetter,
  COMPETENCY_OPTIONAL_COLUMNS,
  COMPETENCY_STRUCTURE_COLUMNS,
  COMPETENCY_TEXT_COLUMNS,
  indicatorsColumn,
  INDICATORS_PREFIX,
  KEY_COLUMN,
  KNOWLEDGE_COLUMN,
  localised,
  splitLocale,
  type MatrixProblem,
} from './format.ts';
import { readDetailRow } from './read-details.ts';
import { readHeader } from './read-header.ts';
import { readCompetencyRow, readPropertyRow, type RowAt } from './read-rows.ts';

/** Where a value was read: the row, the column header and the cell reference. */
export interface Place {
  row: number;
  column: string;
  cell: string;
}

export interface Value<T> {
  value: T;
  at: Place;
}

/** Text given per locale other than the default one. */
export type Translated = Map<string, { title?: Value<string>; summary?: Value<string> }>;

export interface SheetTrackCells {
  title?: Value<string>;
  summary?: Value<string>;
  kind?: Value<TrackKind>;
  order?: Value<number>;
  translations: Translated;
}

export interface SheetLevel {
  id: string;
  /** The header cell of the level's column. */
  at: Place;
  title?: Value<string>;
  summary?: Value<string>;
  track?: Value<string>;
  rank?: Value<number>;
  grade?: Value<string>;
  translations: Translated;
  /** The track properties written under this level's column. */
  trackCells: SheetTrackCells;
  /** Property rows (`level:rank`, `track:kind@…`) whose cell in this column is filled, valid or not. */
  filled: Set<string>;
  /** Detail rows' values (`promotion:conditions@zh-cn`, `mentoring:criterion`) by the row's key. */
  details: Map<string, Value<DetailValue>>;
}

export interface SheetCompetency {
  id: string;
  /** The cell holding the id. */
  at: Place;
  title?: Value<string>;
  summary?: Value<string>;
  area?: Value<string>;
  weight?: Value<number>;
  code?: Value<string>;
  order?: Value<number>;
  translations: Translated;
  /** Step → indicators, one per line of the cell. */
  indicators: Map<number, Value<string[]>>;
  /** Knowledge items, one per line, and their translations by locale. */
  knowledge?: Value<string[]>;
  knowledgeTranslations: Map<string, Value<string[]>>;
  /** Locale → step → translated indicators. */
  indicatorTranslations: Map<string, Map<number, Value<string[]>>>;
  /** Level id → the step expected; null when the cell is filled but not a step (already reported). */
  steps: Map<string, Value<number> | null>;
  /** Columns whose cell is filled, valid or not. */
  filled: Set<string>;
}

export interface Sheet {
  delimiter: string;
  /** Level columns, left to right. */
  levels: SheetLevel[];
  /** Competency rows, top to bottom. */
  competencies: SheetCompetency[];
  /** Property row key (`level:summary`) → its row number. */
  propertyRows: Map<string, number>;
  /** Competency columns present, by their usual name (`title`, `indicators 3@zh-cn`), → 0-based index. */
  columns: Map<string, number>;
  /** The cell of the header row a problem about a whole level column points at. */
  headerPlace: (index: number) => Place;
}

export interface ReadResult {
  sheet: Sheet | null;
  problems: MatrixProblem[];
  /** Cells that are probably wrong but do not stop the import. */
  warnings: MatrixProblem[];
}

export type Column =
  | { kind: 'key' }
  | { kind: 'text'; name: 'title' | 'summary'; locale: string | null }
  | { kind: 'area' }
  | { kind: 'weight' }
  | { kind: 'code' }
  | { kind: 'order' }
  | { kind: 'indicators'; step: number; locale: string | null }
  | { kind: 'knowledge'; locale: string | null }
  | { kind: 'level'; id: string }
  | { kind: 'ignored' };

/** Column names other than level ids, for "did you mean" on a mistyped header. */
export const FIXED_NAMES = [
  KEY_COLUMN,
  ...COMPETENCY_TEXT_COLUMNS,
  ...COMPETENCY_STRUCTURE_COLUMNS,
  ...COMPETENCY_OPTIONAL_COLUMNS,
  KNOWLEDGE_COLUMN,
  `${INDICATORS_PREFIX} 1`,
] as const;

/** What the readers of a sheet share: the settings, where a cell is, and where problems go. */
export interface ReadContext {
  settings: SettingsData;
  /** The handbook's locales other than the default one. */
  others: readonly string[];
  /** Row 1, trimmed. */
  header: readonly string[];
  place: (row: number, index: number) => Place;
  problem: (at: Partial<Place>, message: string, fix: string) => void;
  /** Warns of text in another language than its column's. */
  checkLanguage: (cell: string, at: Place, name: string) => void;
  /** Cells already reported as a formula or an error value, by reference. */
  unusable: ReadonlySet<string>;
  /** The steps of the scale, and each step by its label in any language (lower case). */
  steps: readonly number[];
  byLabel: ReadonlyMap<string, number>;
  /** Level columns by their 0-based index. */
  levelAt: Map<number, SheetLevel>;
  /** Property and detail rows seen so far (normal key → row number). */
  propertyRows: Map<string, number>;
}

/** Reads `text` (a CSV file's content, with or without a byte-order mark) against the settings. */
export function readMatrix(text: string, settings: SettingsData): ReadResult {
  const problems: MatrixProblem[] = [];
  const warnings: MatrixProblem[] = [];
  const problem = (at: Partial<Place>, message: string, fix: string) => {
    problems.push({ ...at, message, fix });
  };
  const parsed = parseCsv(text, problem);
  if (parsed === null) return { sheet: null, problems, warnings };
  const { delimiter, saved, rows } = parsed;

  const others = settings.locales.filter((l) => l !== settings.defaultLocale);
  const header = (rows[0] ?? []).map((h) => h.trim());
  const place = (row: number, index: number): Place => ({
    row,
    column: header[index] || columnLetter(index),
    cell: `${columnLetter(index)}${row}`,
  });
  const ctx: ReadContext = {
    settings,
    others,
    header,
    place,
    problem,
    checkLanguage: (cell, at, name) => {
      const found = wrongLanguage(cell, at, name, settings.defaultLocale, others);
      if (found !== undefined) warnings.push(found);
    },
    unusable: unusableCells(saved, place, problems),
    steps: settings.scale.map((s) => s.step),
    // A step may be written as its label, in any of the handbook's languages (`Solid`, `扎实`, `Pass`).
    byLabel: new Map(
      settings.scale.flatMap((s) =>
        Object.values(s.label).map((label) => [String(label).trim().toLowerCase(), s.step]),
      ),
    ),
    levelAt: new Map(),
    propertyRows: new Map(),
  };

  const columns = readHeader(ctx, rows);
  if (header[0]?.toLowerCase() !== KEY_COLUMN) return { sheet: null, problems, warnings };
  const levels: SheetLevel[] = [];
  columns.forEach((c, index) => {
    if (c.kind !== 'level') return;
    const level: SheetLevel = {
      id: c.id,
      at: place(1, index),
      translations: new Map(),
      trackCells: { translations: new Map() },
      filled: new Set(),
      details: new Map(),
    };
    levels.push(level);
    ctx.levelAt.set(index, level);
  });

  const competencies: SheetCompetency[] = [];
  const competencyRow = new Map<string, number>();
  rows.forEach((cells, r) => {
    const at = readableRow(ctx, cells, r, delimiter);
    if (at === undefined) return;
    const competency = readRow(ctx, at, columns, competencyRow);
    if (competency !== undefined) competencies.push(competency);
  });

  const present = new Map(
    columns.flatMap((c, i) => (c.kind === 'level' || c.kind === 'ignored' ? [] : [[canonical(c), i] as const])),
  );
  const sheet = {
    delimiter,
    levels,
    competencies,
    propertyRows: ctx.propertyRows,
    columns: present,
    headerPlace: (index: number) => place(1, index),
  };
  return { sheet, problems, warnings };
}

/**
 * The rows of the file as saved (a formula's text, an error value) and as an export wrote them
 * (behind an apostrophe that keeps a spreadsheet from running them); null, reported, when the file is
 * empty or a broken quote makes the rest of it run together (anything reported below would mislead).
 */
function parseCsv(
  text: string,
  problem: (at: Partial<Place>, message: string, fix: string) => void,
): { delimiter: string; saved: string[][]; rows: string[][] } | null {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    problem({}, 'the file is empty', 'start from scripts/templates/competency-matrix.csv or from `npm run export`');
    return null;
  }
  const delimiter = chooseDelimiter(body);
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
  const broken = parsed.errors.filter((e) => e.type === 'Quotes' || e.type === 'FieldMismatch');
  for (const e of broken) {
    problem(
      e.row === undefined ? {} : { row: e.row + 1 },
      e.code === 'MissingQuotes'
        ? 'a cell starts with a quote (") that is never closed, so the rest of the file cannot be read'
        : e.code === 'InvalidQuotes'
          ? 'a quote (") is in the wrong place, so the cells after it run together and the rest of the file cannot be read'
          : `the file cannot be read here (${e.message})`,
      'a cell that starts with a quote must end with one, and a quote inside a cell is written twice (""); or save the file again from the spreadsheet program (File › Save As › CSV UTF-8)',
    );
  }
  if (broken.length > 0) return null;
  return { delimiter, saved: parsed.data, rows: parsed.data.map((cells) => cells.map(unescapeFormula)) };
}

/**
 * Cells a spreadsheet changed or would run (a formula, an error value), each reported. A text is read
 * on as it is (nothing is written anyway); any other value counts as filled but is not read again as a
 * bad step or an unknown id.
 */
function unusableCells(
  saved: readonly string[][],
  place: (row: number, index: number) => Place,
  problems: MatrixProblem[],
): Set<string> {
  const unusable = new Set<string>();
  saved.forEach((cells, r) => {
    if (r === 0 || (cells[0] ?? '').trim().startsWith('#')) return;
    cells.forEach((cell, index) => {
      const found = cellProblem(cell, place(r + 1, index));
      if (found === undefined) return;
      problems.push(found);
      unusable.add(found.cell ?? '');
    });
  });
  return unusable;
}

/** The row to read, or undefined for the header, an empty row, a note, or a row of the wrong width. */
function readableRow(ctx: ReadContext, cells: readonly string[], r: number, delimiter: string): RowAt | undefined {
  if (r === 0) return undefined;
  const row = r + 1;
  if (cells.every((c) => c.trim() === '')) return undefined;
  const key = (cells[0] ?? '').trim();
  if (key.startsWith('#')) return undefined;
  const width = ctx.header.length;
  const extra = cells.slice(width).some((c) => c.trim() !== '');
  if (cells.length < width || extra) {
    ctx.problem(
      { row },
      `this row has ${cells.length} cells but the header (row 1) has ${width} columns, so its values may not be under the right headers`,
      `a ${delimiter === ';' ? 'semicolon' : 'comma'} is missing or extra, or a cell containing one is not in quotes: correct the row, or save the file again from the spreadsheet program`,
    );
    return undefined;
  }
  return { row, key, cells, at: (index) => ctx.place(row, index) };
}

/** Reads a detail, property or competency row; returns the competency a competency row gives. */
function readRow(
  ctx: ReadContext,
  at: RowAt,
  columns: readonly Column[],
  competencyRow: Map<string, number>,
): SheetCompetency | undefined {
  if (readDetailRow(at.key, at.cells, { ...ctx, place: at.at, row: at.row })) return undefined;
  const property = /^(level|track)\s*:\s*(.*)$/i.exec(at.key);
  if (property === null) return readCompetencyRow(ctx, at, columns, competencyRow);
  const owner = (property[1] ?? '').toLowerCase() as 'level' | 'track';
  const { name, locale } = splitLocale((property[2] ?? '').trim().toLowerCase());
  readPropertyRow(ctx, at, owner, name, locale);
  return undefined;
}

/** The usual name of a competency column, however its header was typed (`Indicators 3` → `indicators 3`). */
export function canonical(column: Column): string {
  switch (column.kind) {
    case 'text':
      return localised(column.name, column.locale);
    case 'indicators':
      return indicatorsColumn(column.step, column.locale);
    case 'knowledge':
      return localised(KNOWLEDGE_COLUMN, column.locale);
    case 'level':
      return column.id;
    default:
      return column.kind === 'key' ? KEY_COLUMN : column.kind;
  }
}

/**
 * The delimiter is the one that splits the header row into the most columns. Papaparse's own guess
 * looks at whole rows and can settle on a comma for a semicolon file whose texts contain commas.
 */
function chooseDelimiter(text: string): string {
  let best = ',';
  let most = 0;
  for (const delimiter of [',', ';', '\t']) {
    const header = Papa.parse<string[]>(text, { delimiter, preview: 1 }).data[0] ?? [];
    if (header.length > most) {
      best = delimiter;
      most = header.length;
    }
  }
  return best;
}
