/**
 * `npm run export`: the framework as a competency-matrix spreadsheet (CSV), one row per competency and
 * one column per level, in the format `import.ts` reads back. Pure: frameworks in, text out.
 */
import Papa from 'papaparse';
import { FORMULA_START } from '../../assessment/export.ts';
import type { Competency, EntryMeta, Framework, Level } from '../../framework/model.ts';
import type { Locale } from '../../framework/schema.ts';
import {
  COMPETENCY_OPTIONAL_COLUMNS,
  indicatorsColumn,
  isTranslatedProperty,
  KEY_COLUMN,
  KNOWLEDGE_COLUMN,
  LEVEL_PROPERTIES,
  localised,
  PROPERTY_HELP,
  TRACK_PROPERTIES,
} from './format.ts';
import { CRITERION_HELP, CRITERION_PARTS, DETAIL_ROWS, detailCell, detailPath, type CriterionPart } from './details.ts';

export interface ExportOptions {
  /** `,` (the default) or `;`, which spreadsheets set to a decimal comma expect. */
  delimiter?: ',' | ';';
}

/** The byte-order mark that makes Excel read the file as UTF-8, so Chinese text shows correctly. */
export const BOM = '\uFEFF';

/** What the parts of one export share: the frameworks, the header, and how a property row is laid out. */
interface ExportContext {
  main: Framework;
  /** The framework in another locale. */
  inLocale: (locale: Locale) => Framework | undefined;
  /** The locales other than the default one. */
  others: readonly Locale[];
  levels: readonly Level[];
  /** Steps with an indicators column. */
  steps: readonly number[];
  hasKnowledge: boolean;
  header: string[];
  /** A property row: help in the `title` column, one value per level column. */
  propertyRow: (key: string, help: string, value: (level: Level) => string) => string[];
}

/**
 * The competency matrix of the published framework: every published level as a column (track by
 * track, lowest rank first), every published competency as a row, cells holding the step each level
 * expects (its own or inherited from the level below, as the level page shows it). Drafts are left out.
 */
export function exportMatrix(frameworks: Record<Locale, Framework>, options: ExportOptions = {}): string {
  const ctx = exportContext(frameworks);
  const rows: string[][] = [
    ctx.header,
    ...levelRows(ctx),
    ...trackRows(ctx),
    ...detailRows(ctx),
    ...ctx.main.competencies.flatMap((competency) => [
      competencyRow(ctx, competency),
      ...criterionRows(ctx, competency),
    ]),
  ];
  const csv = Papa.unparse(rows, {
    delimiter: options.delimiter ?? ',',
    newline: '\r\n',
    escapeFormulae: FORMULA_START,
  });
  return `${BOM}${csv}\r\n`;
}

function exportContext(frameworks: Record<Locale, Framework>): ExportContext {
  const any = Object.values(frameworks)[0];
  const main = any === undefined ? undefined : frameworks[any.defaultLocale];
  if (main === undefined) throw new Error('exportMatrix needs the framework in its default locale');
  const others = main.locales.filter((l) => l !== main.defaultLocale);
  const levels = main.levels;
  const minStep = Math.min(...main.scale.map((s) => s.step));
  const steps = main.scale
    .map((s) => s.step)
    .filter((step) => step > minStep || main.competencies.some((c) => (c.indicators[String(step)] ?? []).length > 0));

  const textColumns = (name: string) => [name, ...others.map((l) => localised(name, l))];
  const optional = COMPETENCY_OPTIONAL_COLUMNS.filter((column) =>
    main.competencies.some((c) => (column === 'code' ? c.code !== '' : c.order !== 0)),
  );
  const hasKnowledge = main.competencies.some((c) => c.knowledge.length > 0);
  const header = [
    KEY_COLUMN,
    ...textColumns('title'),
    'area',
    'weight',
    ...optional,
    ...levels.map((l) => l.id),
    ...textColumns('summary'),
    ...steps.flatMap((step) => [indicatorsColumn(step, null), ...others.map((l) => indicatorsColumn(step, l))]),
    ...(hasKnowledge ? textColumns(KNOWLEDGE_COLUMN) : []),
  ];
  const firstLevel = header.indexOf(levels[0]?.id ?? '');
  const propertyRow = (key: string, help: string, value: (level: Level) => string): string[] => {
    const row = Array<string>(header.length).fill('');
    row[0] = key;
    row[1] = help;
    levels.forEach((level, i) => {
      row[firstLevel + i] = value(level);
    });
    return row;
  };
  return { main, inLocale: (locale) => frameworks[locale], others, levels, steps, hasKnowledge, header, propertyRow };
}

