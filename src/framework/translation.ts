/**
 * Translations carry text only. This module declares, per collection, which fields are text, and
 * overlays a translation onto its default-locale entry, reporting anything in the translation that
 * would change structure (a structural field, a list of a different length, an item that does not
 * exist in the original).
 */
import type { CollectionName } from './schema.ts';

export type TextShape =
  | { type: 'text' }
  /** A list of text items, aligned with the original item by item. */
  | { type: 'list' }
  | { type: 'object'; fields: Record<string, TextShape> }
  /** A list of objects, aligned with the original by position. */
  | { type: 'items'; item: Record<string, TextShape> }
  /** An object whose keys are given by the original (e.g. indicators per step). */
  | { type: 'map'; value: TextShape };

const text: TextShape = { type: 'text' };
const list: TextShape = { type: 'list' };
const base = { title: text, summary: text };

/** The translatable fields of each collection. Everything else is structure. */
export const TEXT_SHAPES: Record<CollectionName, { type: 'object'; fields: Record<string, TextShape> }> = {
  tracks: { type: 'object', fields: { ...base } },
  levels: {
    type: 'object',
    fields: {
      ...base,
      band: text,
      responsibilities: list,
      promotion: { type: 'object', fields: { conditions: list } },
      lateralMoves: { type: 'items', item: { conditions: list } },
      subSteps: { type: 'items', item: { title: text, summary: text } },
      probation: { type: 'object', fields: { conditions: list } },
      demotion: list,
    },
  },
  competencies: {
    type: 'object',
    fields: { ...base, indicators: { type: 'map', value: list }, knowledge: list },
  },
  trainings: { type: 'object', fields: { ...base } },
  recognition: { type: 'object', fields: { ...base, frequency: text, eligibility: list } },
  pages: { type: 'object', fields: { ...base } },
  fit: { type: 'object', fields: { ...base, options: { type: 'items', item: { statement: text } } } },
};

export interface OverlayProblem {
  field: string;
  message: string;
  fix: string;
}

export interface OverlayResult {
  /** The original data with every translated text replaced. */
  data: Record<string, unknown>;
  /** Dotted paths of text fields the translation does not supply (shown in the default locale). */
  missing: string[];
  problems: OverlayProblem[];
}

/**
 * Overlays `translation` onto `original` (a valid default-locale entry) following `shape`.
 * Never throws; everything structural the translation tries to change becomes a problem.
 */
export function overlayTranslation(
  original: Record<string, unknown>,
  translation: unknown,
  shape: { type: 'object'; fields: Record<string, TextShape> },
  defaultLocale: string,
): OverlayResult {
  const missing: string[] = [];
  const problems: OverlayProblem[] = [];
  const ctx = { missing, problems, defaultLocale };
  const data = isRecord(translation)
    ? (mergeObject(original, translation, shape.fields, '', ctx) as Record<string, unknown>)
    : original;
  if (!isRecord(translation)) {
    problems.push({
      field: '',
      message: 'the frontmatter is not a set of fields',
      fix: 'start the file with `---`, then `title: …` and the other text fields, then `---`',
    });
  }
  return { data, missing, problems };
}

interface Ctx {
  missing: string[];
  problems: OverlayProblem[];
  defaultLocale: string;
}

function join(path: string, key: string | number): string {
  return typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;
}

function mergeObject(
  original: unknown,
  translation: Record<string, unknown>,
  fields: Record<string, TextShape>,
  path: string,
  ctx: Ctx,
): unknown {
  const source = isRecord(original) ? original : {};
  for (const key of Object.keys(translation)) {
    if (!(key in fields)) {
      const structural = key in source;
      ctx.problems.push({
        field: join(path, key),
        message: structural
          ? `\`${key}\` is structure, not text: a translation cannot change it`
          : `\`${key}\` is not a translatable field`,
        fix: structural
          ? `remove \`${key}\` here; change it in the ${ctx.defaultLocale} file if it is wrong`
          : `remove it; translatable fields here are ${Object.keys(fields)
              .map((f) => `\`${f}\``)
              .join(', ')}`,
      });
    }
  }
  const merged: Record<string, unknown> = { ...source };
  for (const [key, shape] of Object.entries(fields)) {
    const value = merge(source[key], translation[key], shape, join(path, key), ctx);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

function merge(original: unknown, translation: unknown, shape: TextShape, path: string, ctx: Ctx): unknown {
  if (translation === undefined || translation === null) {
    if (hasText(original, shape)) ctx.missing.push(path);
    return original;
  }
  if (original === undefined || (Array.isArray(original) && original.length === 0 && shape.type !== 'list')) {
    ctx.problems.push({
      field: path,
      message: `the ${ctx.defaultLocale} entry has no \`${path}\`, so there is nothing to translate`,
      fix: `add \`${path}\` to the ${ctx.defaultLocale} file first, or remove it here`,
    });
    return original;
  }
  switch (shape.type) {
    case 'text':
      if (typeof translation !== 'string' || translation.trim() === '') {
        ctx.problems.push({ field: path, message: 'expected a piece of text', fix: 'write the translated text' });
        return original;
      }
      return translation;
    case 'list':
      return mergeList(original, translation, path, ctx);
    case 'object':
      if (!isRecord(translation)) {
        ctx.problems.push({ field: path, message: 'expected a set of fields', fix: 'indent the fields below it' });
        return original;
      }
      return mergeObject(original, translation, shape.fields, path, ctx);
    case 'items':
      return mergeItems(original, translation, shape.item, path, ctx);
    case 'map':
      return mergeMap(original, translation, shape.value, path, ctx);
  }
}

