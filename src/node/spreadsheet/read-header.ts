/**
 * The header row of a competency matrix: what each column holds (a competency's text, area, weight,
 * code, order, indicators of a step, knowledge, or a level), every header it cannot use reported at
 * its cell.
 */
import { suggestId } from '../../framework/diagnostics.ts';
import { idFrom, isValidId } from '../../framework/schema.ts';
import {
  columnLetter,
  INDICATORS_PREFIX,
  KEY_COLUMN,
  KNOWLEDGE_COLUMN,
  localised,
  parseStep,
  splitLocale,
} from './format.ts';
import { FIXED_NAMES, type Column, type ReadContext } from './read.ts';

/** What each column of the header holds, left to right. */
export function readHeader(ctx: ReadContext, rows: readonly string[][]): Column[] {
  const seenHeaders = new Map<string, number>();
  return ctx.header.map((raw, index) => columnOf(ctx, rows, raw, index, seenHeaders));
}

/** The locale of a translated column's header: null for the default one, undefined (reported) if unknown. */
function localeOf(ctx: ReadContext, locale: string | null, index: number, name: string): string | null | undefined {
  const { header, others, settings, problem } = ctx;
  const headerPlace = (i: number) => ctx.place(1, i);
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
}

function columnOf(
  ctx: ReadContext,
  rows: readonly string[][],
  raw: string,
  index: number,
  seenHeaders: Map<string, number>,
): Column {
  const { problem, steps, byLabel } = ctx;
  const headerPlace = (i: number) => ctx.place(1, i);
  const h = raw.trim();
  if (index === 0) {
    if (h.toLowerCase() !== KEY_COLUMN) {
      problem(
        headerPlace(index),
        `the first column is called \`${h}\`, but it must be \`${KEY_COLUMN}\`: it holds each row's id`,
        `write \`${KEY_COLUMN}\` in cell A1 (the template scripts/templates/competency-matrix.csv shows the layout)`,
      );
    }
    return { kind: 'key' };
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
    return { kind: 'ignored' };
  }
  const earlier = seenHeaders.get(h.toLowerCase());
  if (earlier !== undefined) {
    problem(
      headerPlace(index),
      `the column \`${h}\` appears twice (also column ${columnLetter(earlier)})`,
      'keep one of the two columns and delete the other',
    );
    return { kind: 'ignored' };
  }
  seenHeaders.set(h.toLowerCase(), index);
  const { name, locale } = splitLocale(h.toLowerCase());
  if (name === 'title' || name === 'summary') {
    const l = localeOf(ctx, locale, index, name);
    return l === undefined ? { kind: 'ignored' } : { kind: 'text', name, locale: l };
  }
  if ((name === 'area' || name === 'weight' || name === 'code' || name === 'order') && locale === null) {
    return { kind: name };
  }
  if (name === KNOWLEDGE_COLUMN) {
    const l = localeOf(ctx, locale, index, name);
    return l === undefined ? { kind: 'ignored' } : { kind: 'knowledge', locale: l };
  }
  const indicators = new RegExp(`^${INDICATORS_PREFIX}\\s*(.*)$`).exec(name);
  if (indicators !== null) {
    const step = byLabel.get((indicators[1] ?? '').trim()) ?? parseStep(indicators[1] ?? '');
    const l = localeOf(ctx, locale, index, `${INDICATORS_PREFIX} ${indicators[1] ?? ''}`);
    if (step === undefined || Number.isNaN(step) || !steps.includes(step)) {
      problem(
        headerPlace(index),
        `\`${h}\`: \`${(indicators[1] ?? '').trim()}\` is not a step of the proficiency scale (${steps.join(', ')})`,
        `name the column after a step, e.g. \`${INDICATORS_PREFIX} ${steps.at(-1) ?? 1}\``,
      );
      return { kind: 'ignored' };
    }
    return l === undefined ? { kind: 'ignored' } : { kind: 'indicators', step, locale: l };
  }
  if (isValidId(h)) {
    return { kind: 'level', id: h };
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
  return { kind: 'ignored' };
}
