/**
 * Reads a competency-matrix CSV into typed values, cell by cell, and reports every cell it cannot
 * understand with the row and column a spreadsheet shows. Knows the settings (scale, grades, areas,
 * locales) but not the content: whether an entry exists, and what a new one still needs, is decided
 * by `import.ts`. Parsing is papaparse's; nothing here splits CSV by hand.
 */
import Papa from 'papaparse';
import { unescapeFormula } from '../../assessment/export.ts';
import { suggestId, unknownIdFix } from '../../framework/diagnostics.ts';
import {
  idFrom,
  isCompetencyCode,
  isValidId,
  TRACK_KINDS,
  type SettingsData,
  type TrackKind,
} from '../../framework/schema.ts';
import {
  columnLetter,
  COMPETENCY_OPTIONAL_COLUMNS,
  COMPETENCY_STRUCTURE_COLUMNS,
  indicatorsColumn,
  COMPETENCY_TEXT_COLUMNS,
  INDICATORS_PREFIX,
  KEY_COLUMN,
  KNOWLEDGE_COLUMN,
  LEVEL_PROPERTIES,
  localised,
  parseLines,
  parseNumber,
  parseStep,
  splitLocale,
  TRACK_PROPERTIES,
  TRANSLATED_PROPERTIES,
  type MatrixProblem,
} from './format.ts';
import { cellProblem, wrongLanguage } from './cells.ts';
import { DETAIL_ROWS, type DetailValue } from './details.ts';
import { readDetailRow } from './read-details.ts';

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

type Column =
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

