/**
 * The competency-matrix spreadsheet format, shared by export and import: column and row names, how a
 * cell is written, and how a problem is located and reported (row and column as a spreadsheet shows
 * them). See `scripts/templates/competency-matrix.csv` for a filled-in example.
 *
 *   id                | title | title@zh-cn | area | weight | <level id> … | summary | summary@zh-cn | indicators 1 | indicators 1@zh-cn | …
 *   level:title       | (help)|             |      |        | Junior agent …
 *   …                 level and track properties, one row each, values under the level columns
 *   <competency id>   | Communication | 沟通表达 | service-delivery | 1.5 | 1 | 2 | 3 … | …
 */

/** Header of the first column; it holds a row's key (a property such as `level:rank`, or a competency id). */
export const KEY_COLUMN = 'id';

/** Competency columns holding one piece of text, translated with `@<locale>`. */
export const COMPETENCY_TEXT_COLUMNS = ['title', 'summary'] as const;
/** Competency columns holding structure (never translated). */
export const COMPETENCY_STRUCTURE_COLUMNS = ['area', 'weight'] as const;
/**
 * Competency columns an export writes only when the framework uses them (a code such as `K1`, an
 * `order` within the area), so that a matrix of a framework without them stays as it was.
 */
export const COMPETENCY_OPTIONAL_COLUMNS = ['code', 'order'] as const;
/** `knowledge`: what someone with the competency knows, one item per line (translated with `@<locale>`). */
export const KNOWLEDGE_COLUMN = 'knowledge';
/** `indicators 3`: the behaviours of step 3, one per line of the cell. */
export const INDICATORS_PREFIX = 'indicators';

/** Properties of a level, one row each (`level:title`), values under the level columns. */
export const LEVEL_PROPERTIES = ['title', 'summary', 'track', 'rank', 'grade'] as const;
export type LevelProperty = (typeof LEVEL_PROPERTIES)[number];
/** Properties of a level's track, one row each (`track:kind`), repeated under each level of the track. */
export const TRACK_PROPERTIES = ['title', 'summary', 'kind', 'order'] as const;
export type TrackProperty = (typeof TRACK_PROPERTIES)[number];
/** Properties that are text, so they also have a row per other locale (`level:title@zh-cn`). */
export const TRANSLATED_PROPERTIES: readonly string[] = ['title', 'summary'];

export function isTranslatedProperty(property: string): property is 'title' | 'summary' {
  return TRANSLATED_PROPERTIES.includes(property);
}

/** What each property row means, written in the (ignored) `title` cell of the row as help for editors. */
export const PROPERTY_HELP: Record<string, string> = {
  'level:title': 'Level name',
  'level:summary': 'One line about the level',
  'level:track': 'Track id: the ladder the level is on',
  'level:rank': 'Position on the track (1 = entry level)',
  'level:grade': 'Grade id from framework.yaml',
  'track:title': 'Track name (same for every level of the track)',
  'track:summary': 'One or two sentences about the track',
  'track:kind': 'individual, management or specialist',
  'track:order': 'Column of the track in the career lattice (smallest first)',
};

/** A cell that may be left empty to mean "not expected at this level". */
const NOT_EXPECTED = /^[-–—]?$/;

/** `title@zh-cn` for a translated column or row; `title` for the default locale. */
export function localised(name: string, locale: string | null): string {
  return locale === null ? name : `${name}@${locale}`;
}

/** Splits `title@zh-cn` into its name and locale (null when there is none). */
export function splitLocale(name: string): { name: string; locale: string | null } {
  const at = name.lastIndexOf('@');
  return at < 0 ? { name, locale: null } : { name: name.slice(0, at), locale: name.slice(at + 1) };
}

export function indicatorsColumn(step: number, locale: string | null): string {
  return localised(`${INDICATORS_PREFIX} ${step}`, locale);
}

/** The spreadsheet's letter for a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Reads a proficiency step; undefined for an empty cell (or a dash), NaN when it is not a number. */
export function parseStep(cell: string): number | undefined {
  const value = cell.trim();
  if (NOT_EXPECTED.test(value)) return undefined;
  return /^\d+(?:[.,]0+)?$/.test(value) ? Number.parseInt(value, 10) : Number.NaN;
}

/** Reads a number, accepting a decimal comma as spreadsheets in many countries write it (`1,5`). */
export function parseNumber(cell: string): number {
  const value = cell.trim().replace(/^(-?\d+),(\d+)$/, '$1.$2');
  return /^-?(?:\d+(?:\.\d*)?|\.\d+)$/.test(value) ? Number(value) : Number.NaN;
}

/** A list written one item per line of a cell; bullets typed in front of the items are dropped. */
export function parseLines(cell: string): string[] {
  return cell
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•·]\s+)?/, '').trim())
    .filter((line) => line !== '');
}

/** `customer-service` → `Customer service`: a readable title for an entry the spreadsheet only names. */
export function titleFromId(id: string): string {
  const words = id.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Something in the spreadsheet the import could not use, located as the spreadsheet shows it. */
export interface MatrixProblem {
  /** 1-based row number as the spreadsheet shows it (the header is row 1); absent for the whole file. */
  row?: number;
  /** Header of the column, e.g. `cs-senior`. */
  column?: string;
  /** Cell reference as the spreadsheet shows it, e.g. `G7`. */
  cell?: string;
  /** What is wrong, in plain words. */
  message: string;
  /** What to do about it. */
  fix: string;
}

/** One problem as a line of plain text plus its fix, like the content check's report. */
export function formatProblem(p: MatrixProblem): string {
  const where = [
    p.row === undefined ? '' : `row ${p.row}`,
    p.column === undefined ? '' : `column ${p.column}${p.cell === undefined ? '' : ` (cell ${p.cell})`}`,
  ]
    .filter((s) => s !== '')
    .join(', ');
  return `${where === '' ? '' : `${where}: `}${p.message}\n    fix: ${p.fix}`;
}

/** Problems in reading order: by row, then column, whole-file problems last. */
export function sortProblems(problems: readonly MatrixProblem[]): MatrixProblem[] {
  const position = (p: MatrixProblem) => [p.row ?? Number.MAX_SAFE_INTEGER, columnIndex(p.cell)] as const;
  return [...problems].sort((a, b) => {
    const [ra, ca] = position(a);
    const [rb, cb] = position(b);
    return ra - rb || ca - cb;
  });
}

function columnIndex(cell: string | undefined): number {
  const letters = /^[A-Z]+/.exec(cell ?? '')?.[0] ?? '';
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}

/**
 * The text of a CSV file: UTF-8 (with or without the byte-order mark Excel writes) or UTF-16 (Excel's
 * "Unicode text"). Anything else, such as a file saved in a regional encoding, is refused rather than
 * read as garbled characters.
 */
export function decodeCsv(bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: MatrixProblem } {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  try {
    return { ok: true, text: new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      problem: {
        message: 'the file is not saved as UTF-8, so its Chinese (and other non-English) text cannot be read',
        fix: 'in Excel choose File › Save As › "CSV UTF-8 (Comma delimited)"; in LibreOffice tick "Edit filter settings" and choose "Unicode (UTF-8)"',
      },
    };
  }
}
