/**
 * The rows of a competency matrix below the header: level and track property rows (`level:rank`,
 * `track:kind@zh-cn`), whose values sit under the level columns, and competency rows, whose cells hold
 * the competency's text and the step each level expects. Detail rows are read by `read-details.ts`.
 */
import { suggestId, unknownIdFix } from '../../framework/diagnostics.ts';
import { idFrom, isCompetencyCode, isValidId, TRACK_KINDS } from '../../framework/schema.ts';
import { DETAIL_ROWS } from './details.ts';
import {
  LEVEL_PROPERTIES,
  localised,
  parseLines,
  parseNumber,
  parseStep,
  TRACK_PROPERTIES,
  TRANSLATED_PROPERTIES,
} from './format.ts';
import {
  canonical,
  type Column,
  type Place,
  type ReadContext,
  type SheetCompetency,
  type SheetLevel,
  type Translated,
  type Value,
} from './read.ts';

/** Where a row is: its number, its cells, and the place of each of its cells. */
export interface RowAt {
  row: number;
  key: string;
  cells: readonly string[];
  at: (index: number) => Place;
}

/** Reads a `level:` or `track:` row into the levels' columns, reporting an unknown or repeated row. */
export function readPropertyRow(
  ctx: ReadContext,
  { row, key, cells, at }: RowAt,
  owner: 'level' | 'track',
  name: string,
  locale: string | null,
): void {
  const { others, problem, propertyRows } = ctx;
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
    problem(at(0), `\`${normal}\` is already given in row ${earlier}`, 'keep one of the two rows and delete the other');
    return;
  }
  propertyRows.set(normal, row);
  for (const [index, level] of ctx.levelAt) {
    const cell = (cells[index] ?? '').trim();
    if (cell === '') continue;
    const where = at(index);
    const prop = localised(name, locale);
    level.filled.add(`${owner}:${prop}`);
    if (ctx.unusable.has(where.cell) && name !== 'title' && name !== 'summary') continue;
    if (locale === null && (name === 'title' || name === 'summary')) ctx.checkLanguage(cell, where, `${owner}:${name}`);
    if (owner === 'level') readLevelCell(ctx, level, name, locale, { value: cell, at: where });
    else readTrackCell(ctx, level, name, locale, { value: cell, at: where });
  }
}

/** One `level:` property of one level. */
function readLevelCell(ctx: ReadContext, level: SheetLevel, name: string, locale: string | null, text: Value<string>) {
  const { problem, settings } = ctx;
  const { value: cell, at: where } = text;
  if (locale !== null) {
    translation(level.translations, locale)[name as 'title' | 'summary'] = text;
  } else if (name === 'title' || name === 'summary') {
    level[name] = text;
  } else if (name === 'track') {
    if (isValidId(cell)) level.track = text;
    else
      problem(
        where,
        `\`${cell}\` is not a track id`,
        `write the track's id in lowercase words joined by hyphens, e.g. \`${idFrom(cell) || 'my-track'}\``,
      );
  } else if (name === 'rank') {
    const rank = integer(ctx, cell, where, 1, 'a rank', '`1` for the entry level of the track');
    if (rank !== undefined) level.rank = { value: rank, at: where };
  } else if (name === 'grade') {
    const grades = settings.grades.map((g) => g.id);
    if (grades.includes(cell)) level.grade = text;
    else
      problem(where, `unknown grade \`${cell}\``, unknownIdFix(cell, grades, 'add it to the grades in framework.yaml'));
  }
}

/** One `track:` property written under one of the track's levels. */
function readTrackCell(ctx: ReadContext, level: SheetLevel, name: string, locale: string | null, text: Value<string>) {
  const { problem } = ctx;
  const { value: cell, at: where } = text;
  const track = level.trackCells;
  if (locale !== null) {
    translation(track.translations, locale)[name as 'title' | 'summary'] = text;
  } else if (name === 'title' || name === 'summary') {
    track[name] = text;
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
    const order = integer(ctx, cell, where, null, 'a position', '`1` for the first column of the lattice');
    if (order !== undefined) track.order = { value: order, at: where };
  }
}

