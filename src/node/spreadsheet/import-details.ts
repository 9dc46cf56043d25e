/**
 * What the detail rows of a matrix (see `details.ts`) change in a level's file and its translations.
 * The sheet wins for every cell it fills; an empty cell leaves the field as it is. A translated list
 * whose English changed and that the sheet does not translate again is removed (it no longer says
 * the same thing), and noted, as for indicators.
 */
import { suggestId } from '../../framework/diagnostics.ts';
import type { FieldValue } from './frontmatter.ts';
import { plain, sameValue } from './frontmatter.ts';
import { DETAIL_ROWS, type DetailRow, type DetailValue } from './details.ts';
import { localised, type MatrixProblem } from './format.ts';
import type { Place, SheetLevel, Value } from './read.ts';

type Raw = Record<string, unknown>;
type Fields = [string, FieldValue | undefined][];

export interface DetailInput {
  level: SheetLevel;
  /** The level file's frontmatter as written (no defaults filled in); `{}` for a new level. */
  raw: Raw;
  /** Each other locale's translation frontmatter as written, when there is one. */
  rawTranslation: (locale: string) => Raw | undefined;
  others: readonly string[];
  /** Competency ids that exist: in the sheet or in the content. */
  competencies: ReadonlySet<string>;
  /** Training ids in the content (trainings are not part of the sheet). */
  trainings: ReadonlySet<string>;
  problem: (at: Partial<Place>, message: string, fix: string) => void;
  /** Cells that are probably wrong but do not stop the import. */
  warnings: MatrixProblem[];
  notes: string[];
}

export interface DetailPlan {
  /** Top-level fields of the level file to set (`undefined`: leave as it is). */
  fields: Fields;
  /** Per other locale, top-level fields of its translation (an empty list or map removes the field). */
  translations: Map<string, Fields>;
}

const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The fields a level's detail rows and criterion rows change. */
export function planLevelDetails(input: DetailInput): DetailPlan {
  const { level, raw } = input;
  const fields: Fields = [];
  const sheetValue = (row: DetailRow) => level.details.get(row.key)?.value;
  for (const row of DETAIL_ROWS.filter((r) => r.field.length === 1)) {
    const value = usable(sheetValue(row));
    const field = row.field[0];
    fields.push([field, value === undefined || sameValue(value, raw[field]) ? undefined : (value as FieldValue)]);
  }
  const trainings = checkTrainings(input);
  for (const owner of ['promotion', 'probation'] as const) {
    const valueOf = (row: DetailRow) =>
      row.key === 'promotion:trainings' ? usable(trainings) : usable(sheetValue(row));
    fields.push([owner, nested(owner, raw[owner], valueOf)]);
  }
  const criteria = planCriteria(input);
  fields.push(['criteria', criteria.changed ? criteria.value : undefined]);

  const translations = new Map<string, Fields>();
  for (const locale of input.others) {
    translations.set(locale, planTranslation(input, locale, fields, criteria.value));
  }
  return { fields, translations };
}

/**
 * Trainings a promotion requires must be in the content: the sheet cannot create them. In a handbook
 * that has trainings, an unknown one is a mistake and stops the import. In one that has none yet (a new
 * handbook started from a spreadsheet) it is left out of the file with a warning naming the cell, so
 * the rest can be imported and the training added afterwards.
 */
function checkTrainings(input: DetailInput): string[] | undefined {
  const cell = input.level.details.get('promotion:trainings') as Value<string[]> | undefined;
  if (cell === undefined) return undefined;
  const known = cell.value.filter((id) => input.trainings.has(id));
  for (const id of cell.value.filter((id) => !input.trainings.has(id))) {
    if (input.trainings.size === 0) {
      input.warnings.push({
        ...cell.at,
        message: `the training \`${id}\` is not in the content yet, so the promotion of \`${input.level.id}\` is imported without it`,
        fix: `create it (\`npm run new training ${id}\`), then import the spreadsheet again with --update`,
      });
      continue;
    }
    const near = suggestId(id, [...input.trainings]);
    input.problem(
      cell.at,
      `unknown training \`${id}\`: trainings are not part of the spreadsheet, so it must be in the content already`,
      near !== undefined
        ? `did you mean \`${near}\`?`
        : `create it first (\`npm run new training ${id}\`) and import again, or remove it from this cell`,
    );
  }
  return known;
}

