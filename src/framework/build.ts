/**
 * Turns the raw content into one normalised framework per locale and checks its integrity.
 *
 * Pure: no file system, no Astro, no DOM. Every problem is collected (never thrown) so one run
 * reports everything; when there are errors, `frameworks` is null.
 */
import { checkAuthoring } from './authoring.ts';
import { checkBrand } from './brand.ts';
import {
  applyPolicy,
  DiagnosticList,
  sortDiagnostics,
  suggestId,
  unknownIdFix,
  type CheckPolicy,
  type Diagnostic,
} from './diagnostics.ts';
import type {
  Competency,
  EntryMeta,
  Expectation,
  CriteriaScale,
  Framework,
  Level,
  LevelCriterion,
  Recognition,
  Track,
  Training,
} from './model.ts';
import { fieldsOf, parseWithSchema } from './parse.ts';
import {
  COLLECTIONS,
  RESERVED_PAGE_IDS,
  collectionSchemas,
  isValidId,
  settingsSchema,
  idFrom,
  isLocaleId,
  TRAINING_PHASES,
  FIT_WEIGHT,
  DEFAULT_CRITERIA_MEETS,
  type CollectionDataMap,
  type CollectionName,
  type CriterionData,
  type Locale,
  type LocalizedText,
  type SettingsData,
} from './schema.ts';
import type { ContentSource, SourceEntry, TranslationSource } from './source.ts';
import { englishText, isUiKey, placeholdersOf, RETIRED_UI_KEYS, UI_KEYS, type UiKey } from '../i18n/keys.ts';
import { translator } from '../i18n/index.ts';
import { placeholderFields } from './placeholders.ts';
import { overlayTranslation, TEXT_SHAPES } from './translation.ts';
import { structureVersion } from './version.ts';

export interface BuildOptions {
  /** Treat warnings as errors (`npm run check -- --strict`, CI), except rules the policy sets. */
  strict?: boolean;
}

export interface BuildResult {
  /** One framework per published locale; null when there are errors. */
  frameworks: Record<Locale, Framework> | null;
  /** Every problem found, sorted by file. */
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
  /** The framework's check policy (`checks:` in framework.yaml) the diagnostics were judged by. */
  policy: CheckPolicy;
  /** Tracks and levels marked `draft: true`, which no framework holds: `trackbook new` builds on them. */
  drafts: DraftLadders;
  /**
   * Whether the checks that need the whole framework ran (the shape of each ladder, the use of
   * trainings, undescribed steps): they run only on content without errors.
   */
  wholeChecked: boolean;
}

export interface DraftLadders {
  tracks: string[];
  levels: { id: string; track: string; rank: number }[];
}

/** What each collection's entries are called in messages. */
const NOUN: Record<CollectionName, string> = {
  tracks: 'track',
  levels: 'level',
  competencies: 'competency',
  trainings: 'training',
  recognition: 'recognition programme',
  pages: 'page',
  fit: 'career-fit question',
};

interface Valid<C extends CollectionName> {
  src: SourceEntry;
  data: CollectionDataMap[C];
}

type ValidIndex = { [C in CollectionName]: Map<string, Valid<C>> } & {
  /** `collection/id` of entries that exist but are invalid: their own errors say why. */
  broken: Set<string>;
};

/** Builds the frameworks and reports every problem found. */
export async function buildFrameworks(source: ContentSource, options: BuildOptions = {}): Promise<BuildResult> {
  const list = new DiagnosticList();
  const settings = checkSettings(source, list);
  if (settings !== null) checkBrand(settings.brand, source.settings?.file ?? '', source.files, list);
  const index = parseEntries(source.entries, list);
  if (settings !== null) checkReferences(index, settings, list);
  const ladders = checkLadders(index, list, settings);
  const translations =
    settings === null ? new Map() : checkTranslations(source.translations, index, settings, list, source.entries);

  // Frameworks are assembled only from content without errors; the authoring checks need them. An
  // entry that could not be read at all (its error is the reader's) leaves the framework unknown too:
  // without it, a ladder would only seem to have a gap.
  let frameworks: Record<Locale, Framework> | null = null;
  if (list.errors.length === 0 && index.broken.size === 0 && settings !== null) {
    frameworks = {};
    for (const locale of settings.locales) {
      frameworks[locale] = assemble(locale, settings, index, ladders, translations);
    }
    // The version depends on structure only, so it is the same in every locale.
    const version = await structureVersion(frameworks[settings.defaultLocale] as Framework);
    const fitVersion = await structureVersion((frameworks[settings.defaultLocale] as Framework).fit);
    for (const framework of Object.values(frameworks)) {
      framework.version = version;
      framework.fit.version = fitVersion;
    }
    checkAuthoring(frameworks[settings.defaultLocale] as Framework, list);
  }

  const policy: CheckPolicy = settings?.checks ?? {};
  const diagnostics = sortDiagnostics(applyPolicy(list.items, policy, options.strict));
  const errorCount = diagnostics.filter((d) => d.severity === 'error').length;
  const warningCount = diagnostics.length - errorCount;
  const drafts: DraftLadders = {
    tracks: [...index.tracks.values()].filter((t) => t.data.draft).map((t) => t.src.id),
    levels: [...index.levels.values()]
      .filter((l) => l.data.draft)
      .map((l) => ({ id: l.src.id, track: l.data.track, rank: l.data.rank })),
  };
  return {
    frameworks: errorCount > 0 ? null : frameworks,
    diagnostics,
    errorCount,
    warningCount,
    policy,
    drafts,
    wholeChecked: frameworks !== null,
  };
}

// ---------------------------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------------------------

function checkSettings(source: ContentSource, list: DiagnosticList): SettingsData | null {
  if (source.settings === null) {
    list.error(
      'settings',
      'framework.yaml',
      '',
      'the framework settings file is missing',
      'create `content/framework.yaml` with name, locales, scale, grades and areas (see content/README.md)',
    );
    return null;
  }
  const { file } = source.settings;
  // A file the reader could not read (its YAML error is reported) has no settings to check.
  if (source.settings.data === undefined) return null;
  const settings = parseWithSchema(settingsSchema, source.settings.data, file, list);
  if (settings === null) return null;
  const before = list.errors.length;
  if (!settings.locales.includes(settings.defaultLocale)) {
    list.error(
      'settings',
      file,
      'locales',
      `the default locale \`${settings.defaultLocale}\` is not in \`locales\``,
      `add \`${settings.defaultLocale}\` to \`locales\``,
    );
  }
  checkScaleOrder(settings, file, list);
  checkSettingsIds(settings, file, list);
  checkDefaultTexts(settings, file, list);
  checkAreaGroups(settings, file, list);
  checkCurrencies(settings, file, list);
  checkCriteriaScale(settings, file, list);
  checkUiWording(settings, file, list);
  return list.errors.length === before ? settings : null;
}

/** The lists of `framework.yaml` whose items have ids. */
const SETTINGS_LISTS = ['grades', 'groups', 'areas', 'metrics', 'assessments'] as const;

