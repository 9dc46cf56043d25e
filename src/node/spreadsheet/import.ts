/**
 * `npm run import`: turns a competency-matrix spreadsheet into content files. Pure: the CSV text and
 * the content as it is now go in; the files to write (new, or existing ones with a few fields
 * changed) and every problem found come out. Nothing is returned to write when there is a problem.
 *
 * What the spreadsheet shows wins; everything it does not show is kept. An empty cell never deletes
 * anything from an existing entry, except in the level columns, where empty means "not expected".
 * Without `update`, the import only creates files: if it would change an existing one it refuses.
 */
import { suggestId } from '../../framework/diagnostics.ts';
import type { CompetencyData, LevelData, SettingsData, TrackData } from '../../framework/schema.ts';
import { columnLetter, localised, sortProblems, splitLocale, titleFromId, type MatrixProblem } from './format.ts';
import {
  editEntryText,
  FIELD_ORDER,
  newEntryText,
  plain,
  rawFrontmatter,
  sameValue,
  type FieldValue,
} from './frontmatter.ts';
import { planLevelDetails, translatedList } from './import-details.ts';
import {
  FIXED_NAMES,
  readMatrix,
  type Place,
  type Sheet,
  type SheetCompetency,
  type SheetLevel,
  type Value,
} from './read.ts';

export type MatrixCollection = 'tracks' | 'levels' | 'competencies';

/** An entry of the content folder, validated (defaults filled in). */
export interface ExistingEntry<D> {
  id: string;
  /** Path relative to the content folder, e.g. `levels/cs-senior.md`. */
  file: string;
  data: D;
}

export interface ExistingTranslation {
  locale: string;
  collection: string;
  id: string;
  file: string;
  data: Record<string, unknown>;
}

/** The content folder as it is before the import. */
export interface ImportTarget {
  settings: SettingsData;
  tracks: ExistingEntry<TrackData>[];
  levels: ExistingEntry<LevelData>[];
  competencies: ExistingEntry<CompetencyData>[];
  /** Ids of the trainings in the folder, which promotion criteria may require (not part of the sheet). */
  trainings: string[];
  translations: ExistingTranslation[];
  /** The current text of a file, by path relative to the content folder. */
  read: (path: string) => string;
}

export interface ImportOptions {
  /** Change existing entries to match the spreadsheet; without it the import only adds new ones. */
  update?: boolean;
}

export interface ImportedFile {
  /** Path relative to the content folder. */
  path: string;
  text: string;
  change: 'create' | 'update';
}

export type EntryIds = Record<MatrixCollection, string[]>;

export interface ImportResult {
  /** The files to write; empty when there are problems. */
  files: ImportedFile[];
  /** Everything in the spreadsheet that could not be used, in reading order. */
  problems: MatrixProblem[];
  /** Entries the spreadsheet holds. */
  sheet: Record<MatrixCollection, number>;
  /** Entries whose file is created or changed. */
  created: EntryIds;
  updated: EntryIds;
  /** Things worth knowing that are not problems. */
  notes: string[];
  /** Cells that are probably wrong (Chinese in the English column) but do not stop the import. */
  warnings: MatrixProblem[];
  /** Level id → competency id → the step its column gives (null: not expected), to verify the result. */
  expected: Record<string, Record<string, number | null>>;
}

interface PlannedLevel {
  id: string;
  sheet?: SheetLevel;
  existing?: ExistingEntry<LevelData>;
  track?: string;
  rank?: number;
}

const noIds = (): EntryIds => ({ tracks: [], levels: [], competencies: [] });