/** The help written in a property row's `title` cell. */
function help(main: Framework, key: string, locale: string | null): string {
  const base = PROPERTY_HELP[key] ?? '';
  if (key === 'level:grade') return `${base}: ${main.grades.map((g) => g.id).join(', ')}`;
  return locale === null ? base : `${base} (${locale})`;
}

/** `level:title`, `level:rank` … and their translations. */
function levelRows({ main, others, inLocale, propertyRow }: ExportContext): string[][] {
  const rows: string[][] = [];
  for (const property of LEVEL_PROPERTIES) {
    const key = `level:${property}`;
    rows.push(propertyRow(key, help(main, key, null), (level) => levelValue(level, property)));
    if (!isTranslatedProperty(property)) continue;
    for (const locale of others) {
      rows.push(
        propertyRow(localised(key, locale), help(main, key, locale), (level) => {
          const translated = inLocale(locale)?.levels.find((l) => l.id === level.id);
          return translated === undefined ? '' : (translatedText(translated, property, locale) ?? '');
        }),
      );
    }
  }
  return rows;
}

/** `track:kind` … under every level of the track, and their translations. */
function trackRows({ main, others, inLocale, propertyRow }: ExportContext): string[][] {
  const rows: string[][] = [];
  const trackOf = (level: Level) => main.tracks.find((t) => t.id === level.track);
  for (const property of TRACK_PROPERTIES) {
    const key = `track:${property}`;
    rows.push(
      propertyRow(key, help(main, key, null), (level) => {
        const track = trackOf(level);
        if (track === undefined) return '';
        if (property === 'kind') return track.kind;
        if (property === 'order') return String(track.order);
        return track[property];
      }),
    );
    if (!isTranslatedProperty(property)) continue;
    for (const locale of others) {
      rows.push(
        propertyRow(localised(key, locale), help(main, key, locale), (level) => {
          const translated = inLocale(locale)?.tracks.find((t) => t.id === level.track);
          return translated === undefined ? '' : (translatedText(translated, property, locale) ?? '');
        }),
      );
    }
  }
  return rows;
}

/** Details (bands, time, responsibilities, KPI bands, promotion, probation): only the rows in use. */
function detailRows({ levels, others, inLocale, propertyRow }: ExportContext): string[][] {
  const rows: string[][] = [];
  for (const detail of DETAIL_ROWS) {
    if (levels.every((level) => detailCell(detail, level) === '')) continue;
    rows.push(propertyRow(detail.key, detail.help, (level) => detailCell(detail, level)));
    if (!detail.translated) continue;
    for (const locale of others) {
      rows.push(
        propertyRow(localised(detail.key, locale), `${detail.help} (${locale})`, (level) => {
          const translated = inLocale(locale)?.levels.find((l) => l.id === level.id);
          return translated === undefined || !isTranslated(translated, detailPath(detail), locale)
            ? ''
            : detailCell(detail, translated);
        }),
      );
    }
  }
  return rows;
}