/** The scale's steps go from lowest to highest, each once. */
function checkScaleOrder(settings: SettingsData, file: string, list: DiagnosticList): void {
  settings.scale.forEach((s, i) => {
    const prev = settings.scale[i - 1];
    if (prev !== undefined && s.step <= prev.step) {
      list.error(
        'settings',
        file,
        `scale[${i}].step`,
        `step ${s.step} comes after step ${prev.step}`,
        'list the steps from lowest to highest, each once',
      );
    }
  });
}

/** No id twice in a list of the settings. */
function checkSettingsIds(settings: SettingsData, file: string, list: DiagnosticList): void {
  for (const key of SETTINGS_LISTS) {
    const seen = new Set<string>();
    settings[key].forEach((item, i) => {
      if (seen.has(item.id)) {
        list.error(
          'duplicate-id',
          file,
          `${key}[${i}].id`,
          `\`${item.id}\` is listed twice in ${key}`,
          'give each a different id',
        );
      }
      seen.add(item.id);
    });
  }
}

/**
 * Every label of the settings has the default locale's text (other locales fall back), and no text
 * in a locale the handbook does not have: said once per such locale, at its first label (a mistyped
 * `locales:` would otherwise give a message for every label).
 */
function checkDefaultTexts(settings: SettingsData, file: string, list: DiagnosticList): void {
  const foreign = new Map<string, string[]>();
  const requireDefault = (text: LocalizedText, field: string) => {
    if (text[settings.defaultLocale] === undefined) {
      list.error(
        'missing-default-text',
        file,
        `${field}.${settings.defaultLocale}`,
        `no ${settings.defaultLocale} text`,
        `add \`${settings.defaultLocale}: …\``,
      );
    }
    for (const locale of Object.keys(text)) {
      if (locale !== settings.defaultLocale && !(settings.locales as string[]).includes(locale)) {
        foreign.set(locale, [...(foreign.get(locale) ?? []), `${field}.${locale}`]);
      }
    }
  };
  requireDefault(settings.name, 'name');
  settings.scale.forEach((s, i) => requireDefault(s.label, `scale[${i}].label`));
  for (const key of SETTINGS_LISTS) {
    settings[key].forEach((item, i) => requireDefault(item.label, `${key}[${i}].label`));
  }
  settings.criteriaScale.ratings?.forEach((rating, i) => requireDefault(rating, `criteriaScale.ratings[${i}]`));
  for (const [locale, fields] of foreign) {
    const more =
      fields.length > 1 ? ` (here and in ${fields.length - 1} more label${fields.length > 2 ? 's' : ''})` : '';
    // `locales: [en, zh]` with labels in `zh-cn`: the list is what is mistyped.
    const short = settings.locales.find((l) => locale.startsWith(`${l}-`));
    list.error(
      'translation-locale',
      file,
      short === undefined ? (fields[0] ?? '') : 'locales',
      `\`${locale}\` is not one of the locales (${settings.locales.join(', ')})${more}`,
      short !== undefined
        ? `write \`${locale}\` for \`${short}\` in \`locales\``
        : isLocaleId(locale)
          ? `add \`${locale}\` to \`locales\`, or remove this text`
          : `use ${settings.locales.map((l) => `\`${l}\``).join(' or ')}`,
    );
  }
}

/** The rating that counts as met is one of the criteria scale's ratings, and not the first. */
function checkCriteriaScale(settings: SettingsData, file: string, list: DiagnosticList): void {
  const ratings = settings.criteriaScale.ratings?.length ?? DEFAULT_RATING_KEYS.length;
  const meets = settings.criteriaScale.meets ?? DEFAULT_CRITERIA_MEETS;
  if (meets >= ratings) {
    list.error(
      'settings',
      file,
      settings.criteriaScale.meets === undefined ? 'criteriaScale.ratings' : 'criteriaScale.meets',
      `rating ${meets} (counting from 0) is the first that counts as met, but there are only ${ratings} ratings`,
      `set \`meets:\` to a number from 1 to ${ratings - 1}`,
    );
  }
}

/** With `groups`, every area names one of them; without, no area names a group. */
function checkAreaGroups(settings: SettingsData, file: string, list: DiagnosticList): void {
  const groups = settings.groups.map((g) => g.id);
  settings.areas.forEach((area, i) => {
    const field = `areas[${i}].group`;
    if (area.group === undefined) {
      if (groups.length > 0) {
        list.error(
          'invalid-field',
          file,
          field,
          `the area \`${area.id}\` names no group, although the framework has groups`,
          `add \`group: ${groups[0]}\` (or another of ${groups.map((g) => `\`${g}\``).join(', ')})`,
        );
      }
    } else if (!groups.includes(area.group)) {
      list.error(
        'unknown-reference',
        file,
        field,
        `unknown group \`${area.group}\``,
        unknownIdFix(area.group, groups, 'list it under `groups:` with an id and a label'),
      );
    }
  });
}

/** A currency metric names its currency (ISO 4217); no other metric names one. */
function checkCurrencies(settings: SettingsData, file: string, list: DiagnosticList): void {
  const known = new Set(Intl.supportedValuesOf('currency'));
  settings.metrics.forEach((m, i) => {
    const field = `metrics[${i}].currency`;
    if (m.unit !== 'currency') {
      if (m.currency !== undefined) {
        list.error(
          'settings',
          file,
          field,
          `\`${m.id}\` is measured in ${m.unit}, not in a currency`,
          'remove `currency`, or set `unit: currency`',
        );
      }
    } else if (m.currency === undefined) {
      list.error(
        'settings',
        file,
        `metrics[${i}].unit`,
        `\`${m.id}\` is measured in a currency but does not say which`,
        'add its ISO 4217 code, e.g. `currency: EUR`',
      );
    } else if (!known.has(m.currency)) {
      const upper = m.currency.toUpperCase();
      list.error(
        'settings',
        file,
        field,
        `\`${m.currency}\` is not an ISO 4217 currency code`,
        known.has(upper) ? `write \`${upper}\`` : 'write the three-letter code, e.g. `EUR`, `USD` or `CNY`',
      );
    }
  });
}