/** A value the sheet gives: an empty list (a cell of bullets only) gives nothing. */
function usable(value: DetailValue | undefined): DetailValue | undefined {
  return Array.isArray(value) && value.length === 0 ? undefined : value;
}

/** `promotion` or `probation` with the sheet's values set, in the file's order, or undefined if unchanged. */
function nested(
  owner: 'promotion' | 'probation',
  before: unknown,
  valueOf: (row: DetailRow) => unknown,
): FieldValue | undefined {
  const old = isRecord(before) ? before : {};
  const next = new Map<string, unknown>(Object.entries(old));
  for (const row of DETAIL_ROWS.filter((r) => r.field[0] === owner && r.field.length === 2)) {
    const value = valueOf(row);
    if (value !== undefined) next.set(row.field[1] as string, value);
  }
  if (next.size === 0 || sameValue(next, old)) return undefined;
  return next;
}

/** The level's own criteria: the file's, with the sheet's texts and examples set. */
function planCriteria(input: DetailInput): { value: Map<string, unknown>; changed: boolean } {
  const { level, raw } = input;
  const old = isRecord(raw['criteria']) ? raw['criteria'] : {};
  const next = new Map<string, unknown>(Object.entries(old));
  const done = new Set<string>();
  for (const [key, cell] of level.details) {
    const competency = /^([a-z0-9-]+):(?:criterion|examples)$/.exec(key)?.[1];
    if (competency === undefined || done.has(competency)) continue;
    done.add(competency);
    if (!input.competencies.has(competency)) {
      const near = suggestId(competency, [...input.competencies]);
      input.problem(
        { row: cell.at.row, column: 'id', cell: `A${cell.at.row}` },
        `\`${competency}\` is not a competency in the spreadsheet or the content`,
        near === undefined
          ? 'correct the id before the colon to a competency id, or delete the row'
          : `did you mean \`${near}\`? Correct the id before the colon`,
      );
      continue;
    }
    next.set(competency, criterionValue(level, competency, old[competency], input));
  }
  for (const [competency, value] of next) if (value === undefined) next.delete(competency);
  return { value: next, changed: !sameValue(next, old) };
}

function criterionValue(level: SheetLevel, competency: string, before: unknown, input: DetailInput): unknown {
  const text = level.details.get(`${competency}:criterion`) as Value<string> | undefined;
  const examples = level.details.get(`${competency}:examples`) as Value<string[]> | undefined;
  const old = typeof before === 'string' ? { text: before, examples: [] } : isRecord(before) ? before : undefined;
  const value = text?.value ?? (typeof old?.['text'] === 'string' ? old['text'] : undefined);
  if (value === undefined) {
    const at = examples?.at;
    if (at !== undefined) {
      input.problem(
        at,
        `there are examples for \`${competency}\` but no criterion for this level`,
        `write the criterion in the \`${competency}:criterion\` row of this column first, or empty this cell`,
      );
    }
    return undefined;
  }
  const list = usable(examples?.value) ?? (Array.isArray(old?.['examples']) ? old['examples'] : []);
  return (list as string[]).length > 0
    ? new Map<string, unknown>([
        ['text', value],
        ['examples', list],
      ])
    : value;
}

/** The translation's fields for `locale`: the sheet's translations, the file's while the English holds. */
function planTranslation(input: DetailInput, locale: string, fields: Fields, criteria: Map<string, unknown>): Fields {
  const { level, raw } = input;
  const before = input.rawTranslation(locale) ?? {};
  const given = (key: string) => level.details.get(localised(key, locale));
  const english = (field: string) => plain(fields.find(([f]) => f === field)?.[1] ?? raw[field]);
  const out: Fields = [];
  const band = given('level:band');
  if (band !== undefined) out.push(['band', band.value as string]);
  const list = (label: string, key: string, en: unknown, enBefore: unknown, old: unknown) =>
    translatedList(
      input,
      locale,
      `${label} of \`${level.id}\``,
      given(key) as Value<string[]> | undefined,
      en,
      enBefore,
      old,
    );
  const responsibilities = list(
    'responsibilities',
    'level:responsibilities',
    english('responsibilities'),
    raw['responsibilities'],
    before['responsibilities'],
  );
  if (responsibilities !== undefined) out.push(['responsibilities', responsibilities]);
  for (const owner of ['promotion', 'probation'] as const) {
    const enNow = english(owner);
    const conditions = list(
      `${owner} conditions`,
      `${owner}:conditions`,
      isRecord(enNow) ? enNow['conditions'] : undefined,
      isRecord(raw[owner]) ? raw[owner]['conditions'] : undefined,
      isRecord(before[owner]) ? before[owner]['conditions'] : undefined,
    );
    if (conditions === undefined) continue;
    out.push([owner, conditions.length === 0 ? new Map() : new Map([['conditions', conditions]])]);
  }
  const translatedCriteria = planTranslatedCriteria(input, locale, criteria, before['criteria']);
  if (translatedCriteria !== undefined) out.push(['criteria', translatedCriteria]);
  return out;
}

