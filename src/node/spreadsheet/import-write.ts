/**
 * Writing an import's plan: the files to create, and the few fields to change in existing ones (with
 * everything else in them kept as it was). Pure: texts in, texts out.
 */
import type { FieldValue } from './frontmatter.ts';
import { editEntryText, FIELD_ORDER, newEntryText, rawFrontmatter, sameValue } from './frontmatter.ts';
import { titleFromId } from './format.ts';
import { planLevelDetails, translatedList } from './import-details.ts';
import type { IndicatorPlan } from './import-plan.ts';
import type { ImportContext, ImportedFile, MatrixCollection, TrackValues } from './import.ts';
import type { Value } from './read.ts';

/** What an import writes: each entry file, and each translation of it. */
export interface Writer {
  files: ImportedFile[];
  writeEntry: (
    collection: MatrixCollection,
    id: string,
    old: { file: string } | undefined,
    fields: [string, FieldValue | undefined][],
  ) => void;
  writeTranslation: (
    locale: string,
    collection: MatrixCollection,
    id: string,
    entryFile: string,
    fields: [string, FieldValue | undefined][],
  ) => void;
}

/** The writer of one import: its files, and how an entry or a translation is written into them. */
export function createWriter(ctx: ImportContext): Writer {
  const { target, problem, translationOf, result } = ctx;
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
  return { files, writeEntry, writeTranslation };
}

/** The sheet's value when it differs from the entry's (always, for a new entry). */
function changed<T>(value: Value<T> | undefined, current: T | undefined): T | undefined {
  return value === undefined || (current !== undefined && sameValue(value.value, current)) ? undefined : value.value;
}

/** Each track of the sheet: a new file (a title from its id if none is given, the next lattice column), or its changed fields. */
export function writeTracks(
  ctx: ImportContext,
  w: Writer,
  trackIds: readonly string[],
  trackValues: ReadonlyMap<string, TrackValues>,
): void {
  const { target, others, existing } = ctx;
  const { writeEntry, writeTranslation } = w;
  let nextOrder =
    Math.max(
      0,
      ...target.tracks.map((t) => t.data.order),
      ...[...trackValues.values()].flatMap((v) => (v.order === undefined ? [] : [v.order.value])),
    ) + 1;
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
}

/** Each level of the sheet, with its expectations, details and criteria, and its translations. */
export function writeLevels(
  ctx: ImportContext,
  w: Writer,
  ownExpectations: ReadonlyMap<string, Map<string, number>>,
): void {
  const { sheet, target, others, problem, existing, translationOf, result } = ctx;
  const { writeEntry, writeTranslation } = w;
  const knownCompetencies = new Set([...ctx.sheetCompetencies, ...existing.competencies.keys()]);
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
}

/** Each competency of the sheet, with its indicators and knowledge, and its translations. */
export function writeCompetencies(
  ctx: ImportContext,
  w: Writer,
  indicatorPlans: ReadonlyMap<string, IndicatorPlan>,
): void {
  const { sheet, others, problem, existing, translationOf, result } = ctx;
  const { writeEntry, writeTranslation } = w;
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
}