/** `ui:`: known locales, known keys (with a guess for a typo), and only the placeholders each fills. */
function checkUiWording(settings: SettingsData, file: string, list: DiagnosticList): void {
  for (const [locale, strings] of Object.entries(settings.ui)) {
    if (!(settings.locales as string[]).includes(locale)) {
      list.error(
        'translation-locale',
        file,
        `ui.${locale}`,
        `\`${locale}\` is not one of the locales (${settings.locales.join(', ')})`,
        `use ${settings.locales.map((l) => `\`${l}\``).join(' or ')}`,
      );
      continue;
    }
    for (const [key, text] of Object.entries(strings)) {
      const field = `ui.${locale}.${key}`;
      if (RETIRED_UI_KEYS.includes(key)) {
        list.warn(
          'retired-ui-string',
          file,
          field,
          `\`${key}\` is a UI string this version of Trackbook no longer shows, so the wording is not used`,
          `remove \`${key}\` from \`ui.${locale}\``,
        );
        continue;
      }
      if (!isUiKey(key)) {
        const guess = suggestId(key, UI_KEYS);
        list.error(
          'unknown-field',
          file,
          field,
          `\`${key}\` is not a UI string`,
          guess === undefined ? 'the keys are listed in the README (UI wording)' : `did you mean \`${guess}\`?`,
        );
        continue;
      }
      const allowed = placeholdersOf(englishText(key));
      const unknown = placeholdersOf(text).filter((name) => !allowed.includes(name));
      if (unknown.length > 0) {
        list.error(
          'invalid-field',
          file,
          field,
          `\`{${unknown[0]}}\` is not filled in here`,
          allowed.length === 0
            ? 'this text takes no placeholders: remove the braces'
            : `this text can use ${allowed.map((n) => `\`{${n}}\``).join(', ')}`,
        );
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Entries: schema, ids, duplicates
// ---------------------------------------------------------------------------------------------

/**
 * The collection a file saved in the wrong folder belongs to: two or more of its fields are not its
 * folder's, and every one of them is another collection's (a level saved in `competencies/`). One
 * message to move it, rather than one per field.
 */
function homeOf(src: SourceEntry): CollectionName | undefined {
  if (src.data === null || typeof src.data !== 'object' || Array.isArray(src.data)) return undefined;
  const keys = Object.keys(src.data);
  const own = fieldsOf(collectionSchemas[src.collection]);
  if (keys.filter((k) => !own.includes(k)).length < 2) return undefined;
  return COLLECTIONS.find((c) => c !== src.collection && keys.every((k) => fieldsOf(collectionSchemas[c]).includes(k)));
}

function parseEntries(entries: readonly SourceEntry[], list: DiagnosticList): ValidIndex {
  const index = {
    ...Object.fromEntries(COLLECTIONS.map((c) => [c, new Map()])),
    broken: new Set<string>(),
  } as ValidIndex;
  const firstFile = new Map<string, string>();
  for (const src of entries) {
    if (!isValidId(src.id)) {
      // `agent-1.md.md` is `agent-1`, not `agent-1-md`.
      const suggested = idFrom(src.id.replace(/\.(md|mdx|markdown)$/i, ''));
      // What names the entry by the id it should have is not reported as well: one mistake, one message.
      if (isValidId(suggested)) index.broken.add(`${src.collection}/${suggested}`);
      list.error(
        'invalid-id',
        src.file,
        '',
        `\`${src.id}\` is not a valid id: ids are lowercase words joined by hyphens`,
        `rename the file to \`${suggested || 'my-entry'}${src.file.slice(src.file.lastIndexOf('.'))}\``,
      );
      continue;
    }
    const key = `${src.collection}/${src.id}`;
    const earlier = firstFile.get(key);
    if (earlier !== undefined) {
      list.error(
        'duplicate-id',
        src.file,
        '',
        `the id \`${src.id}\` is already used by ${earlier}`,
        'ids must be unique within a collection: rename one of the two files',
      );
      continue;
    }
    firstFile.set(key, src.file);
    if (src.collection === 'pages' && (RESERVED_PAGE_IDS as readonly string[]).includes(src.id)) {
      list.error(
        'reserved-id',
        src.file,
        '',
        `\`${src.id}\` cannot be a page id: \`/{locale}/${src.id}/\` is already one of the handbook's own sections`,
        `rename the file, e.g. to \`${src.id}-guide${src.file.slice(src.file.lastIndexOf('.'))}\``,
      );
      index.broken.add(key);
      continue;
    }
    if (src.unreadable) {
      index.broken.add(key);
      continue;
    }
    const home = homeOf(src);
    if (home !== undefined) {
      const fields = Object.keys(src.data as object).filter(
        (k) => !fieldsOf(collectionSchemas[src.collection]).includes(k),
      );
      list.error(
        'wrong-folder',
        src.file,
        '',
        `this file is in \`${src.collection}/\`, but its fields (${fields.map((f) => `\`${f}\``).join(', ')}) are those of a ${NOUN[home]}`,
        `move it to \`${home}/\``,
      );
      index.broken.add(key);
      continue;
    }
    const data = parseWithSchema(collectionSchemas[src.collection], src.data, src.file, list);
    if (data === null) index.broken.add(key);
    else (index[src.collection] as Map<string, Valid<CollectionName>>).set(src.id, { src, data });
  }
  return index;
}

// ---------------------------------------------------------------------------------------------
// References between entries and to the settings
// ---------------------------------------------------------------------------------------------

function checkReferences(index: ValidIndex, settings: SettingsData, list: DiagnosticList): void {
  const r = referenceCheck(index, settings, list);
  for (const level of index.levels.values()) checkLevelReferences(r, level);
  for (const competency of index.competencies.values()) checkCompetencyReferences(r, competency);
  for (const training of index.trainings.values()) checkTrainingReferences(r, training);
  checkPrerequisiteCycles(index, list);
  checkCompetencyCodes(index, list);
  for (const recognition of index.recognition.values()) {
    recognition.data.levels.forEach((l, i) => r.entry(recognition, `levels[${i}]`, 'levels', l));
    recognition.data.competencies.forEach((c, i) => r.entry(recognition, `competencies[${i}]`, 'competencies', c));
  }

  for (const question of index.fit.values()) {
    question.data.options.forEach((option, i) => {
      for (const [track, weight] of Object.entries(option.tracks)) {
        r.entry(question, `options[${i}].tracks.${track}`, 'tracks', track);
        fitWeight(question, `options[${i}].tracks.${track}`, weight, list);
      }
      for (const [competency, weight] of Object.entries(option.competencies)) {
        r.entry(question, `options[${i}].competencies.${competency}`, 'competencies', competency);
        fitWeight(question, `options[${i}].competencies.${competency}`, weight, list);
      }
    });
  }
  checkFitReach(index, list);
}

/** The checks every reference shares: to an entry, to the settings, to a step of the scale. */
interface ReferenceCheck {
  index: ValidIndex;
  settings: SettingsData;
  list: DiagnosticList;
  steps: readonly number[];
  /** Checks that `id` names a published entry of `collection` (drafts may link to drafts). */
  entry: (from: Valid<CollectionName>, field: string, collection: CollectionName, id: string) => boolean;
  /** Checks that `id` is one of the settings' grades, areas, metrics or assessments. */
  setting: (
    from: Valid<CollectionName>,
    field: string,
    kind: 'grade' | 'area' | 'metric' | 'assessment',
    id: string,
  ) => boolean;
  /** Checks that `value` is a step of the proficiency scale. */
  step: (from: Valid<CollectionName>, field: string, value: number) => void;
}