/** A competency's row: its text, the step each level expects, its indicators and knowledge. */
function competencyRow(ctx: ExportContext, competency: Competency): string[] {
  const { levels, steps, others, inLocale, hasKnowledge, header } = ctx;
  const cells = new Map<string, string>([
    [KEY_COLUMN, competency.id],
    ['title', competency.title],
    ['area', competency.area],
    ['weight', String(competency.weight)],
    ['code', competency.code],
    ['order', String(competency.order)],
    ['summary', competency.summary],
  ]);
  for (const level of levels) {
    const step = level.expectations.find((e) => e.competency === competency.id)?.step;
    cells.set(level.id, step === undefined ? '' : String(step));
  }
  for (const step of steps) {
    cells.set(indicatorsColumn(step, null), (competency.indicators[String(step)] ?? []).join('\n'));
  }
  if (hasKnowledge) cells.set(KNOWLEDGE_COLUMN, competency.knowledge.join('\n'));
  for (const locale of others) {
    const translated = inLocale(locale)?.competencies.find((c) => c.id === competency.id);
    if (translated === undefined) continue;
    for (const property of ['title', 'summary'] as const) {
      cells.set(localised(property, locale), translatedText(translated, property, locale) ?? '');
    }
    for (const step of steps) {
      const lines = translatedIndicators(translated, step, locale) ?? [];
      cells.set(indicatorsColumn(step, locale), lines.join('\n'));
    }
    if (hasKnowledge && isTranslated(translated, 'knowledge', locale)) {
      cells.set(localised(KNOWLEDGE_COLUMN, locale), translated.knowledge.join('\n'));
    }
  }
  return header.map((column) => cells.get(column) ?? '');
}

/** The rows of what each level writes of the competency in its own words, when any level does. */
function criterionRows(ctx: ExportContext, competency: Competency): string[][] {
  const { levels, others, propertyRow } = ctx;
  const rows: string[][] = [];
  for (const part of CRITERION_PARTS) {
    if (levels.every((level) => criterionCell(ctx, level, competency.id, part, null) === '')) continue;
    const key = `${competency.id}:${part}`;
    rows.push(propertyRow(key, CRITERION_HELP[part], (level) => criterionCell(ctx, level, competency.id, part, null)));
    for (const locale of others) {
      rows.push(
        propertyRow(localised(key, locale), `${CRITERION_HELP[part]} (${locale})`, (level) =>
          criterionCell(ctx, level, competency.id, part, locale),
        ),
      );
    }
  }
  return rows;
}

/** A level's own criterion of a competency (not one it keeps from the level below), in `locale`. */
function criterionCell(
  { inLocale }: ExportContext,
  level: Level,
  competency: string,
  part: CriterionPart,
  locale: Locale | null,
): string {
  const entry = locale === null ? level : inLocale(locale)?.levels.find((l) => l.id === level.id);
  const own = entry?.criteria.find((c) => c.competency === competency && c.setBy === level.id);
  if (entry === undefined || own === undefined) return '';
  const path = `criteria.${competency}.${part === 'criterion' ? 'text' : 'examples'}`;
  if (locale !== null && !isTranslated(entry, path, locale)) return '';
  return part === 'criterion' ? own.text : own.examples.join('\n');
}

function levelValue(level: Level, property: (typeof LEVEL_PROPERTIES)[number]): string {
  switch (property) {
    case 'rank':
      return String(level.rank);
    default:
      return level[property];
  }
}

/** The translated `title` or `summary`, or undefined when the page shows the default locale's text. */
function translatedText(entry: EntryMeta, field: 'title' | 'summary', locale: string): string | undefined {
  if (!isTranslated(entry, field, locale)) return undefined;
  return entry[field];
}

/** The translated indicators of one step, or undefined when they are shown in the default locale. */
function translatedIndicators(entry: Competency, step: number, locale: string): string[] | undefined {
  if (!isTranslated(entry, 'indicators', locale) || entry.missing.includes(`indicators.${step}`)) return undefined;
  return entry.indicators[String(step)];
}

/** Whether the text at `path` (`promotion.conditions`) of a translated entry is its own translation. */
function isTranslated(entry: EntryMeta, path: string, locale: string): boolean {
  if (entry.textLocale !== locale) return false;
  return !entry.missing.some((m) => m === '*' || m === path || path.startsWith(`${m}.`));
}