/** Imports `text` (a CSV file's content) into the content described by `target`. */
export function importMatrix(text: string, target: ImportTarget, options: ImportOptions = {}): ImportResult {
  const read = readMatrix(text, target.settings);
  const problems: MatrixProblem[] = [...read.problems];
  const result: ImportResult = {
    files: [],
    problems,
    sheet: { tracks: 0, levels: 0, competencies: 0 },
    created: noIds(),
    updated: noIds(),
    notes: [],
    warnings: read.warnings,
    expected: {},
  };
  if (read.sheet === null) return { ...result, problems: sortProblems(problems) };
  const sheet = read.sheet;
  const { settings } = target;
  const others = settings.locales.filter((l) => l !== settings.defaultLocale);
  // One problem per cell and message: a row's mistake seen from each level's column is reported once.
  const problem = (at: Partial<Place>, message: string, fix: string) => {
    if (problems.some((p) => p.cell === at.cell && p.row === at.row && p.message === message)) return;
    problems.push({ ...at, message, fix });
  };
  const existing = {
    tracks: new Map(target.tracks.map((e) => [e.id, e])),
    levels: new Map(target.levels.map((e) => [e.id, e])),
    competencies: new Map(target.competencies.map((e) => [e.id, e])),
  };
  const translationOf = (locale: string, collection: MatrixCollection, id: string) =>
    target.translations.find((t) => t.locale === locale && t.collection === collection && t.id === id);
  /** The cell of property row `key` in the level's column, or the level's header when the row is missing. */
  const cellOf = (key: string, level: SheetLevel): Place => {
    const row = sheet.propertyRows.get(key);
    const letter = level.at.cell.replace(/\d+$/, '');
    return row === undefined ? level.at : { row, column: level.id, cell: `${letter}${row}` };
  };
  const where = (key: string, level: SheetLevel): string => {
    const row = sheet.propertyRows.get(key);
    return row === undefined
      ? `add a row whose id is \`${key}\` and write it there, in column ${level.id}`
      : `write it in row ${row} (\`${key}\`), column ${level.id}`;
  };

  // --- Levels: what each column says, or what the content already says -------------------------
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

  // --- Tracks: one value per property, from any of the track's columns ----------------------------
  const trackIds: string[] = [];
  const trackLevels = new Map<string, SheetLevel[]>();
  for (const level of sheet.levels) {
    const track = planned.get(level.id)?.track;
    if (track === undefined) continue;
    if (!trackLevels.has(track)) trackIds.push(track);
    trackLevels.set(track, [...(trackLevels.get(track) ?? []), level]);
  }
  interface TrackValues {
    title?: Value<string>;
    summary?: Value<string>;
    kind?: Value<string>;
    order?: Value<number>;
    translations: Map<string, { title?: Value<string>; summary?: Value<string> }>;
  }
  const trackValues = new Map<string, TrackValues>();
  for (const track of trackIds) {
    const levels = trackLevels.get(track) ?? [];
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
    trackValues.set(track, values);
    if (existing.tracks.has(track)) continue;
    const first = levels[0];
    if (first === undefined) continue;
    const key = 'track:kind';
    if (values.kind === undefined && !levels.some((l) => l.filled.has(key))) {
      problem(
        cellOf(key, first),
        `the track \`${track}\` is new, so it needs a kind (individual, management or specialist)`,
        `${where(key, first)} (or under any other level of the track)`,
      );
    }
  }
  let nextOrder =
    Math.max(
      0,
      ...target.tracks.map((t) => t.data.order),
      ...[...trackValues.values()].flatMap((v) => (v.order === undefined ? [] : [v.order.value])),
    ) + 1;

  // --- Ranks: one level per rank on each track ------------------------------------------------------
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

  // --- Competencies: what a new one needs, and translated indicators that match the English --------
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

  // --- Expectations: a level writes what differs from the level below it ---------------------------
  const sheetCompetencies = new Set(sheet.competencies.map((c) => c.id));
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
        if (!sheetCompetencies.has(c)) own.set(c, step);
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

  result.sheet = { tracks: trackIds.length, levels: sheet.levels.length, competencies: sheet.competencies.length };
  for (const level of sheet.levels) {
    result.expected[level.id] = Object.fromEntries(
      sheet.competencies.map((c) => {
        const cell = c.steps.get(level.id);
        return [c.id, cell === undefined || cell === null ? null : cell.value];
      }),
    );
  }
  if (problems.length > 0) return { ...result, problems: sortProblems(problems) };

  // --- Files ---------------------------------------------------------------------------------------
  const files: ImportedFile[] = [];
  const failed = (path: string, error: unknown) =>
    problem(
      {},
      `${path} could not be updated safely (${error instanceof Error ? error.message : String(error)})`,
      'make this change in the file by hand, or tell whoever maintains the handbook tools',
    );
  const writeEntry = (
    collection: MatrixCollection,
    id: string,
    old: { file: string } | undefined,
    fields: [string, FieldValue | undefined][],
  ) => {
    if (old === undefined) {
      const order = FIELD_ORDER[collection];
      const present = fields
        .filter((f): f is [string, FieldValue] => f[1] !== undefined)
        .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
      files.push({ path: `${collection}/${id}.md`, text: newEntryText(present), change: 'create' });
      result.created[collection].push(id);
      return;
    }
    const changes = new Map(fields.filter(([, v]) => v !== undefined) as [string, FieldValue][]);
    if (changes.size === 0) return;
    try {
      const before = target.read(old.file);
      const after = editEntryText(before, changes, FIELD_ORDER[collection]);
      if (after === before) return;
      files.push({ path: old.file, text: after, change: 'update' });
      result.updated[collection].push(id);
    } catch (error) {
      failed(old.file, error);
    }
  };
  /** Writes the text fields of one locale: new values set, `undefined` leaves a field as it is. */
  const writeTranslation = (
    locale: string,
    collection: MatrixCollection,
    id: string,
    entryFile: string,
    fields: [string, FieldValue | undefined][],
  ) => {
    const old = translationOf(locale, collection, id);
    const changes = new Map<string, FieldValue | undefined>();
    for (const [key, value] of fields) {
      if (value === undefined || sameValue(old?.data[key], value)) continue;
      // An empty map or list (no translated indicators or items left) removes the field.
      const empty = (value instanceof Map && value.size === 0) || (Array.isArray(value) && value.length === 0);
      if (empty && old?.data[key] === undefined) continue;
      changes.set(key, empty ? undefined : value);
    }
    if (changes.size === 0) return;
    if (old === undefined) {
      const order = FIELD_ORDER[collection];
      const present = [...changes]
        .filter((f): f is [string, FieldValue] => f[1] !== undefined)
        .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
      files.push({ path: `translations/${locale}/${entryFile}`, text: newEntryText(present), change: 'create' });
      return;
    }
    try {
      const before = target.read(old.file);
      const after = editEntryText(before, changes, FIELD_ORDER[collection]);
      if (after !== before) files.push({ path: old.file, text: after, change: 'update' });
    } catch (error) {
      failed(old.file, error);
    }
  };
  /** The sheet's value when it differs from the entry's (always, for a new entry). */
  const changed = <T>(value: Value<T> | undefined, current: T | undefined): T | undefined =>
    value === undefined || (current !== undefined && sameValue(value.value, current)) ? undefined : value.value;

  for (const track of trackIds) {
    const values = trackValues.get(track) as TrackValues;
    const old = existing.tracks.get(track);
    const d = old?.data;
    const order = values.order?.value ?? d?.order ?? nextOrder++;
    writeEntry('tracks', track, old, [
      ['title', old === undefined ? (values.title?.value ?? titleFromId(track)) : changed(values.title, d?.title)],
      ['summary', changed(values.summary, d?.summary)],
      ['kind', changed(values.kind, d?.kind)],
      ['order', old === undefined ? order : changed(values.order, d?.order)],
    ]);
    for (const locale of others) {
      const t = values.translations.get(locale);
      writeTranslation(locale, 'tracks', track, old?.file ?? `tracks/${track}.md`, [
        ['title', t?.title?.value],
        ['summary', t?.summary?.value],
      ]);
    }
  }

  const knownCompetencies = new Set([...sheetCompetencies, ...existing.competencies.keys()]);
  for (const level of sheet.levels) {
    const old = existing.levels.get(level.id);
    const d = old?.data;
    const details = planLevelDetails({
      level,
      raw: old === undefined ? {} : rawFrontmatter(target.read(old.file)),
      rawTranslation: (locale) => translationOf(locale, 'levels', level.id)?.data,
      others,
      competencies: knownCompetencies,
      trainings: new Set(target.trainings),
      problem,
      warnings: result.warnings,
      notes: result.notes,
    });
    const own = ownExpectations.get(level.id) ?? new Map<string, number>();
    const expectations =
      old === undefined ? (own.size > 0 ? own : undefined) : sameValue(own, d?.expectations) ? undefined : own;
    writeEntry('levels', level.id, old, [
      ['title', changed(level.title, d?.title)],
      ['summary', changed(level.summary, d?.summary)],
      ['track', changed(level.track, d?.track)],
      ['rank', changed(level.rank, d?.rank)],
      ['grade', changed(level.grade, d?.grade)],
      ['expectations', expectations],
      ...details.fields,
    ]);
    for (const locale of others) {
      const t = level.translations.get(locale);
      writeTranslation(locale, 'levels', level.id, old?.file ?? `levels/${level.id}.md`, [
        ['title', t?.title?.value],
        ['summary', t?.summary?.value],
        ...(details.translations.get(locale) ?? []),
      ]);
    }
  }

  for (const competency of sheet.competencies) {
    const old = existing.competencies.get(competency.id);
    const d = old?.data;
    const plan = indicatorPlans.get(competency.id);
    const indicators = plan === undefined || plan.en.size === 0 ? undefined : plan.en;
    const knowledge =
      competency.knowledge === undefined ||
      competency.knowledge.value.length === 0 ||
      sameValue(competency.knowledge.value, d?.knowledge)
        ? undefined
        : competency.knowledge.value;
    writeEntry('competencies', competency.id, old, [
      ['title', changed(competency.title, d?.title)],
      ['summary', changed(competency.summary, d?.summary)],
      ['area', changed(competency.area, d?.area)],
      ['weight', changed(competency.weight, d?.weight)],
      ['code', changed(competency.code, d?.code)],
      ['order', changed(competency.order, d?.order)],
      ['indicators', indicators === undefined || sameValue(indicators, d?.indicators) ? undefined : indicators],
      ['knowledge', knowledge],
    ]);
    for (const locale of others) {
      const t = competency.translations.get(locale);
      const translated = plan?.translated.get(locale);
      const knowledgeTranslation = translatedList(
        { problem, notes: result.notes },
        locale,
        `knowledge of \`${competency.id}\``,
        competency.knowledgeTranslations.get(locale),
        knowledge ?? d?.knowledge ?? [],
        d?.knowledge ?? [],
        translationOf(locale, 'competencies', competency.id)?.data['knowledge'],
      );
      writeTranslation(locale, 'competencies', competency.id, old?.file ?? `competencies/${competency.id}.md`, [
        ['title', t?.title?.value],
        ['summary', t?.summary?.value],
        ['indicators', translated],
        ['knowledge', knowledgeTranslation],
      ]);
    }
  }

  if (!options.update) {
    const updates = files.filter((f) => f.change === 'update').map((f) => f.path);
    if (updates.length > 0) {
      problem(
        {},
        `the spreadsheet would change ${updates.length} existing file${updates.length === 1 ? '' : 's'} (${updates.slice(0, 5).join(', ')}${updates.length > 5 ? ', …' : ''}), and an import only adds new entries unless asked to update`,
        "to apply the spreadsheet's values to the existing entries, run the import again with --update (everything the spreadsheet does not show stays as it is); otherwise remove those rows and columns from the spreadsheet",
      );
    }
  }
  if (options.update) {
    const untouched = (collection: MatrixCollection, ids: Iterable<string>, inSheet: Set<string>) => {
      const kept = [...ids].filter((id) => !inSheet.has(id));
      if (kept.length > 0) {
        result.notes.push(
          `Not in the spreadsheet, left as they are: ${collection} ${kept.map((id) => `\`${id}\``).join(', ')}.`,
        );
      }
    };
    untouched('levels', existing.levels.keys(), sheetIds);
    untouched('competencies', existing.competencies.keys(), sheetCompetencies);
  }
  if (problems.length > 0) return { ...result, problems: sortProblems(problems), created: noIds(), updated: noIds() };
  return { ...result, files };
}

function headerIndex(sheet: Sheet, column: string): number | undefined {
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