function referenceCheck(index: ValidIndex, settings: SettingsData, list: DiagnosticList): ReferenceCheck {
  const steps = settings.scale.map((s) => s.step);
  const minStep = Math.min(...steps);
  const maxStep = Math.max(...steps);
  const settingsIds = {
    grade: settings.grades.map((g) => g.id),
    area: settings.areas.map((a) => a.id),
    metric: settings.metrics.map((m) => m.id),
    assessment: settings.assessments.map((a) => a.id),
  };

  const entry = (from: Valid<CollectionName>, field: string, collection: CollectionName, id: string): boolean => {
    const target = index[collection].get(id);
    if (target === undefined && index.broken.has(`${collection}/${id}`)) return false;
    if (target === undefined) {
      list.error(
        'unknown-reference',
        from.src.file,
        field,
        `unknown ${NOUN[collection]} \`${id}\``,
        unknownIdFix(id, index[collection].keys(), `create \`content/${collection}/${id}.md\``),
      );
      return false;
    }
    if (target.data.draft && !from.data.draft) {
      list.error(
        'draft-reference',
        from.src.file,
        field,
        `links to the draft ${NOUN[collection]} \`${id}\` (${target.src.file}), which will not be published`,
        `publish it (remove \`draft: true\` from ${target.src.file}) or remove this link`,
      );
    }
    return true;
  };
  const setting = (from: Valid<CollectionName>, field: string, kind: keyof typeof settingsIds, id: string): boolean => {
    if (settingsIds[kind].includes(id)) return true;
    list.error(
      'unknown-reference',
      from.src.file,
      field,
      `unknown ${kind} \`${id}\``,
      unknownIdFix(id, settingsIds[kind], `add it to the ${kind}s in framework.yaml`),
    );
    return false;
  };
  const step = (from: Valid<CollectionName>, field: string, value: number): void => {
    if (value < minStep || value > maxStep || !steps.includes(value)) {
      list.error(
        'step-outside-scale',
        from.src.file,
        field,
        `step ${value} is not on the proficiency scale (${steps.join(', ')})`,
        `use a step from ${minStep} to ${maxStep}`,
      );
    }
  };

  return { index, settings, list, steps, entry, setting, step };
}

/**
 * A target, a band's bound or a probation target that is valid but most likely a slip: a percentage
 * written as a fraction (`0.85` for 85 %) where higher is better, or 0 where lower is better (met only
 * by a perfect record). Checked on each level's own values, so a mistake elsewhere never hides it.
 */
function checkTargetValue(
  list: DiagnosticList,
  file: string,
  field: string,
  metric: { id: string; unit: string; direction: string },
  value: number,
  promotion: boolean,
): void {
  const bound = field.slice(field.lastIndexOf('.') + 1);
  if (metric.unit === 'percent' && metric.direction === 'higher' && bound !== 'max' && value > 0 && value <= 1) {
    list.warn(
      'metric-target-fraction',
      file,
      field,
      `${value} % for \`${metric.id}\` looks like a fraction: percentages are written from 0 to 100`,
      `write ${Math.round(value * 100)} for ${Math.round(value * 100)} %`,
    );
  }
  if (metric.direction === 'lower' && bound !== 'min' && value === 0) {
    list.warn(
      'metric-target-zero',
      file,
      field,
      `\`${metric.id}\` is better lower, and ${bound === 'max' ? 'a band of at most 0' : 'a target of 0'} is met only by a perfect record`,
      promotion ? 'give the highest value still acceptable for promotion' : 'give the highest value still acceptable',
    );
  }
}

function checkLevelReferences(r: ReferenceCheck, level: Valid<'levels'>): void {
  const { index, settings, list, entry, setting, step } = r;
  const d = level.data;
  entry(level, 'track', 'tracks', d.track);
  setting(level, 'grade', 'grade', d.grade);
  for (const [competency, value] of Object.entries(d.expectations)) {
    entry(level, `expectations.${competency}`, 'competencies', competency);
    step(level, `expectations.${competency}`, value);
  }
  for (const competency of Object.keys(d.criteria)) {
    entry(level, `criteria.${competency}`, 'competencies', competency);
  }
  d.allowLowerExpectations.forEach((c, i) => entry(level, `allowLowerExpectations[${i}]`, 'competencies', c));
  /** A metric named at `field` exists, and each value given for it fits its unit. */
  const metricValues = (field: string, id: string, values: [string, number | undefined][]) => {
    if (!setting(level, `${field}.metric`, 'metric', id)) return;
    const metric = settings.metrics.find((x) => x.id === id);
    for (const [key, value] of values) {
      if (value === undefined || metric === undefined) continue;
      if (metric.unit === 'percent' && (value < 0 || value > 100)) {
        list.error(
          'metric-target',
          level.src.file,
          `${field}.${key}`,
          `${value} is not a percentage`,
          `give \`${id}\` ${key === 'target' ? 'a target' : `a \`${key}\``} from 0 to 100`,
        );
      } else checkTargetValue(list, level.src.file, `${field}.${key}`, metric, value, field.startsWith('promotion'));
    }
  };
  d.kpis.forEach((k, i) =>
    metricValues(`kpis[${i}]`, k.metric, [
      ['min', k.min],
      ['max', k.max],
    ]),
  );
  d.probation?.metrics.forEach((m, i) => metricValues(`probation.metrics[${i}]`, m.metric, [['target', m.target]]));
  if (d.promotion !== undefined) {
    d.promotion.metrics.forEach((m, i) => metricValues(`promotion.metrics[${i}]`, m.metric, [['target', m.target]]));
    d.promotion.trainings.forEach((t, i) => entry(level, `promotion.trainings[${i}]`, 'trainings', t));
    d.promotion.assessments.forEach((a, i) => setting(level, `promotion.assessments[${i}]`, 'assessment', a));
  }
  if (d.overlayOf !== undefined && entry(level, 'overlayOf', 'levels', d.overlayOf))
    checkOverlay(index, level, d.overlayOf, list);
  d.lateralMoves.forEach((move, i) => {
    const field = `lateralMoves[${i}].to`;
    if (!entry(level, field, 'levels', move.to)) return;
    const target = index.levels.get(move.to);
    if (target !== undefined && target.data.track === d.track) {
      list.error(
        'lateral-move-same-track',
        level.src.file,
        field,
        `\`${move.to}\` is on the same track (\`${d.track}\`); a lateral move goes to another track`,
        'moves up the same track are described by `promotion`; remove this lateral move',
      );
    }
  });
}

function checkCompetencyReferences(r: ReferenceCheck, competency: Valid<'competencies'>): void {
  const { list, steps, setting, step } = r;
  setting(competency, 'area', 'area', competency.data.area);
  for (const key of Object.keys(competency.data.indicators)) {
    const value = Number(key);
    if (!Number.isInteger(value)) {
      list.error(
        'step-outside-scale',
        competency.src.file,
        `indicators.${key}`,
        `\`${key}\` is not a proficiency step`,
        `use the steps ${steps.join(', ')} as keys`,
      );
    } else step(competency, `indicators.${key}`, value);
  }
}

function checkTrainingReferences(r: ReferenceCheck, training: Valid<'trainings'>): void {
  const { entry, step } = r;
  const d = training.data;
  d.tracks.forEach((t, i) => entry(training, `tracks[${i}]`, 'tracks', t));
  d.levels.forEach((l, i) => entry(training, `levels[${i}]`, 'levels', l));
  d.prerequisites.forEach((p, i) => entry(training, `prerequisites[${i}]`, 'trainings', p));
  d.mandatoryFor.forEach((l, i) => entry(training, `mandatoryFor[${i}]`, 'levels', l));
  for (const [competency, value] of Object.entries(d.develops)) {
    entry(training, `develops.${competency}`, 'competencies', competency);
    step(training, `develops.${competency}`, value);
  }
}

