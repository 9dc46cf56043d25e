/**
 * Planning an import: what the spreadsheet's levels, tracks, ranks, competencies and expectations
 * become, and every problem with them, before any file is written (`import-write.ts`).
 */
import { suggestId } from '../../framework/diagnostics.ts';
import type { CompetencyData } from '../../framework/schema.ts';
import { columnLetter, localised, splitLocale } from './format.ts';
import { plain, sameValue } from './frontmatter.ts';
import type {
  ExistingEntry,
  ExistingTranslation,
  ImportContext,
  MatrixCollection,
  PlannedLevel,
  TrackValues,
} from './import.ts';
import { FIXED_NAMES, type Place, type Sheet, type SheetCompetency, type SheetLevel, type Value } from './read.ts';

/** Each level of the sheet and the content: what the sheet says, or what the content already says. */
export function planLevels(ctx: ImportContext): Map<string, PlannedLevel> {
  const { sheet, problem, existing, cellOf, where } = ctx;
  const sheetIds = new Set(sheet.levels.map((l) => l.id));
  const planned = new Map<string, PlannedLevel>();
  for (const level of sheet.levels) {
    const old = existing.levels.get(level.id);
    const plan: PlannedLevel = { id: level.id, sheet: level };
    if (old !== undefined) plan.existing = old;
    const track = level.track?.value ?? old?.data.track;
    const rank = level.rank?.value ?? old?.data.rank;
    if (track !== undefined) plan.track = track;
    if (rank !== undefined) plan.rank = rank;
    planned.set(level.id, plan);
    if (old !== undefined) continue;
    const filledAny = [...level.filled].some((k) => k.startsWith('level:'));
    if (!filledAny) {
      const missingIds = [...existing.levels.keys()].filter((id) => !sheetIds.has(id));
      // Fixed column names are single words, so only a single-word header may be one mistyped.
      const column = level.id.includes('-') ? undefined : suggestId(level.id, FIXED_NAMES);
      const suggestion = column ?? suggestId(level.id, missingIds);
      problem(
        level.at,
        `\`${level.id}\` is not a level in the content, and the rows above give nothing to create it from`,
        suggestion !== undefined
          ? `did you mean ${column === undefined ? 'the level' : 'the column'} \`${suggestion}\`? Rename the column; to add a new level instead, fill in its \`level:\` rows`
          : 'to add a new level, fill in its title, track, rank and grade in the `level:` rows; otherwise correct the header to an existing level id',
      );
      continue;
    }
    // A summary is optional (lists then show the title alone); the rest is not.
    for (const property of ['title', 'track', 'rank', 'grade'] as const) {
      const key = `level:${property}`;
      if (level[property] !== undefined || level.filled.has(key)) continue;
      problem(cellOf(key, level), `\`${level.id}\` is a new level, so it needs a ${property}`, where(key, level));
    }
  }
  for (const old of existing.levels.values()) {
    if (!planned.has(old.id))
      planned.set(old.id, { id: old.id, existing: old, track: old.data.track, rank: old.data.rank });
  }
  return planned;
}

/** The tracks of the sheet's levels, in the order they first appear, each with one value per property. */
export function planTracks(
  ctx: ImportContext,
  planned: ReadonlyMap<string, PlannedLevel>,
): { trackIds: string[]; trackValues: Map<string, TrackValues> } {
  const { sheet } = ctx;
  const trackIds: string[] = [];
  const trackLevels = new Map<string, SheetLevel[]>();
  for (const level of sheet.levels) {
    const track = planned.get(level.id)?.track;
    if (track === undefined) continue;
    if (!trackLevels.has(track)) trackIds.push(track);
    trackLevels.set(track, [...(trackLevels.get(track) ?? []), level]);
  }
  const trackValues = new Map<string, TrackValues>();
  for (const track of trackIds) {
    trackValues.set(track, trackValuesOf(ctx, track, trackLevels.get(track) ?? []));
  }
  return { trackIds, trackValues };
}