/**
 * A translated list: the sheet's (one line per English line), or the file's while the English is
 * unchanged; `[]` removes a translation the English outgrew; undefined leaves the field alone.
 */
export function translatedList(
  input: Pick<DetailInput, 'problem' | 'notes'>,
  locale: string,
  label: string,
  given: Value<string[]> | undefined,
  en: unknown,
  enBefore: unknown,
  old: unknown,
): string[] | undefined {
  const lines = Array.isArray(en) ? (en as string[]) : [];
  if (given !== undefined && given.value.length > 0) {
    if (given.value.length !== lines.length) {
      input.problem(
        given.at,
        `${given.value.length} line${given.value.length === 1 ? '' : 's'} here, but the English ${label} ${lines.length === 1 ? 'has' : 'have'} ${lines.length}`,
        `write one ${locale} line for each English line, in the same order (start a new line in the cell with Alt+Enter)`,
      );
    }
    return given.value;
  }
  if (!Array.isArray(old)) return undefined;
  if (sameValue(en, enBefore) && old.length === lines.length) return undefined;
  input.notes.push(`The ${locale} ${label} were removed because the English ones changed; translate them again.`);
  return [];
}

/** The translated criteria of the level's own criteria, or undefined when nothing changes. */
function planTranslatedCriteria(
  input: DetailInput,
  locale: string,
  criteria: Map<string, unknown>,
  before: unknown,
): Map<string, unknown> | undefined {
  const old = isRecord(before) ? before : {};
  const rawCriteria = isRecord(input.raw['criteria']) ? input.raw['criteria'] : {};
  const next = new Map<string, unknown>();
  for (const [competency, en] of criteria) {
    const enText = typeof en === 'string' ? en : ((en as Map<string, unknown>).get('text') as string);
    const enExamples = typeof en === 'string' ? [] : ((en as Map<string, unknown>).get('examples') as string[]);
    const was = old[competency];
    const wasText = typeof was === 'string' ? was : isRecord(was) ? (was['text'] as string | undefined) : undefined;
    const wasExamples = isRecord(was) && Array.isArray(was['examples']) ? (was['examples'] as string[]) : undefined;
    const rawOld = rawCriteria[competency];
    const unchanged = enText === (typeof rawOld === 'string' ? rawOld : isRecord(rawOld) ? rawOld['text'] : undefined);
    const givenText = input.level.details.get(localised(`${competency}:criterion`, locale))?.value;
    const text = typeof givenText === 'string' ? givenText : unchanged ? wasText : undefined;
    if (text === undefined) {
      if (wasText !== undefined) {
        input.notes.push(
          `The ${locale} criterion of \`${competency}\` at \`${input.level.id}\` was removed because the English one changed; translate it again.`,
        );
      }
      continue;
    }
    const examples = translatedList(
      input,
      locale,
      `examples of \`${competency}\` at \`${input.level.id}\``,
      input.level.details.get(localised(`${competency}:examples`, locale)) as Value<string[]> | undefined,
      enExamples,
      isRecord(rawOld) ? rawOld['examples'] : [],
      wasExamples,
    );
    const list = examples ?? wasExamples ?? [];
    next.set(
      competency,
      list.length > 0
        ? new Map<string, unknown>([
            ['text', text],
            ['examples', list],
          ])
        : text,
    );
  }
  if (next.size === 0 && Object.keys(old).length === 0) return undefined;
  return sameValue(next, old) ? undefined : next;
}