/** A role held on top of a level: of another track, not itself a role, and of that level's grade. */
function checkOverlay(index: ValidIndex, role: Valid<'levels'>, baseId: string, list: DiagnosticList): void {
  const base = index.levels.get(baseId);
  if (base === undefined) return;
  const file = role.src.file;
  if (base.data.track === role.data.track) {
    list.error(
      'overlay',
      file,
      'overlayOf',
      `\`${baseId}\` is on the same track (\`${role.data.track}\`); a role is held on top of a level of another track`,
      'point `overlayOf` to the level of another track the role is held with, or remove it',
    );
  } else if (base.data.overlayOf !== undefined) {
    list.error(
      'overlay',
      file,
      'overlayOf',
      `\`${baseId}\` is itself a role held on top of \`${base.data.overlayOf}\``,
      `point \`overlayOf\` to \`${base.data.overlayOf}\`, the level both are held with`,
    );
  } else if (base.data.grade !== role.data.grade) {
    list.error(
      'overlay',
      file,
      'grade',
      `a role keeps the grade of the level it is held on: \`${baseId}\` has \`${base.data.grade}\``,
      `write \`grade: ${base.data.grade}\``,
    );
  }
}

function fitWeight(from: Valid<'fit'>, field: string, weight: number, list: DiagnosticList): void {
  if (Number.isInteger(weight) && weight >= FIT_WEIGHT.min && weight <= FIT_WEIGHT.max) return;
  const nearest = Math.min(FIT_WEIGHT.max, Math.max(FIT_WEIGHT.min, Math.round(weight)));
  list.error(
    'fit-weight',
    from.src.file,
    field,
    `weight ${weight} is outside ${FIT_WEIGHT.min}–${FIT_WEIGHT.max}`,
    weight <= 0
      ? 'leave the entry out for an answer that does not point there'
      : `use a whole number from ${FIT_WEIGHT.min} (a little) to ${FIT_WEIGHT.max} (strongly), e.g. ${nearest}`,
  );
}

/**
 * With career-fit questions, every published track must be reachable from some published answer:
 * a track no answer points to could never come first, which the person would read as a verdict.
 */
function checkFitReach(index: ValidIndex, list: DiagnosticList): void {
  const questions = [...index.fit.values()].filter((q) => !q.data.draft);
  if (questions.length === 0) return;
  const reached = new Set(questions.flatMap((q) => q.data.options.flatMap((o) => Object.keys(o.tracks))));
  const first = questions.sort((a, b) => a.src.file.localeCompare(b.src.file))[0] as Valid<'fit'>;
  for (const track of index.tracks.values()) {
    if (track.data.draft || reached.has(track.src.id)) continue;
    list.error(
      'fit-unreachable-track',
      track.src.file,
      '',
      `no career-fit answer points to the track \`${track.src.id}\`, so the fit result can never suggest it`,
      `give it a weight in an answer, e.g. \`${track.src.id}: 2\` under \`tracks:\` of an answer in ${first.src.file}`,
    );
  }
}

/** A code names one competency: two with the same code (in any case) are reported with both files. */
function checkCompetencyCodes(index: ValidIndex, list: DiagnosticList): void {
  const byCode = new Map<string, Valid<'competencies'>>();
  const sorted = [...index.competencies.values()].sort((a, b) => a.src.file.localeCompare(b.src.file));
  for (const competency of sorted) {
    const code = competency.data.code;
    if (code === undefined) continue;
    const earlier = byCode.get(code.toUpperCase());
    if (earlier === undefined) {
      byCode.set(code.toUpperCase(), competency);
      continue;
    }
    list.error(
      'duplicate-code',
      competency.src.file,
      'code',
      `the code \`${code}\` is also used by ${earlier.src.file}`,
      `give each competency its own code, e.g. \`${nextCode(code, index)}\``,
    );
  }
}

/** The first unused code with the same letters: `K3` after K1, K2 and a second K2. */
function nextCode(code: string, index: ValidIndex): string {
  const letters = code.replace(/[0-9]+$/, '');
  const used = new Set([...index.competencies.values()].map((c) => c.data.code?.toUpperCase()));
  let n = 1;
  while (used.has(`${letters}${n}`.toUpperCase())) n++;
  return `${letters}${n}`;
}

/** Reports each prerequisite cycle once, naming every training on it. */
function checkPrerequisiteCycles(index: ValidIndex, list: DiagnosticList): void {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const reported = new Set<string>();
  const visit = (id: string): void => {
    state.set(id, 'visiting');
    stack.push(id);
    for (const next of index.trainings.get(id)?.data.prerequisites ?? []) {
      if (!index.trainings.has(next)) continue;
      if (state.get(next) === 'visiting') {
        const cycle = [...stack.slice(stack.indexOf(next)), next];
        const key = [...new Set(cycle)].sort().join(',');
        if (!reported.has(key)) {
          reported.add(key);
          const first = index.trainings.get(next);
          list.error(
            'prerequisite-cycle',
            first?.src.file ?? `trainings/${next}.md`,
            'prerequisites',
            `prerequisites go round in a circle: ${cycle.map((c) => `\`${c}\``).join(' → ')}`,
            'nobody could ever start any of these trainings: remove one of the prerequisites on this circle',
          );
        }
      } else if (state.get(next) === undefined) visit(next);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of [...index.trainings.keys()].sort()) if (!state.has(id)) visit(id);
}

// ---------------------------------------------------------------------------------------------
// Ladders: ranks, inheritance of expectations, promotion criteria
// ---------------------------------------------------------------------------------------------

interface Ladders {
  /** Track id → published levels, lowest rank first. */
  published: Map<string, Valid<'levels'>[]>;
  /** Level id → effective expectations. */
  expectations: Map<string, Expectation[]>;
  /** Level id → competency → the level whose criterion applies (own or inherited), in competency order. */
  criteria: Map<string, CriterionSource[]>;
}

interface CriterionSource {
  competency: string;
  setBy: string;
}

function checkLadders(index: ValidIndex, list: DiagnosticList, settings: SettingsData | null): Ladders {
  const byTrack = new Map<string, Valid<'levels'>[]>();
  for (const level of index.levels.values()) {
    // A level on an unknown track is already reported; checking its "ladder" would only add noise.
    if (!index.tracks.has(level.data.track)) continue;
    const ladder = byTrack.get(level.data.track) ?? [];
    ladder.push(level);
    byTrack.set(level.data.track, ladder);
  }
  const competencyOrder = orderedCompetencies(index, settings);
  const published = new Map<string, Valid<'levels'>[]>();
  const expectations = new Map<string, Expectation[]>();
  const criteria = new Map<string, CriterionSource[]>();

  // A role held on top of a level starts from that level's expectations: tracks with roles come last.
  const hasRoles = (levels: Valid<'levels'>[]) => levels.some((l) => l.data.overlayOf !== undefined);
  const tracksInOrder = [...byTrack].sort(([, a], [, b]) => Number(hasRoles(a)) - Number(hasRoles(b)));
  for (const [track, levels] of tracksInOrder) {
    levels.sort((a, b) => a.data.rank - b.data.rank || a.src.id.localeCompare(b.src.id));
    checkRanks(track, levels, list);
    inheritExpectations(index, levels, competencyOrder, expectations, list, settings);
    inheritCriteria(levels, competencyOrder, criteria, (l) => overlayBase(index, l, expectations)?.level.src.id);

    const live = levels.filter((l) => !l.data.draft);
    published.set(track, live);
    checkBands(track, live, list);
    // With an invalid level somewhere, the shape of the ladder is unknown: its own error says why,
    // and guessing which level is on top would only add misleading warnings.
    if ([...index.broken].some((key) => key.startsWith('levels/'))) continue;
    checkPromotions(track, live, list);
  }
  return { published, expectations, criteria };
}

/** Each level of a track has its own rank. */
function checkRanks(track: string, levels: readonly Valid<'levels'>[], list: DiagnosticList): void {
  levels.forEach((level, i) => {
    const other = levels[i - 1];
    if (other !== undefined && other.data.rank === level.data.rank) {
      list.error(
        'duplicate-rank',
        level.src.file,
        'rank',
        `rank ${level.data.rank} on track \`${track}\` is also used by \`${other.src.id}\` (${other.src.file})`,
        `give each level of the track its own rank, e.g. \`rank: ${Math.max(...levels.map((l) => l.data.rank)) + 1}\``,
      );
    }
  });
}