/** Reads `text` (a CSV file's content, with or without a byte-order mark) against the settings. */
export function readMatrix(text: string, settings: SettingsData): ReadResult {
  const problems: MatrixProblem[] = [];
  const warnings: MatrixProblem[] = [];
  const problem = (at: Partial<Place>, message: string, fix: string) => {
    problems.push({ ...at, message, fix });
  };
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    problem({}, 'the file is empty', 'start from scripts/templates/competency-matrix.csv or from `npm run export`');
    return { sheet: null, problems, warnings };
  }
  const delimiter = chooseDelimiter(body);
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
  // The cells as saved (a formula's text, an error value), then as an export wrote them: behind an
  // apostrophe that keeps a spreadsheet from running them.
  const saved = parsed.data;
  const rows = saved.map((cells) => cells.map(unescapeFormula));
  // After a broken quote the rest of the file runs together, so anything reported below it would mislead.
  const broken = parsed.errors.filter((e) => e.type === 'Quotes' || e.type === 'FieldMismatch');
  if (broken.length > 0) {
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
    return { sheet: null, problems, warnings };
  }

  const steps = settings.scale.map((s) => s.step);
  // A step may be written as its label, in any of the handbook's languages (`Solid`, `扎实`, `Pass`).
  const byLabel = new Map(
    settings.scale.flatMap((s) => Object.values(s.label).map((label) => [String(label).trim().toLowerCase(), s.step])),
  );
  const others = settings.locales.filter((l) => l !== settings.defaultLocale);
  const header = (rows[0] ?? []).map((h) => h.trim());
  const place = (row: number, index: number): Place => ({
    row,
    column: header[index] || columnLetter(index),
    cell: `${columnLetter(index)}${row}`,
  });
  const headerPlace = (index: number) => place(1, index);
  // Cells already reported: a text is read on as it is (nothing is written anyway), any other value
  // counts as filled but is not read again as a bad step or an unknown id.
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
  const checkLanguage = (cell: string, at: Place, name: string) => {
    const found = wrongLanguage(cell, at, name, settings.defaultLocale, others);
    if (found !== undefined) warnings.push(found);
  };

  // --- The header row: what each column holds --------------------------------------------------
  const columns: Column[] = [];
  const seenHeaders = new Map<string, number>();
  const localeOf = (locale: string | null, index: number, name: string): string | null | undefined => {
    if (locale === null) return null;
    if (others.includes(locale as never)) return locale;
    problem(
      headerPlace(index),
      locale === settings.defaultLocale
        ? `\`${header[index]}\`: ${locale} is the default language, written without \`@${locale}\``
        : `\`${header[index]}\`: \`${locale}\` is not one of the handbook's languages (${settings.locales.join(', ')})`,
      locale === settings.defaultLocale
        ? `rename the column to \`${name}\``
        : others.length > 0
          ? `use ${others.map((l) => `\`${localised(name, l)}\``).join(' or ')}`
          : 'delete the column',
    );
    return undefined;
  };
  header.forEach((raw, index) => {
    const h = raw.trim();
    if (index === 0) {
      if (h.toLowerCase() !== KEY_COLUMN) {
        problem(
          headerPlace(index),
          `the first column is called \`${h}\`, but it must be \`${KEY_COLUMN}\`: it holds each row's id`,
          `write \`${KEY_COLUMN}\` in cell A1 (the template scripts/templates/competency-matrix.csv shows the layout)`,
        );
      }
      columns.push({ kind: 'key' });
      return;
    }
    if (h === '') {
      const used = rows.slice(1).flatMap((cells, r) => ((cells[index] ?? '').trim() === '' ? [] : [r + 2]));
      if (used.length > 0) {
        problem(
          headerPlace(index),
          `column ${columnLetter(index)} has no header but has values (row ${used.slice(0, 5).join(', ')}${used.length > 5 ? ', …' : ''})`,
          'write a level id or one of the column names of the template in row 1, or delete the column',
        );
      }
      columns.push({ kind: 'ignored' });
      return;
    }
    const earlier = seenHeaders.get(h.toLowerCase());
    if (earlier !== undefined) {
      problem(
        headerPlace(index),
        `the column \`${h}\` appears twice (also column ${columnLetter(earlier)})`,
        'keep one of the two columns and delete the other',
      );
      columns.push({ kind: 'ignored' });
      return;
    }
    seenHeaders.set(h.toLowerCase(), index);
    const { name, locale } = splitLocale(h.toLowerCase());
    if (name === 'title' || name === 'summary') {
      const l = localeOf(locale, index, name);
      columns.push(l === undefined ? { kind: 'ignored' } : { kind: 'text', name, locale: l });
      return;
    }
    if ((name === 'area' || name === 'weight' || name === 'code' || name === 'order') && locale === null) {
      columns.push({ kind: name });
      return;
    }
    if (name === KNOWLEDGE_COLUMN) {
      const l = localeOf(locale, index, name);
      columns.push(l === undefined ? { kind: 'ignored' } : { kind: 'knowledge', locale: l });
      return;
    }
    const indicators = new RegExp(`^${INDICATORS_PREFIX}\\s*(.*)$`).exec(name);
    if (indicators !== null) {
      const step = byLabel.get((indicators[1] ?? '').trim()) ?? parseStep(indicators[1] ?? '');
      const l = localeOf(locale, index, `${INDICATORS_PREFIX} ${indicators[1] ?? ''}`);
      if (step === undefined || Number.isNaN(step) || !steps.includes(step)) {
        problem(
          headerPlace(index),
          `\`${h}\`: \`${(indicators[1] ?? '').trim()}\` is not a step of the proficiency scale (${steps.join(', ')})`,
          `name the column after a step, e.g. \`${INDICATORS_PREFIX} ${steps.at(-1) ?? 1}\``,
        );
        columns.push({ kind: 'ignored' });
        return;
      }
      columns.push(l === undefined ? { kind: 'ignored' } : { kind: 'indicators', step, locale: l });
      return;
    }
    if (isValidId(h)) {
      columns.push({ kind: 'level', id: h });
      return;
    }
    const suggestion = suggestId(h.toLowerCase(), FIXED_NAMES);
    const asId = idFrom(h);
    problem(
      headerPlace(index),
      `\`${h}\` is neither a column this import knows nor a level id`,
      suggestion !== undefined
        ? `did you mean \`${suggestion}\`?`
        : `if it is a level, write its id in lowercase words joined by hyphens, e.g. \`${asId || 'senior-level'}\`; otherwise delete the column`,
    );
    columns.push({ kind: 'ignored' });
  });
  if (header[0]?.toLowerCase() !== KEY_COLUMN) return { sheet: null, problems, warnings };

  const levels: SheetLevel[] = [];
  const levelAt = new Map<number, SheetLevel>();
  columns.forEach((c, index) => {
    if (c.kind !== 'level') return;
    const level: SheetLevel = {
      id: c.id,
      at: headerPlace(index),
      translations: new Map(),
      trackCells: { translations: new Map() },
      filled: new Set(),
      details: new Map(),
    };
    levels.push(level);
    levelAt.set(index, level);
  });

  // --- Cell readers ------------------------------------------------------------------------------
  const integer = (cell: string, at: Place, min: number | null, what: string, example: string): number | undefined => {
    const n = parseNumber(cell);
    if (Number.isInteger(n) && (min === null || n >= min)) return n;
    problem(
      at,
      `\`${cell}\` is not ${what}`,
      `write a whole number${min === null ? '' : ` from ${min} up`}, e.g. ${example}`,
    );
    return undefined;
  };
  const names = settings.scale.map((s) => s.label[settings.defaultLocale] ?? String(s.step)).join(', ');
  const stepValue = (cell: string, at: Place, level: string): number | null | undefined => {
    const step = byLabel.get(cell.trim().toLowerCase()) ?? parseStep(cell);
    if (step === undefined) return undefined;
    const range = `from ${Math.min(...steps)} to ${Math.max(...steps)}`;
    if (Number.isNaN(step)) {
      problem(
        at,
        `\`${cell}\` is not a step`,
        `write the step ${level} expects as a whole number ${range} or its name (${names}), or leave the cell empty if it expects nothing`,
      );
      return null;
    }
    if (!steps.includes(step)) {
      problem(at, `step ${step} is not on the proficiency scale (${steps.join(', ')})`, `use a step ${range}`);
      return null;
    }
    return step;
  };
  const translation = (map: Translated, locale: string) => {
    const existing = map.get(locale);
    if (existing !== undefined) return existing;
    const created = {};
    map.set(locale, created);
    return created as { title?: Value<string>; summary?: Value<string> };
  };

  // --- Rows ----------------------------------------------------------------------------------
  const propertyRows = new Map<string, number>();
  const competencies: SheetCompetency[] = [];
  const competencyRow = new Map<string, number>();
  rows.forEach((cells, r) => {
    if (r === 0) return;
    const row = r + 1;
    if (cells.every((c) => c.trim() === '')) return;
    const key = (cells[0] ?? '').trim();
    if (key.startsWith('#')) return;
    const extra = cells.slice(header.length).some((c) => c.trim() !== '');
    if (cells.length < header.length || extra) {
      problem(
        { row },
        `this row has ${cells.length} cells but the header (row 1) has ${header.length} columns, so its values may not be under the right headers`,
        `a ${delimiter === ';' ? 'semicolon' : 'comma'} is missing or extra, or a cell containing one is not in quotes: correct the row, or save the file again from the spreadsheet program`,
      );
      return;
    }
    const at = (index: number) => place(row, index);
    const detailContext = { settings, others, levelAt, propertyRows, unusable, place: at, row, problem, checkLanguage };
    if (readDetailRow(key, cells, detailContext)) return;

    const property = /^(level|track)\s*:\s*(.*)$/i.exec(key);
    if (property !== null) {
      const owner = (property[1] ?? '').toLowerCase() as 'level' | 'track';
      const { name, locale } = splitLocale((property[2] ?? '').trim().toLowerCase());
      const known: readonly string[] = owner === 'level' ? LEVEL_PROPERTIES : TRACK_PROPERTIES;
      const allKeys = [
        ...known.flatMap((p) => [
          `${owner}:${p}`,
          ...(TRANSLATED_PROPERTIES.includes(p) ? others.map((l) => `${owner}:${localised(p, l)}`) : []),
        ]),
        ...DETAIL_ROWS.filter((d) => d.key.startsWith(`${owner}:`)).map((d) => d.key),
      ];
      const normal = `${owner}:${localised(name, locale)}`;
      if (!known.includes(name) || (locale !== null && !TRANSLATED_PROPERTIES.includes(name))) {
        const suggestion = suggestId(normal, allKeys);
        problem(
          at(0),
          `\`${key}\` is not a row this import knows`,
          suggestion !== undefined
            ? `did you mean \`${suggestion}\`?`
            : `use one of ${allKeys.map((k) => `\`${k}\``).join(', ')}; start the id with # to keep a note`,
        );
        return;
      }
      if (locale !== null && !others.includes(locale as never)) {
        problem(
          at(0),
          `\`${key}\`: \`${locale}\` is not one of the handbook's other languages (${others.join(', ') || 'none'})`,
          others.length > 0 ? `use \`${owner}:${localised(name, others[0] ?? '')}\`` : 'delete the row',
        );
        return;
      }
      const earlier = propertyRows.get(normal);
      if (earlier !== undefined) {
        problem(
          at(0),
          `\`${normal}\` is already given in row ${earlier}`,
          'keep one of the two rows and delete the other',
        );
        return;
      }
      propertyRows.set(normal, row);
      for (const [index, level] of levelAt) {
        const cell = (cells[index] ?? '').trim();
        if (cell === '') continue;
        const where = at(index);
        const text = (): Value<string> => ({ value: cell, at: where });
        const prop = localised(name, locale);
        level.filled.add(`${owner}:${prop}`);
        if (unusable.has(where.cell) && name !== 'title' && name !== 'summary') continue;
        if (locale === null && (name === 'title' || name === 'summary')) checkLanguage(cell, where, `${owner}:${name}`);
        if (owner === 'level') {
          if (locale !== null) {
            translation(level.translations, locale)[name as 'title' | 'summary'] = text();
          } else if (name === 'title' || name === 'summary') {
            level[name] = text();
          } else if (name === 'track') {
            if (isValidId(cell)) level.track = text();
            else
              problem(
                where,
                `\`${cell}\` is not a track id`,
                `write the track's id in lowercase words joined by hyphens, e.g. \`${idFrom(cell) || 'my-track'}\``,
              );
          } else if (name === 'rank') {
            const rank = integer(cell, where, 1, 'a rank', '`1` for the entry level of the track');
            if (rank !== undefined) level.rank = { value: rank, at: where };
          } else if (name === 'grade') {
            const grades = settings.grades.map((g) => g.id);
            if (grades.includes(cell)) level.grade = text();
            else
              problem(
                where,
                `unknown grade \`${cell}\``,
                unknownIdFix(cell, grades, 'add it to the grades in framework.yaml'),
              );
          }
          continue;
        }
        const track = level.trackCells;
        if (locale !== null) {
          translation(track.translations, locale)[name as 'title' | 'summary'] = text();
        } else if (name === 'title' || name === 'summary') {
          track[name] = text();
        } else if (name === 'kind') {
          const kind = TRACK_KINDS.find((k) => k === cell.toLowerCase());
          if (kind !== undefined) track.kind = { value: kind, at: where };
          else
            problem(
              where,
              `\`${cell}\` is not a kind of track`,
              `${(() => {
                const s = suggestId(cell.toLowerCase(), TRACK_KINDS);
                return s === undefined ? '' : `did you mean \`${s}\`? `;
              })()}use one of ${TRACK_KINDS.map((k) => `\`${k}\``).join(', ')}`,
            );
        } else if (name === 'order') {
          const order = integer(cell, where, null, 'a position', '`1` for the first column of the lattice');
          if (order !== undefined) track.order = { value: order, at: where };
        }
      }
      return;
    }

    // A competency row.
    if (key === '') {
      problem(
        at(0),
        'this row has values but no id',
        'write the competency id (lowercase words joined by hyphens, e.g. `problem-solving`) in the first column, or delete the row',
      );
      return;
    }
    if (!isValidId(key)) {
      const asId = idFrom(key);
      problem(
        at(0),
        key.includes(':')
          ? `\`${key}\` is not a row this import knows`
          : `\`${key}\` is not a valid competency id: ids are lowercase words joined by hyphens`,
        key.includes(':')
          ? 'property rows start with `level:` or `track:`, e.g. `level:rank`; start the id with # to keep a note'
          : `write \`${asId || 'my-competency'}\``,
      );
      return;
    }
    const earlier = competencyRow.get(key);
    if (earlier !== undefined) {
      problem(
        at(0),
        `the competency \`${key}\` is already in row ${earlier}`,
        'keep one row per competency: merge the two rows and delete one',
      );
      return;
    }
    competencyRow.set(key, row);
    const competency: SheetCompetency = {
      id: key,
      at: at(0),
      translations: new Map(),
      indicators: new Map(),
      indicatorTranslations: new Map(),
      knowledgeTranslations: new Map(),
      steps: new Map(),
      filled: new Set(),
    };
    columns.forEach((column, index) => {
      const cell = (cells[index] ?? '').trim();
      if (column.kind === 'key' || column.kind === 'ignored') return;
      const where = at(index);
      if (unusable.has(where.cell) && (column.kind === 'level' || column.kind === 'area' || column.kind === 'weight')) {
        if (column.kind === 'level') competency.steps.set(column.id, null);
        else competency.filled.add(canonical(column));
        return;
      }
      if (column.kind === 'level') {
        const step = stepValue(cell, where, `\`${column.id}\``);
        if (step !== undefined) competency.steps.set(column.id, step === null ? null : { value: step, at: where });
        return;
      }
      if (cell === '') return;
      competency.filled.add(canonical(column));
      if (
        (column.kind === 'text' || column.kind === 'indicators' || column.kind === 'knowledge') &&
        column.locale === null
      ) {
        checkLanguage(cell, where, canonical(column));
      }
      switch (column.kind) {
        case 'text':
          if (column.locale === null) competency[column.name] = { value: cell, at: where };
          else translation(competency.translations, column.locale)[column.name] = { value: cell, at: where };
          return;
        case 'area': {
          const areas = settings.areas.map((a) => a.id);
          if (areas.includes(cell)) competency.area = { value: cell, at: where };
          else
            problem(
              where,
              `unknown area \`${cell}\``,
              unknownIdFix(cell, areas, 'add it to the areas in framework.yaml'),
            );
          return;
        }
        case 'weight': {
          const weight = parseNumber(cell);
          if (weight > 0) competency.weight = { value: weight, at: where };
          else
            problem(
              where,
              `\`${cell}\` is not a weight`,
              'write a number above 0: 1 for a normal weight, 1.5 for half as much again',
            );
          return;
        }
        case 'code':
          if (isCompetencyCode(cell)) competency.code = { value: cell, at: where };
          else
            problem(
              where,
              `\`${cell}\` is not a competency code`,
              'write letters then digits, at most 8 characters, e.g. `K1` or `S12`',
            );
          return;
        case 'order': {
          const order = parseNumber(cell);
          if (Number.isInteger(order)) competency.order = { value: order, at: where };
          else problem(where, `\`${cell}\` is not a position`, 'write a whole number: 1 for the first in its area');
          return;
        }
        case 'knowledge': {
          const value = { value: parseLines(cells[index] ?? ''), at: where };
          if (column.locale === null) competency.knowledge = value;
          else competency.knowledgeTranslations.set(column.locale, value);
          return;
        }
        case 'indicators': {
          const value = { value: parseLines(cells[index] ?? ''), at: where };
          if (column.locale === null) competency.indicators.set(column.step, value);
          else {
            const byStep = competency.indicatorTranslations.get(column.locale) ?? new Map<number, Value<string[]>>();
            byStep.set(column.step, value);
            competency.indicatorTranslations.set(column.locale, byStep);
          }
          return;
        }
      }
    });
    competencies.push(competency);
  });

  const present = new Map(
    columns.flatMap((c, i) => (c.kind === 'level' || c.kind === 'ignored' ? [] : [[canonical(c), i] as const])),
  );
  return {
    sheet: { delimiter, levels, competencies, propertyRows, columns: present, headerPlace },
    problems,
    warnings,
  };
}

/** The usual name of a competency column, however its header was typed (`Indicators 3` → `indicators 3`). */
function canonical(column: Column): string {
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
