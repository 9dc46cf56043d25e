/**
 * Reading the detail rows of a competency matrix (see `details.ts`): `level:band`, `promotion:metrics`,
 * `probation:weeks`, `mentoring:criterion@zh-cn` and the like, each value under a level column. Every
 * cell that cannot be used is reported with its row and column; the rest is kept per level, by the
 * row's key, for `import.ts` to write.
 */
import { suggestId } from '../../framework/diagnostics.ts';
import { criterionKey, DETAIL_OWNERS, DETAIL_ROWS, detailRow, parseDetail, type DetailValue } from './details.ts';
import { localised, parseLines, splitLocale } from './format.ts';
import type { Place, ReadContext, SheetLevel, Value } from './read.ts';

/** The sheet's reading context, with the row being read and the place of each of its cells. */
export type DetailContext = Omit<ReadContext, 'place'> & {
  row: number;
  place: (index: number) => Place;
};

/**
 * Reads the row if its key is a detail row (or looks like one: `promotion:…`, `x:criterion`) and
 * returns true; returns false for any other row, which the caller reads.
 */
export function readDetailRow(key: string, cells: readonly string[], ctx: DetailContext): boolean {
  const { name, locale } = splitLocale(key.trim());
  const criterion = criterionKey(name);
  const row = detailRow(name);
  const owner = /^([a-z]+)\s*:/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (criterion === undefined && row === undefined) {
    if (!(DETAIL_OWNERS as readonly string[]).includes(owner)) return false;
    const keys = DETAIL_ROWS.filter((r) => r.key.startsWith(`${owner}:`)).map((r) => r.key);
    const suggestion = suggestId(name.toLowerCase(), keys);
    ctx.problem(
      ctx.place(0),
      `\`${key}\` is not a row this import knows`,
      suggestion !== undefined
        ? `did you mean \`${suggestion}\`?`
        : `use one of ${keys.map((k) => `\`${k}\``).join(', ')}`,
    );
    return true;
  }
  const normalName = criterion === undefined ? (row?.key ?? name) : `${criterion.competency}:${criterion.part}`;
  const translated = criterion !== undefined || row?.translated === true;
  if (locale !== null && (!translated || !ctx.others.includes(locale.toLowerCase()))) {
    ctx.problem(
      ctx.place(0),
      !translated
        ? `\`${key}\`: \`${normalName}\` is not text, so it has no translation`
        : `\`${key}\`: \`${locale}\` is not one of the handbook's other languages (${ctx.others.join(', ') || 'none'})`,
      !translated || ctx.others.length === 0
        ? 'delete the row'
        : `use \`${localised(normalName, ctx.others[0] ?? '')}\``,
    );
    return true;
  }
  const normal = localised(normalName, locale === null ? null : locale.toLowerCase());
  const earlier = ctx.propertyRows.get(normal);
  if (earlier !== undefined) {
    ctx.problem(
      ctx.place(0),
      `\`${normal}\` is already given in row ${earlier}`,
      'keep one of the two rows and delete the other',
    );
    return true;
  }
  ctx.propertyRows.set(normal, ctx.row);
  for (const [index, level] of ctx.levelAt) {
    const cell = (cells[index] ?? '').trim();
    if (cell === '') continue;
    const where = ctx.place(index);
    level.filled.add(normal);
    if (translated && locale === null) ctx.checkLanguage(cell, where, normal);
    const value = readCell(row, criterion?.part, cell, where, ctx);
    if (value !== undefined) level.details.set(normal, { value, at: where });
  }
  return true;
}

function readCell(
  row: ReturnType<typeof detailRow>,
  part: 'criterion' | 'examples' | undefined,
  cell: string,
  where: Place,
  ctx: DetailContext,
): DetailValue | undefined {
  if (part !== undefined) return part === 'examples' ? parseLines(cell) : cell;
  if (row === undefined) return undefined;
  if (ctx.unusable.has(where.cell) && row.kind !== 'text' && row.kind !== 'lines') return undefined;
  const parsed = parseDetail(row, cell, ctx.settings);
  if (parsed.ok) return parsed.value;
  ctx.problem(where, parsed.message, parsed.fix);
  return undefined;
}

/** A detail's value under a level, typed by what the caller knows the row holds. */
export function detailOf<T extends DetailValue>(level: SheetLevel, key: string): Value<T> | undefined {
  return level.details.get(key) as Value<T> | undefined;
}