/** A whole number (at least `min`), or undefined after reporting the cell. */
function integer(
  ctx: ReadContext,
  cell: string,
  at: Place,
  min: number | null,
  what: string,
  example: string,
): number | undefined {
  const n = parseNumber(cell);
  if (Number.isInteger(n) && (min === null || n >= min)) return n;
  ctx.problem(
    at,
    `\`${cell}\` is not ${what}`,
    `write a whole number${min === null ? '' : ` from ${min} up`}, e.g. ${example}`,
  );
  return undefined;
}

/** A step under a level (its number or its label); undefined when empty, null when reported. */
function stepValue(ctx: ReadContext, cell: string, at: Place, level: string): number | null | undefined {
  const { settings, steps, problem } = ctx;
  const step = ctx.byLabel.get(cell.trim().toLowerCase()) ?? parseStep(cell);
  if (step === undefined) return undefined;
  const range = `from ${Math.min(...steps)} to ${Math.max(...steps)}`;
  if (Number.isNaN(step)) {
    const names = settings.scale.map((s) => s.label[settings.defaultLocale] ?? String(s.step)).join(', ');
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
}

/** The translated title and summary of one locale, created when first needed. */
function translation(map: Translated, locale: string): { title?: Value<string>; summary?: Value<string> } {
  const existing = map.get(locale);
  if (existing !== undefined) return existing;
  const created = {};
  map.set(locale, created);
  return created;
}

/** A competency row, or undefined (reported) when its id is missing, invalid or repeated. */
export function readCompetencyRow(
  ctx: ReadContext,
  { row, key, cells, at }: RowAt,
  columns: readonly Column[],
  competencyRow: Map<string, number>,
): SheetCompetency | undefined {
  const { problem } = ctx;
  if (key === '') {
    problem(
      at(0),
      'this row has values but no id',
      'write the competency id (lowercase words joined by hyphens, e.g. `problem-solving`) in the first column, or delete the row',
    );
    return undefined;
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
    return undefined;
  }
  const earlier = competencyRow.get(key);
  if (earlier !== undefined) {
    problem(
      at(0),
      `the competency \`${key}\` is already in row ${earlier}`,
      'keep one row per competency: merge the two rows and delete one',
    );
    return undefined;
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
  columns.forEach((column, index) => readCompetencyCell(ctx, competency, column, cells[index] ?? '', at(index)));
  return competency;
}

/** One cell of a competency row, read by what its column holds. */
function readCompetencyCell(ctx: ReadContext, competency: SheetCompetency, column: Column, raw: string, where: Place) {
  const { problem, settings } = ctx;
  const cell = raw.trim();
  if (column.kind === 'key' || column.kind === 'ignored') return;
  if (ctx.unusable.has(where.cell) && (column.kind === 'level' || column.kind === 'area' || column.kind === 'weight')) {
    if (column.kind === 'level') competency.steps.set(column.id, null);
    else competency.filled.add(canonical(column));
    return;
  }
  if (column.kind === 'level') {
    const step = stepValue(ctx, cell, where, `\`${column.id}\``);
    if (step !== undefined) competency.steps.set(column.id, step === null ? null : { value: step, at: where });
    return;
  }
  if (cell === '') return;
  competency.filled.add(canonical(column));
  if (
    (column.kind === 'text' || column.kind === 'indicators' || column.kind === 'knowledge') &&
    column.locale === null
  ) {
    ctx.checkLanguage(cell, where, canonical(column));
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
        problem(where, `unknown area \`${cell}\``, unknownIdFix(cell, areas, 'add it to the areas in framework.yaml'));
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
      const value = { value: parseLines(raw), at: where };
      if (column.locale === null) competency.knowledge = value;
      else competency.knowledgeTranslations.set(column.locale, value);
      return;
    }
    case 'indicators': {
      const value = { value: parseLines(raw), at: where };
      if (column.locale === null) competency.indicators.set(column.step, value);
      else {
        const byStep = competency.indicatorTranslations.get(column.locale) ?? new Map<number, Value<string[]>>();
        byStep.set(column.step, value);
        competency.indicatorTranslations.set(column.locale, byStep);
      }
      return;
    }
  }
}