function mergeList(original: unknown, translation: unknown, path: string, ctx: Ctx): unknown {
  const originalItems = Array.isArray(original) ? original : [];
  if (!Array.isArray(translation) || !translation.every((t) => typeof t === 'string' && t.trim() !== '')) {
    ctx.problems.push({
      field: path,
      message: 'expected a list of text items',
      fix: 'write one `- item` per line, each with text',
    });
    return original;
  }
  if (translation.length !== originalItems.length) {
    ctx.problems.push({
      field: path,
      message: `has ${translation.length} item(s) but the ${ctx.defaultLocale} entry has ${originalItems.length}`,
      fix: `translate each of the ${originalItems.length} item(s) once, in the same order; add or remove items in the ${ctx.defaultLocale} file`,
    });
    return original;
  }
  return translation;
}

function mergeItems(
  original: unknown,
  translation: unknown,
  item: Record<string, TextShape>,
  path: string,
  ctx: Ctx,
): unknown {
  const originalItems = Array.isArray(original) ? original : [];
  if (!Array.isArray(translation)) {
    ctx.problems.push({ field: path, message: 'expected a list', fix: 'write one `- …` entry per item' });
    return original;
  }
  if (translation.length !== originalItems.length) {
    ctx.problems.push({
      field: path,
      message: `has ${translation.length} item(s) but the ${ctx.defaultLocale} entry has ${originalItems.length}`,
      fix: `give one entry per item of the ${ctx.defaultLocale} file, in the same order`,
    });
    return original;
  }
  return originalItems.map((o, i) => {
    const t: unknown = translation[i];
    if (!isRecord(t)) {
      ctx.problems.push({
        field: join(path, i),
        message: 'expected a set of fields',
        fix: 'indent the fields below `-`',
      });
      return o;
    }
    return mergeObject(o, t, item, join(path, i), ctx);
  });
}

function mergeMap(original: unknown, translation: unknown, value: TextShape, path: string, ctx: Ctx): unknown {
  const source = isRecord(original) ? original : {};
  if (!isRecord(translation)) {
    ctx.problems.push({ field: path, message: 'expected a set of fields', fix: 'indent the entries below it' });
    return original;
  }
  const merged: Record<string, unknown> = { ...source };
  for (const key of Object.keys(translation)) {
    if (!(key in source)) {
      ctx.problems.push({
        field: join(path, key),
        message: `the ${ctx.defaultLocale} entry has no \`${key}\` here`,
        fix: `use only ${Object.keys(source)
          .map((k) => `\`${k}\``)
          .join(', ')}; add new ones to the ${ctx.defaultLocale} file first`,
      });
    }
  }
  for (const key of Object.keys(source)) {
    merged[key] = merge(source[key], translation[key], value, join(path, key), ctx);
  }
  return merged;
}

/** Whether `value` holds any translatable text according to `shape` (ids and numbers are not text). */
function hasText(value: unknown, shape: TextShape): boolean {
  switch (shape.type) {
    case 'text':
      return typeof value === 'string' && value.trim() !== '';
    case 'list':
      return Array.isArray(value) && value.some((v) => hasText(v, text));
    case 'object':
      return isRecord(value) && Object.entries(shape.fields).some(([k, s]) => hasText(value[k], s));
    case 'items':
      return Array.isArray(value) && value.some((v) => hasText(v, { type: 'object', fields: shape.item }));
    case 'map':
      return isRecord(value) && Object.values(value).some((v) => hasText(v, shape.value));
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
