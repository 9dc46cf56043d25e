/**
 * The level details a competency matrix carries besides titles, tracks, ranks and grades: sub-level
 * bands, time, responsibilities, KPI bands, promotion criteria and probation, one row each (values
 * under the level columns), and the criteria a level writes per competency (`<competency>:criterion`
 * rows). One table says, for every row, what its cells hold and which field of a level file it fills,
 * so that export, reading and import agree. An export writes a row only when the framework uses it.
 */
import type { Level } from '../../framework/model.ts';
import type { SettingsData } from '../../framework/schema.ts';
import { idFrom, isValidId } from '../../framework/schema.ts';
import { suggestId, unknownIdFix } from '../../framework/diagnostics.ts';
import { parseLines, parseNumber } from './format.ts';

/**
 * What a detail cell holds: one text, lines of text, a whole number, an id, ids one per line, KPI
 * bands (`qa-score ≥ 85`) or targets (`qa-score 90`) one per line.
 */
export type DetailKind = 'text' | 'lines' | 'count' | 'id' | 'ids' | 'bands' | 'targets';

export interface DetailRow {
  /** The row's id, e.g. `promotion:conditions`. */
  key: string;
  kind: DetailKind;
  /** Text that is translated, so the row also has one per other locale (`promotion:conditions@zh-cn`). */
  translated: boolean;
  /** The field of a level file it fills: a top-level field, or a field inside `promotion` or `probation`. */
  field: readonly [string] | readonly ['promotion' | 'probation', string];
  /** What the row means, written in its (ignored) `title` cell as help for editors. */
  help: string;
}

export const DETAIL_ROWS: readonly DetailRow[] = [
  {
    key: 'level:band',
    kind: 'text',
    translated: true,
    field: ['band'],
    help: 'Band the level is a sub-level of, e.g. Level 1',
  },
  {
    key: 'level:typicalMonths',
    kind: 'count',
    translated: false,
    field: ['typicalMonths'],
    help: 'Typical months in the level',
  },
  {
    key: 'level:overlayOf',
    kind: 'id',
    translated: false,
    field: ['overlayOf'],
    help: 'Level this role is held on top of',
  },
  {
    key: 'level:responsibilities',
    kind: 'lines',
    translated: true,
    field: ['responsibilities'],
    help: 'Responsibilities, one per line',
  },
  {
    key: 'level:kpis',
    kind: 'bands',
    translated: false,
    field: ['kpis'],
    help: 'Expected while in the level, one metric per line: qa-score ≥ 85, handling-time ≤ 8, calls 12–15',
  },
  {
    key: 'promotion:minMonths',
    kind: 'count',
    translated: false,
    field: ['promotion', 'minMonths'],
    help: 'Promotion: minimum months in the level',
  },
  {
    key: 'promotion:monthsPerformingAtNext',
    kind: 'count',
    translated: false,
    field: ['promotion', 'monthsPerformingAtNext'],
    help: 'Promotion: months already performing at the next level',
  },
  {
    key: 'promotion:metrics',
    kind: 'targets',
    translated: false,
    field: ['promotion', 'metrics'],
    help: 'Promotion: metric targets, one per line: qa-score 90',
  },
  {
    key: 'promotion:trainings',
    kind: 'ids',
    translated: false,
    field: ['promotion', 'trainings'],
    help: 'Promotion: training ids to complete, one per line',
  },
  {
    key: 'promotion:assessments',
    kind: 'ids',
    translated: false,
    field: ['promotion', 'assessments'],
    help: 'Promotion: assessment ids to pass, one per line',
  },
  {
    key: 'promotion:conditions',
    kind: 'lines',
    translated: true,
    field: ['promotion', 'conditions'],
    help: 'Promotion: other conditions, one per line',
  },
  {
    key: 'probation:weeks',
    kind: 'count',
    translated: false,
    field: ['probation', 'weeks'],
    help: 'Probation in weeks (or months, not both)',
  },
  {
    key: 'probation:months',
    kind: 'count',
    translated: false,
    field: ['probation', 'months'],
    help: 'Probation in months (or weeks, not both)',
  },
  {
    key: 'probation:metrics',
    kind: 'targets',
    translated: false,
    field: ['probation', 'metrics'],
    help: 'Probation: metric targets, one per line: qa-score 85',
  },
  {
    key: 'probation:conditions',
    kind: 'lines',
    translated: true,
    field: ['probation', 'conditions'],
    help: 'Probation: what must be shown, one per line',
  },
];

/** The owners of detail rows besides `level:` (`promotion:…`, `probation:…`). */
export const DETAIL_OWNERS = ['promotion', 'probation'] as const;