/**
 * Each level's effective expectations, its own over those of the level below (or, for a role held on
 * top of a level, of that level), in competency order. Inheritance runs over every level (drafts
 * included) so that a draft is checked like the rest; a drop going up the track is warned of.
 */
function inheritExpectations(
  index: ValidIndex,
  levels: readonly Valid<'levels'>[],
  competencyOrder: readonly string[],
  expectations: Map<string, Expectation[]>,
  list: DiagnosticList,
  settings: SettingsData | null,
): void {
  const onScale = (step: number) => settings === null || settings.scale.some((s) => s.step === step);
  let inherited = new Map<string, Expectation>();
  let below: Valid<'levels'> | undefined;
  for (const level of levels) {
    const own = level.data.expectations;
    const base = overlayBase(index, level, expectations);
    if (base !== undefined) {
      inherited = new Map([...inherited, ...base.expectations.map((e) => [e.competency, e] as const)]);
      below = base.level;
    }
    const effective = new Map(inherited);
    for (const [competency, step] of Object.entries(own)) {
      const previous = inherited.get(competency);
      if (
        previous !== undefined &&
        below !== undefined &&
        step < previous.step &&
        onScale(step) &&
        onScale(previous.step) &&
        !level.data.allowLowerExpectations.includes(competency)
      ) {
        list.warn(
          'expectation-drop',
          level.src.file,
          `expectations.${competency}`,
          `expectation drops from ${previous.step} (at \`${below.src.id}\`) to ${step} going up the track`,
          `raise it to at least ${previous.step}, or list \`${competency}\` under \`allowLowerExpectations\` if the drop is intended`,
        );
      }
      effective.set(competency, { competency, step, setBy: level.src.id });
    }
    const ordered = [...effective.values()].sort(
      (a, b) => competencyOrder.indexOf(a.competency) - competencyOrder.indexOf(b.competency),
    );
    expectations.set(level.src.id, ordered);
    inherited = effective;
    below = level;
  }
}

/** A level with one above it says how to move up; the top level's criteria would never be shown. */
function checkPromotions(track: string, live: readonly Valid<'levels'>[], list: DiagnosticList): void {
  live.forEach((level, i) => {
    const hasNext = i < live.length - 1;
    if (hasNext && level.data.promotion === undefined) {
      list.warn(
        'missing-promotion',
        level.src.file,
        'promotion',
        `no promotion criteria, although \`${live[i + 1]?.src.id}\` is above it on the track`,
        'add `promotion:` with minMonths, metrics, trainings, assessments or conditions',
      );
    }
    if (
      !hasNext &&
      level.data.promotion !== undefined &&
      level.data.promotion.conditions.length + level.data.promotion.metrics.length > 0
    ) {
      list.warn(
        'unused-promotion',
        level.src.file,
        'promotion',
        `this is the top level of \`${track}\`, so its promotion criteria are never shown`,
        'remove `promotion`, or add the level above it',
      );
    }
  });
}

/**
 * Criteria up one track (lowest rank first): a level keeps the criterion below unless it writes its own;
 * a role held on top of a level (`baseOf`) keeps that level's criteria too.
 */
function inheritCriteria(
  levels: Valid<'levels'>[],
  competencyOrder: string[],
  into: Map<string, CriterionSource[]>,
  baseOf: (level: Valid<'levels'>) => string | undefined,
): void {
  let inherited = new Map<string, CriterionSource>();
  for (const level of levels) {
    const base = baseOf(level);
    const known = base === undefined ? undefined : into.get(base);
    if (known !== undefined) inherited = new Map([...inherited, ...known.map((c) => [c.competency, c] as const)]);
    const effective = new Map(inherited);
    for (const competency of Object.keys(level.data.criteria)) {
      effective.set(competency, { competency, setBy: level.src.id });
    }
    into.set(
      level.src.id,
      [...effective.values()].sort(
        (a, b) => competencyOrder.indexOf(a.competency) - competencyOrder.indexOf(b.competency),
      ),
    );
    inherited = effective;
  }
}

/** The level a role is held on top of, with its effective expectations, once they are known. */
function overlayBase(
  index: ValidIndex,
  level: Valid<'levels'>,
  expectations: Map<string, Expectation[]>,
): { level: Valid<'levels'>; expectations: Expectation[] } | undefined {
  const id = level.data.overlayOf;
  const base = id === undefined ? undefined : index.levels.get(id);
  const known = id === undefined ? undefined : expectations.get(id);
  // A role on its own track or on another role is reported; building on it would only add noise.
  const valid = base !== undefined && base.data.track !== level.data.track && base.data.overlayOf === undefined;
  return !valid || known === undefined ? undefined : { level: base, expectations: known };
}

/** Sub-levels of one band follow each other up the track: one apart, a band would show twice. */
function checkBands(track: string, ladder: Valid<'levels'>[], list: DiagnosticList): void {
  const last = new Map<string, number>();
  ladder.forEach((level, i) => {
    const band = level.data.band;
    if (band === '') return;
    const before = last.get(band);
    last.set(band, i);
    if (before === undefined || before === i - 1) return;
    const between = ladder.slice(before + 1, i).map((l) => `\`${l.src.id}\``);
    list.warn(
      'band-not-consecutive',
      level.src.file,
      'band',
      `\`${level.src.id}\` is in the band “${band}” of \`${track}\`, but ${between.join(', ')} come${between.length === 1 ? 's' : ''} between it and \`${ladder[before]?.src.id}\``,
      `give the levels of “${band}” consecutive ranks, or change \`band\``,
    );
  });
}

/**
 * Competency ids by area (in the settings' order), then `order`, then title (in the default locale,
 * so every locale lists them alike), then id: the order of every list of them.
 */