/** One track's values from the columns of its levels (which must agree); a new one needs a kind. */
function trackValuesOf(ctx: ImportContext, track: string, levels: SheetLevel[]): TrackValues {
  const { others, problem, existing, cellOf, where } = ctx;
  const values: TrackValues = { translations: new Map() };
  const agree = <T>(key: string, pick: (l: SheetLevel) => Value<T> | undefined): Value<T> | undefined => {
    let first: { value: Value<T>; level: SheetLevel } | undefined;
    for (const level of levels) {
      const value = pick(level);
      if (value === undefined) continue;
      if (first === undefined) first = { value, level };
      else if (value.value !== first.value.value) {
        const { name, locale } = splitLocale(key.replace('track:', ''));
        const noun = `${locale === null ? '' : `${locale} `}${name === 'order' ? 'position' : name}`;
        problem(
          value.at,
          `the track \`${track}\` is given two different ${name === 'summary' ? `${noun.slice(0, -1)}ies` : `${noun}s`}: \`${String(first.value.value)}\` (cell ${first.value.at.cell}) and \`${String(value.value)}\``,
          `a track has one ${noun}: make the cells of its levels the same, or leave all but one empty`,
        );
      }
    }
    return first?.value;
  };
  const title = agree('track:title', (l) => l.trackCells.title);
  const summary = agree('track:summary', (l) => l.trackCells.summary);
  const kind = agree('track:kind', (l) => l.trackCells.kind);
  const order = agree('track:order', (l) => l.trackCells.order);
  if (title !== undefined) values.title = title;
  if (summary !== undefined) values.summary = summary;
  if (kind !== undefined) values.kind = kind;
  if (order !== undefined) values.order = order;
  for (const locale of others) {
    const t: { title?: Value<string>; summary?: Value<string> } = {};
    for (const name of ['title', 'summary'] as const) {
      const value = agree(`track:${localised(name, locale)}`, (l) => l.trackCells.translations.get(locale)?.[name]);
      if (value !== undefined) t[name] = value;
    }
    values.translations.set(locale, t);
  }
  if (existing.tracks.has(track)) return values;
  const first = levels[0];
  if (first === undefined) return values;
  const key = 'track:kind';
  if (values.kind === undefined && !levels.some((l) => l.filled.has(key))) {
    problem(
      cellOf(key, first),
      `the track \`${track}\` is new, so it needs a kind (individual, management or specialist)`,
      `${where(key, first)} (or under any other level of the track)`,
    );
  }
  return values;
}

/** The levels of each track by rank, each rank given once. */
export function laddersOf(ctx: ImportContext, planned: ReadonlyMap<string, PlannedLevel>): Map<string, PlannedLevel[]> {
  const { problem, cellOf } = ctx;
  const ladders = new Map<string, PlannedLevel[]>();
  for (const plan of planned.values()) {
    if (plan.track === undefined || plan.rank === undefined) continue;
    ladders.set(plan.track, [...(ladders.get(plan.track) ?? []), plan]);
  }
  for (const [track, ladder] of ladders) {
    ladder.sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || a.id.localeCompare(b.id));
    ladder.forEach((plan, i) => {
      const other = ladder[i - 1];
      if (other === undefined || other.rank !== plan.rank) return;
      const reported = plan.sheet ?? other.sheet;
      if (reported === undefined) return;
      problem(
        cellOf('level:rank', reported),
        `rank ${plan.rank} on the track \`${track}\` is given to both \`${other.id}\` and \`${plan.id}\``,
        'give each level of a track its own rank (1 = entry level)',
      );
    });
  }
  return ladders;
}

export type IndicatorPlan = { en: Map<number, string[]>; translated: Map<string, Map<number, string[]>> };