/** The registered row for a key however it was typed (`Promotion:MinMonths` → `promotion:minMonths`). */
export function detailRow(key: string): DetailRow | undefined {
  const wanted = key.replace(/\s+/g, '').toLowerCase();
  return DETAIL_ROWS.find((row) => row.key.toLowerCase() === wanted);
}

/** The value a detail cell holds, as it goes into a level file. */
export type DetailValue =
  string | number | string[] | { metric: string; min?: number; max?: number }[] | { metric: string; target: number }[];

export type ParsedDetail = { ok: true; value: DetailValue } | { ok: false; message: string; fix: string };

/** Reads a filled detail cell; `settings` names the metrics, assessments and levels' grades it may use. */
export function parseDetail(row: DetailRow, cell: string, settings: SettingsData): ParsedDetail {
  switch (row.kind) {
    case 'text':
      return { ok: true, value: cell.trim() };
    case 'lines':
      return { ok: true, value: parseLines(cell) };
    case 'count': {
      const n = parseNumber(cell);
      return Number.isInteger(n) && n >= 0
        ? { ok: true, value: n }
        : {
            ok: false,
            message: `\`${cell.trim()}\` is not a number of months or weeks`,
            fix: 'write a whole number, e.g. `6`',
          };
    }
    case 'id':
      return isValidId(cell.trim())
        ? { ok: true, value: cell.trim() }
        : {
            ok: false,
            message: `\`${cell.trim()}\` is not an id`,
            fix: `write the level's id, e.g. \`${idFrom(cell) || 'senior-level'}\``,
          };
    case 'ids':
      return parseIds(row, cell, settings);
    case 'bands':
      return eachLine(cell, (line) => parseBand(line, settings));
    case 'targets':
      return eachLine(cell, (line) => parseTarget(line, settings));
  }
}

function parseIds(row: DetailRow, cell: string, settings: SettingsData): ParsedDetail {
  const ids = parseLines(cell);
  const bad = ids.find((id) => !isValidId(id));
  if (bad !== undefined) {
    return {
      ok: false,
      message: `\`${bad}\` is not an id`,
      fix: `write one id per line, lowercase words joined by hyphens, e.g. \`${idFrom(bad) || 'my-training'}\``,
    };
  }
  if (row.field[1] === 'assessments') {
    const known = settings.assessments.map((a) => a.id);
    const unknown = ids.find((id) => !known.includes(id));
    if (unknown !== undefined) {
      return {
        ok: false,
        message: `unknown assessment \`${unknown}\``,
        fix: unknownIdFix(unknown, known, 'add it to the assessments in framework.yaml'),
      };
    }
  }
  return { ok: true, value: ids };
}

type LineResult<T> = { ok: true; value: T } | { ok: false; message: string; fix: string };

function eachLine<T>(cell: string, parse: (line: string) => LineResult<T>): ParsedDetail {
  const values: T[] = [];
  for (const line of parseLines(cell)) {
    const parsed = parse(line);
    if (!parsed.ok) return parsed;
    values.push(parsed.value);
  }
  return { ok: true, value: values as DetailValue };
}

/** `qa-score ≥ 85`, `handling-time <= 8`, `calls 12–15`, `calls 12 to 15`, `csat: min 80`. */
const BAND =
  /^([a-z0-9-]+)\s*:?\s*(?:(≥|>=|min|at least)\s*(\S+)|(≤|<=|max|at most)\s*(\S+)|(\S+?)\s*(?:–|—|-|to|\.\.)\s*(\S+))$/i;
/** `qa-score 90`, `qa-score: 90`. */
const TARGET = /^([a-z0-9-]+)\s*:?\s+(\S+)$|^([a-z0-9-]+):(\S+)$/i;