function orderedCompetencies(index: ValidIndex, settings: SettingsData | null): string[] {
  const areas = settings?.areas.map((a) => a.id) ?? [];
  const collator = new Intl.Collator(settings?.defaultLocale ?? 'en');
  return [...index.competencies.values()]
    .sort(
      (a, b) =>
        areas.indexOf(a.data.area) - areas.indexOf(b.data.area) ||
        a.data.order - b.data.order ||
        collator.compare(a.data.title, b.data.title) ||
        a.src.id.localeCompare(b.src.id),
    )
    .map((v) => v.src.id);
}

/** "K1 · Customer data protection": the code, when there is one, before the title. */
function competencyLabel(code: string, title: string): string {
  return code === '' ? title : `${code} · ${title}`;
}

// ---------------------------------------------------------------------------------------------
// Translations
// ---------------------------------------------------------------------------------------------

interface MergedText {
  file: string;
  data: Record<string, unknown>;
  missing: string[];
}

/** Locale → `collection/id` → the entry's data with translated text. */
type Translations = Map<string, Map<string, MergedText>>;

function checkTranslations(
  sources: readonly TranslationSource[],
  index: ValidIndex,
  settings: SettingsData,
  list: DiagnosticList,
  entries: readonly SourceEntry[],
): Translations {
  // An entry with errors of its own is not in the index: its translations are not orphans, and
  // saying so would be a second message for one mistake.
  const written = new Set([...entries.map((e) => `${e.collection}/${e.id}`), ...index.broken]);
  const result: Translations = new Map();
  const others = settings.locales.filter((l) => l !== settings.defaultLocale);
  for (const t of sources) {
    if (!(others as string[]).includes(t.locale)) {
      list.error(
        'translation-locale',
        t.file,
        '',
        t.locale === settings.defaultLocale
          ? `\`${t.locale}\` is the default locale: its text lives in the entries themselves`
          : `\`${t.locale}\` is not one of the handbook's locales (${settings.locales.join(', ')})`,
        others.length > 0
          ? `move the file under \`translations/${others[0]}/\`, or add the locale to framework.yaml`
          : 'add the locale to `locales` in framework.yaml',
      );
      continue;
    }
    if (!(COLLECTIONS as readonly string[]).includes(t.collection)) {
      list.error(
        'translation-orphan',
        t.file,
        '',
        `\`${t.collection}\` is not a collection`,
        unknownIdFix(t.collection, COLLECTIONS),
      );
      continue;
    }
    const collection = t.collection as CollectionName;
    const original = index[collection].get(t.id);
    if (original === undefined && written.has(`${collection}/${t.id}`)) continue;
    if (original === undefined) {
      list.error(
        'translation-orphan',
        t.file,
        '',
        `translates the ${NOUN[collection]} \`${t.id}\`, which does not exist`,
        unknownIdFix(t.id, index[collection].keys(), `create \`content/${collection}/${t.id}.md\` first`).replace(
          /^did you mean (`[^`]+`)\?$/,
          'did you mean $1? rename this file to match',
        ),
      );
      continue;
    }
    const byLocale = result.get(t.locale) ?? new Map<string, MergedText>();
    const key = `${collection}/${t.id}`;
    const earlier = byLocale.get(key);
    if (earlier !== undefined) {
      list.error(
        'duplicate-id',
        t.file,
        '',
        `\`${t.id}\` is already translated by ${earlier.file}`,
        'keep only one of the two files',
      );
      continue;
    }
    const merged = overlayTranslation(
      original.data as unknown as Record<string, unknown>,
      t.data,
      TEXT_SHAPES[collection],
      settings.defaultLocale,
    );
    for (const p of merged.problems) list.error('translation-structure', t.file, p.field, p.message, p.fix);
    const missing = [...merged.missing];
    if (t.body.trim() === '' && original.src.body.trim() !== '') missing.push('body');
    // Text `trackbook new` left in is not a translation: the default locale's shows, marked as such.
    const data = { ...merged.data };
    for (const field of placeholderFields((t.data ?? {}) as Record<string, unknown>, t.body)) {
      if (field !== 'body') data[field] = (original.data as Record<string, unknown>)[field];
      if (!missing.includes(field)) missing.push(field);
    }
    byLocale.set(key, { file: t.file, data, missing });
    result.set(t.locale, byLocale);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Assembly of one locale's framework
// ---------------------------------------------------------------------------------------------

function assemble(
  locale: Locale,
  settings: SettingsData,
  index: ValidIndex,
  ladders: Ladders,
  translations: Translations,
): Framework {
  const ctx = assembleContext(locale, settings, index, ladders, translations);
  const tracks = tracksOf(ctx);
  return {
    version: '',
    locale,
    defaultLocale: settings.defaultLocale,
    locales: settings.locales,
    name: ctx.pick(settings.name),
    ui: settings.ui,
    ...settingsOf(ctx),
    tracks,
    levels: levelsOf(ctx, tracks),
    competencies: competenciesOf(ctx),
    trainings: trainingsOf(ctx),
    recognition: recognitionOf(ctx),
    pages: sorted(ctx.published('pages')).map((v) => {
      const { data, meta } = ctx.text('pages', v);
      return { ...meta, kind: data.kind, order: data.order };
    }),
    fit: {
      version: '',
      questions: sorted(ctx.published('fit')).map((v) => {
        const { data, meta } = ctx.text('fit', v);
        return { ...meta, order: data.order, options: data.options };
      }),
    },
  };
}

/** What assembling one locale's framework needs: the valid entries, and their text in that locale. */
interface AssembleContext {
  locale: Locale;
  settings: SettingsData;
  index: ValidIndex;
  ladders: Ladders;
  /** A settings text in this locale, else the default locale's. */
  pick: (text: LocalizedText) => string;
  /** The entry's data in this locale, with metadata saying where the text comes from. */
  text: <C extends CollectionName>(collection: C, v: Valid<C>) => { data: CollectionDataMap[C]; meta: EntryMeta };
  /** The collection's entries that are not drafts. */
  published: <C extends CollectionName>(collection: C) => Valid<C>[];
}

function assembleContext(
  locale: Locale,
  settings: SettingsData,
  index: ValidIndex,
  ladders: Ladders,
  translations: Translations,
): AssembleContext {
  const isDefault = locale === settings.defaultLocale;
  const localised = translations.get(locale);
  return {
    locale,
    settings,
    index,
    ladders,
    pick: (text) => text[locale] ?? text[settings.defaultLocale] ?? '',
    text: (collection, v) => {
      const merged = isDefault ? undefined : localised?.get(`${collection}/${v.src.id}`);
      const data = (merged?.data ?? v.data) as CollectionDataMap[typeof collection];
      const missing = isDefault ? [] : (merged?.missing ?? ['*']);
      return {
        data,
        meta: {
          id: v.src.id,
          file: v.src.file,
          translationFile: merged?.file ?? null,
          title: data.title,
          summary: data.summary,
          fallback: missing.length > 0,
          textLocale: merged !== undefined || isDefault ? locale : settings.defaultLocale,
          missing,
        },
      };
    },
    published: (collection) =>
      [...(index[collection] as Map<string, Valid<typeof collection>>).values()].filter((v) => !v.data.draft),
  };
}

/** Entries with an `order`, smallest first, then by id. */
function sorted<T extends { data: { order: number }; src: { id: string } }>(entries: T[]): T[] {
  return entries.sort((a, b) => a.data.order - b.data.order || a.src.id.localeCompare(b.src.id));
}

/** The settings in this locale: scale, grades, groups, areas, metrics, assessments, verdict, criteria scale. */
function settingsOf({ settings, pick, locale }: AssembleContext) {
  return {
    scale: settings.scale.map((s) => ({ step: s.step, label: pick(s.label), description: pick(s.description) })),
    grades: settings.grades.map((g, i) => ({
      id: g.id,
      index: i,
      label: pick(g.label),
      description: pick(g.description),
    })),
    groups: settings.groups.map((g) => ({ id: g.id, label: pick(g.label) })),
    areas: settings.areas.map((a) => ({ id: a.id, label: pick(a.label), group: a.group ?? null })),
    metrics: settings.metrics.map((m) => ({
      id: m.id,
      label: pick(m.label),
      unit: m.unit,
      currency: m.currency ?? null,
      direction: m.direction,
      description: pick(m.description),
    })),
    assessments: settings.assessments.map((a) => ({
      id: a.id,
      label: pick(a.label),
      description: pick(a.description),
    })),
    verdict: { ...settings.verdict },
    criteriaScale: criteriaScaleOf(settings, locale),
  };
}

function competenciesOf({ index, settings, published, text }: AssembleContext): Competency[] {
  const order = orderedCompetencies(index, settings);
  return published('competencies')
    .sort((a, b) => order.indexOf(a.src.id) - order.indexOf(b.src.id))
    .map((v) => {
      const { data, meta } = text('competencies', v);
      const code = data.code ?? '';
      return {
        ...meta,
        area: data.area,
        code,
        order: data.order,
        label: competencyLabel(code, meta.title),
        weight: data.weight,
        indicators: data.indicators,
        knowledge: data.knowledge,
      };
    });
}

function tracksOf({ ladders, published, text }: AssembleContext): Track[] {
  return sorted(published('tracks')).map((v) => {
    const { data, meta } = text('tracks', v);
    return {
      ...meta,
      kind: data.kind,
      order: data.order,
      levels: (ladders.published.get(v.src.id) ?? []).map((l) => l.src.id),
    };
  });
}

/** The published levels, track by track in lattice order, lowest rank first. */
function levelsOf(ctx: AssembleContext, tracks: readonly Track[]): Level[] {
  const overlaysOf = new Map<string, string[]>();
  for (const role of [...ctx.ladders.published.values()].flat()) {
    const base = role.data.overlayOf;
    if (base !== undefined) overlaysOf.set(base, [...(overlaysOf.get(base) ?? []), role.src.id]);
  }
  return tracks.flatMap((track) =>
    (ctx.ladders.published.get(track.id) ?? []).map((v, i, ladder) => levelOf(ctx, v, ladder, i, overlaysOf)),
  );
}

function levelOf(
  ctx: AssembleContext,
  v: Valid<'levels'>,
  ladder: Valid<'levels'>[],
  i: number,
  overlaysOf: ReadonlyMap<string, string[]>,
): Level {
  const { data, meta } = ctx.text('levels', v);
  const next = ladder[i + 1]?.src.id ?? null;
  return {
    ...meta,
    track: data.track,
    rank: data.rank,
    band: data.band,
    typicalMonths: data.typicalMonths,
    grade: data.grade,
    responsibilities: data.responsibilities,
    kpis: data.kpis.map((k) => ({ metric: k.metric, min: k.min ?? null, max: k.max ?? null })),
    expectations: ctx.ladders.expectations.get(v.src.id) ?? [],
    criteria: (ctx.ladders.criteria.get(v.src.id) ?? []).map((c) => criterionOf(ctx, c)),
    promotion: next === null || data.promotion === undefined ? null : { ...data.promotion },
    lateralMoves: data.lateralMoves,
    subSteps: data.subSteps,
    probation:
      data.probation === undefined
        ? null
        : {
            weeks: data.probation.weeks ?? 0,
            months: data.probation.months ?? 0,
            metrics: data.probation.metrics,
            conditions: data.probation.conditions,
          },
    demotion: data.demotion,
    next,
    previous: ladder[i - 1]?.src.id ?? null,
    overlayOf: data.overlayOf ?? null,
    overlays: overlaysOf.get(v.src.id) ?? [],
  };
}

/** A criterion in this locale's words: the text of the level that wrote it. */
function criterionOf({ index, text }: AssembleContext, { competency, setBy }: CriterionSource): LevelCriterion {
  const writer = index.levels.get(setBy);
  const written = writer === undefined ? undefined : text('levels', writer).data.criteria[competency];
  const { text: words, examples } = criterionFields(written);
  return { competency, text: words, examples, setBy };
}

function trainingsOf({ published, text }: AssembleContext): Training[] {
  const phaseOrder: readonly string[] = TRAINING_PHASES;
  return published('trainings')
    .sort(
      (a, b) => phaseOrder.indexOf(a.data.phase) - phaseOrder.indexOf(b.data.phase) || a.src.id.localeCompare(b.src.id),
    )
    .map((v) => {
      const { data, meta } = text('trainings', v);
      return {
        ...meta,
        format: data.format,
        phase: data.phase,
        hours: data.hours ?? null,
        tracks: data.tracks,
        levels: data.levels,
        prerequisites: data.prerequisites,
        develops: data.develops,
        mandatoryFor: data.mandatoryFor,
      };
    });
}

function recognitionOf({ published, text }: AssembleContext): Recognition[] {
  return published('recognition').map((v) => {
    const { data, meta } = text('recognition', v);
    return {
      ...meta,
      kind: data.kind,
      frequency: data.frequency,
      eligibility: data.eligibility,
      levels: data.levels,
      competencies: data.competencies,
    };
  });
}

/** A criterion as written (a bare text, or text with examples; a translation may give either). */
function criterionFields(written: CriterionData | undefined): { text: string; examples: string[] } {
  if (written === undefined) return { text: '', examples: [] };
  if (typeof written === 'string') return { text: written, examples: [] };
  return { text: written.text, examples: written.examples ?? [] };
}

/** The criteria ratings in this locale: the settings' labels, or Trackbook's (or the `ui:` wording) by default. */
function criteriaScaleOf(settings: SettingsData, locale: Locale): CriteriaScale {
  const t = translator({ locale, defaultLocale: settings.defaultLocale, ui: settings.ui });
  const given = settings.criteriaScale.ratings;
  const ratings =
    given === undefined
      ? DEFAULT_RATING_KEYS.map((key) => ({ label: t(key) }))
      : given.map((label) => ({ label: label[locale] ?? label[settings.defaultLocale] ?? '' }));
  return { ratings, meets: settings.criteriaScale.meets ?? DEFAULT_CRITERIA_MEETS };
}

const DEFAULT_RATING_KEYS = [
  'criteria.rating.notYet',
  'criteria.rating.workingTowards',
  'criteria.rating.meeting',
  'criteria.rating.exceeding',
] as const satisfies readonly UiKey[];