/** What a new competency still needs, and each competency's indicators. */
export function planCompetencies(ctx: ImportContext): Map<string, IndicatorPlan> {
  const { sheet, others, problem, existing, translationOf, result } = ctx;
  const indicatorPlans = new Map<
    string,
    { en: Map<number, string[]>; translated: Map<string, Map<number, string[]>> }
  >();
  for (const competency of sheet.competencies) {
    const old = existing.competencies.get(competency.id);
    if (old === undefined) {
      // A summary is optional (lists then show the title alone); a title and an area are not.
      for (const column of ['title', 'area'] as const) {
        if (competency[column] !== undefined || competency.filled.has(column)) continue;
        const index = headerIndex(sheet, column);
        problem(
          index === undefined
            ? competency.at
            : { row: competency.at.row, column, cell: `${columnLetter(index)}${competency.at.row}` },
          `\`${competency.id}\` is a new competency, so it needs ${column === 'area' ? 'an area' : `a ${column}`}`,
          index === undefined ? `add a \`${column}\` column and fill it in` : `fill in the \`${column}\` cell`,
        );
      }
    }
    indicatorPlans.set(competency.id, planIndicators(competency, old, translationOf, others, problem, result.notes));
  }
  return indicatorPlans;
}

/**
 * What each level writes of its expectations: what differs from the level below it (or, for a role
 * held on top of a level, from that level), the file's own order first.
 */
export function planExpectations(
  ctx: ImportContext,
  ladders: ReadonlyMap<string, PlannedLevel[]>,
): Map<string, Map<string, number>> {
  const { sheet, problem } = ctx;
  const ownExpectations = new Map<string, Map<string, number>>();
  // A role held on top of a level starts from that level's expectations (as the build does): tracks
  // with roles come last, so the levels they are held on are known.
  const effectiveOf = new Map<string, Map<string, { step: number; level: string }>>();
  const overlayOf = (plan: PlannedLevel): string | undefined => {
    const cell = plan.sheet?.details.get('level:overlayOf')?.value;
    return typeof cell === 'string' ? cell : plan.existing?.data.overlayOf;
  };
  const hasRoles = (ladder: PlannedLevel[]) => ladder.some((plan) => overlayOf(plan) !== undefined);
  const laddersInOrder = [...ladders].sort(([, a], [, b]) => Number(hasRoles(a)) - Number(hasRoles(b)));
  for (const [track, ladder] of laddersInOrder) {
    let inherited = new Map<string, { step: number; level: string }>();
    for (const plan of ladder) {
      const base = overlayOf(plan);
      const held = base === undefined ? undefined : effectiveOf.get(base);
      if (held !== undefined) inherited = new Map([...inherited, ...held]);
      const written = plan.existing?.data.expectations ?? {};
      const effective = new Map(inherited);
      if (plan.sheet === undefined) {
        for (const [c, step] of Object.entries(written)) effective.set(c, { step, level: plan.id });
        inherited = effective;
        effectiveOf.set(plan.id, effective);
        continue;
      }
      const own = new Map<string, number>();
      for (const [c, step] of Object.entries(written)) {
        if (!ctx.sheetCompetencies.has(c)) own.set(c, step);
      }
      for (const competency of sheet.competencies) {
        const cell = competency.steps.get(plan.id);
        if (cell === null) continue;
        const below = inherited.get(competency.id);
        if (cell === undefined) {
          if (below === undefined) continue;
          const index = headerIndex(sheet, plan.id) ?? 0;
          problem(
            { row: competency.at.row, column: plan.id, cell: `${columnLetter(index)}${competency.at.row}` },
            `this cell is empty, but \`${below.level}\`, the level below on \`${track}\`, expects step ${below.step} of \`${competency.id}\`, and a level keeps what the level below it expects`,
            `write the step \`${plan.id}\` expects (normally ${below.step} or more)`,
          );
          continue;
        }
        if (below === undefined || below.step !== cell.value || competency.id in written) {
          own.set(competency.id, cell.value);
        }
      }
      // The file's own order first, then new ones in the spreadsheet's order.
      const ordered = new Map<string, number>();
      for (const c of Object.keys(written)) if (own.has(c)) ordered.set(c, own.get(c) ?? 0);
      for (const [c, step] of own) if (!ordered.has(c)) ordered.set(c, step);
      ownExpectations.set(plan.id, ordered);
      for (const [c, step] of ordered) effective.set(c, { step, level: plan.id });
      inherited = effective;
      effectiveOf.set(plan.id, effective);
    }
  }
  return ownExpectations;
}