function metricOf(id: string, line: string, settings: SettingsData): LineResult<string> {
  const known = settings.metrics.map((m) => m.id);
  if (known.includes(id)) return { ok: true, value: id };
  const near = suggestId(id, known);
  return {
    ok: false,
    message: `\`${line}\`: unknown metric \`${id}\``,
    fix:
      near !== undefined
        ? `did you mean \`${near}\`?`
        : known.length > 0
          ? `use one of the metrics in framework.yaml: ${known.map((m) => `\`${m}\``).join(', ')}`
          : 'add the metric to the metrics in framework.yaml first',
  };
}

function parseBand(line: string, settings: SettingsData): LineResult<{ metric: string; min?: number; max?: number }> {
  const match = BAND.exec(line.trim());
  const fix =
    'write one metric per line with its band: `qa-score ≥ 85` (at least), `handling-time ≤ 8` (at most) or `calls 12–15` (a range)';
  if (match === null) return { ok: false, message: `\`${line}\` is not a metric with a band`, fix };
  const metric = metricOf(match[1] ?? '', line, settings);
  if (!metric.ok) return metric;
  const [min, max] =
    match[3] !== undefined
      ? [parseNumber(match[3]), undefined]
      : match[5] !== undefined
        ? [undefined, parseNumber(match[5])]
        : [parseNumber(match[6] ?? ''), parseNumber(match[7] ?? '')];
  if ((min !== undefined && Number.isNaN(min)) || (max !== undefined && Number.isNaN(max))) {
    return { ok: false, message: `\`${line}\`: the band is not made of numbers`, fix };
  }
  if (min !== undefined && max !== undefined && min > max) {
    return {
      ok: false,
      message: `\`${line}\`: the lowest value is above the highest`,
      fix: `write \`${metric.value} ${max}–${min}\``,
    };
  }
  return {
    ok: true,
    value: { metric: metric.value, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) },
  };
}

function parseTarget(line: string, settings: SettingsData): LineResult<{ metric: string; target: number }> {
  const match = TARGET.exec(line.trim());
  const fix = 'write one metric per line with the value to reach, e.g. `qa-score 90`';
  if (match === null) return { ok: false, message: `\`${line}\` is not a metric with a target`, fix };
  const metric = metricOf(match[1] ?? match[3] ?? '', line, settings);
  if (!metric.ok) return metric;
  const target = parseNumber(match[2] ?? match[4] ?? '');
  if (Number.isNaN(target)) return { ok: false, message: `\`${line}\`: the target is not a number`, fix };
  return { ok: true, value: { metric: metric.value, target } };
}

/** The cell an export writes for a detail of `level` ('' when the level leaves it at its default). */
export function detailCell(row: DetailRow, level: Level): string {
  const value = modelValue(row, level);
  switch (row.kind) {
    case 'count':
      return value === 0 || value === undefined ? '' : String(value);
    case 'bands':
      return (value as Level['kpis']).map(bandText).join('\n');
    case 'targets':
      return ((value ?? []) as { metric: string; target: number }[]).map(targetText).join('\n');
    case 'lines':
    case 'ids':
      return ((value ?? []) as string[]).join('\n');
    default:
      return typeof value === 'string' ? value : '';
  }
}

/** A KPI band as a line of a cell: `calls 12–15`, `qa-score ≥ 85`, `aht ≤ 8`. */
export function bandText(kpi: Level['kpis'][number]): string {
  if (kpi.min !== null && kpi.max !== null) return `${kpi.metric} ${kpi.min}–${kpi.max}`;
  return kpi.min !== null ? `${kpi.metric} ≥ ${kpi.min}` : `${kpi.metric} ≤ ${kpi.max ?? 0}`;
}

/** A metric target as a line of a cell: `qa-score 90`. */
export function targetText(target: { metric: string; target: number }): string {
  return `${target.metric} ${target.target}`;
}

function modelValue(row: DetailRow, level: Level): unknown {
  const [field, inner] = row.field;
  if (inner === undefined) return (level as unknown as Record<string, unknown>)[field] ?? undefined;
  const owner = field === 'promotion' ? level.promotion : level.probation;
  return owner === null ? undefined : (owner as unknown as Record<string, unknown>)[inner];
}

/** The dotted path of a detail's text in a translation (`promotion.conditions`), for "is it translated". */
export function detailPath(row: DetailRow): string {
  return row.field.join('.');
}

/** `<competency>:criterion` and `<competency>:examples` rows: a level's criterion in its own words. */
export const CRITERION_PARTS = ['criterion', 'examples'] as const;
export type CriterionPart = (typeof CRITERION_PARTS)[number];

/** Splits `mentoring:criterion@zh-cn`-style keys (locale already split off) into competency and part. */
export function criterionKey(key: string): { competency: string; part: CriterionPart } | undefined {
  const match = /^([a-z0-9-]+)\s*:\s*(criterion|criteria|examples)$/i.exec(key.trim());
  if (match === null) return undefined;
  const part = (match[2] ?? '').toLowerCase();
  return { competency: (match[1] ?? '').toLowerCase(), part: part === 'examples' ? 'examples' : 'criterion' };
}

export const CRITERION_HELP: Record<CriterionPart, string> = {
  criterion: 'What each level expects, in its own words (empty: as the level below)',
  examples: 'Examples of the criterion, one per line',
};