export function headerIndex(sheet: Sheet, column: string): number | undefined {
  const level = sheet.levels.find((l) => l.id === column);
  if (level !== undefined) return letterIndex(level.at.cell);
  return sheet.columns.get(column);
}

function letterIndex(cell: string): number {
  const letters = /^[A-Z]+/.exec(cell)?.[0] ?? '';
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
}

/**
 * The indicators a competency will have: the sheet's per step, the file's for steps the sheet leaves
 * empty. A translation must have one line per English line; a translation left empty beside English
 * that changed is dropped (it no longer says the same thing) and noted.
 */
function planIndicators(
  competency: SheetCompetency,
  old: ExistingEntry<CompetencyData> | undefined,
  translationOf: (locale: string, collection: MatrixCollection, id: string) => ExistingTranslation | undefined,
  others: readonly string[],
  problem: (at: Partial<Place>, message: string, fix: string) => void,
  notes: string[],
): { en: Map<number, string[]>; translated: Map<string, Map<number, string[]>> } {
  const written = old?.data.indicators ?? {};
  const steps = [...new Set([...Object.keys(written).map(Number), ...competency.indicators.keys()])].sort(
    (a, b) => a - b,
  );
  const en = new Map<number, string[]>();
  const changedSteps = new Set<number>();
  for (const step of steps) {
    const fromSheet = competency.indicators.get(step)?.value;
    const fromFile = written[String(step)];
    const lines = fromSheet !== undefined && fromSheet.length > 0 ? fromSheet : fromFile;
    if (lines === undefined) continue;
    en.set(step, lines);
    if (fromFile !== undefined && !sameValue(lines, fromFile)) changedSteps.add(step);
  }
  const translated = new Map<string, Map<number, string[]>>();
  for (const locale of others) {
    const fromSheet = competency.indicatorTranslations.get(locale) ?? new Map<number, Value<string[]>>();
    const file = translationOf(locale, 'competencies', competency.id)?.data['indicators'];
    const fromFile = (typeof file === 'object' && file !== null ? plain(file) : {}) as Record<string, string[]>;
    const result = new Map<number, string[]>();
    for (const [step, value] of fromSheet) {
      const english = en.get(step);
      if (english === undefined) {
        problem(
          value.at,
          `there are ${locale} indicators for step ${step} but no English ones`,
          `write the English indicators in \`indicators ${step}\` first, or empty this cell`,
        );
      } else if (value.value.length !== english.length) {
        problem(
          value.at,
          `${value.value.length} line${value.value.length === 1 ? '' : 's'} here, but \`indicators ${step}\` has ${english.length}`,
          `write one ${locale} line for each English line, in the same order (start a new line in the cell with Alt+Enter)`,
        );
      }
    }
    for (const [step, english] of en) {
      const given = fromSheet.get(step)?.value;
      if (given !== undefined && given.length > 0) {
        result.set(step, given);
        continue;
      }
      const kept = fromFile[String(step)];
      if (kept === undefined) continue;
      if (changedSteps.has(step) || kept.length !== english.length) {
        notes.push(
          `The ${locale} indicators of step ${step} of \`${competency.id}\` were removed because the English ones changed; translate them again.`,
        );
        continue;
      }
      result.set(step, kept);
    }
    translated.set(locale, result);
  }
  return { en, translated };
}
