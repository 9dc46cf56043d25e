/**
 * Schema validation of raw entries that reports every zod issue as a diagnostic in the words an HR
 * author needs: which field, what is wrong, what to write instead.
 */
import { z } from 'astro/zod';
import { DiagnosticList, fieldPath, suggestId } from './diagnostics.ts';
import { idFrom } from './schema.ts';

type AnySchema = z.ZodType;

/** Validates `data` against `schema`; on failure every issue is added to `list` and null returned. */
export function parseWithSchema<S extends AnySchema>(
  schema: S,
  data: unknown,
  file: string,
  list: DiagnosticList,
): z.infer<S> | null {
  const result = schema.safeParse(data ?? {}, { reportInput: true });
  if (result.success) return result.data;
  const misspelt = misspeltFields(schema, result.error.issues);
  for (const issue of result.error.issues) {
    // `Rank: 1` is one mistake: the unknown `Rank` says it, not also "required field `rank` is missing".
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    if (missing && misspelt.has(fieldPath(issue.path.map((p) => (typeof p === 'number' ? p : String(p)))))) continue;
    addIssue(schema, issue, file, list);
  }
  return null;
}

/** Required fields reported missing that an unknown field beside them is a misspelling of. */
function misspeltFields(schema: AnySchema, issues: readonly z.core.$ZodIssue[]): Set<string> {
  const missing = new Set(
    issues
      .filter((i) => i.code === 'invalid_type' && i.input === undefined)
      .map((i) => fieldPath(i.path.map((p) => (typeof p === 'number' ? p : String(p))))),
  );
  const found = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    for (const key of issue.keys) {
      const meant = suggestId(key, keysAt(schema, issue.path));
      const field = meant === undefined ? undefined : fieldPath([...path, meant]);
      if (field !== undefined && missing.has(field)) found.add(field);
    }
  }
  return found;
}

/** The field names of an object schema (empty for any other), for telling which collection a file's fields are of. */
export function fieldsOf(schema: AnySchema): string[] {
  return keysAt(schema, []);
}

function addIssue(schema: AnySchema, issue: z.core.$ZodIssue, file: string, list: DiagnosticList): void {
  const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
  const field = fieldPath(path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = keysAt(schema, issue.path);
      for (const key of issue.keys) {
        const suggestion = suggestId(key, known);
        const odd = /[\u00a0\u3000]/.exec(key)?.[0];
        const oddName = odd === '\u3000' ? 'a full-width space `　`' : 'a non-breaking space';
        list.error(
          'unknown-field',
          file,
          fieldPath([...path, key]),
          odd === undefined ? `unknown field \`${key}\`` : `unknown field \`${key}\`: its name holds ${oddName}`,
          suggestion !== undefined
            ? `did you mean \`${suggestion}\`?`
            : `remove it; allowed here: ${known.map((k) => `\`${k}\``).join(', ')}`,
        );
      }
      return;
    }
    case 'invalid_type': {
      const last = String(path.at(-1) ?? 'value');
      if (issue.input === undefined) {
        list.error('invalid-field', file, field, `required field \`${last}\` is missing`, `add \`${last}: …\``);
      } else {
        list.error(
          'invalid-field',
          file,
          field,
          `expected ${describeExpected(issue.expected)}, found ${describeValue(issue.input)}`,
          quotedText(issue.expected, issue.input) ?? exampleFor(issue.expected, last),
        );
      }
      return;
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      const given = typeof issue.input === 'string' ? issue.input : String(issue.input);
      const suggestion = suggestId(given, values);
      list.error(
        'invalid-field',
        file,
        field,
        `\`${given}\` is not allowed here`,
        `${suggestion !== undefined ? `did you mean \`${suggestion}\`? ` : ''}use one of ${values.map((v) => `\`${v}\``).join(', ')}`,
      );
      return;
    }
    case 'custom': {
      const fix: unknown = issue.params?.['fix'];
      const message = issue.message.replace(/^Invalid input: /, '');
      list.error('invalid-field', file, field, message, typeof fix === 'string' ? fix : undefined);
      return;
    }
    default:
      break;
    case 'invalid_key': {
      // A record's key (`expectations: { Communication: 1 }`): an id, as the file names would be.
      const key = String(path.at(-1) ?? '');
      const near = idFrom(key);
      list.error(
        'invalid-field',
        file,
        field,
        `\`${key}\` is not an id: ids are lowercase words joined by hyphens`,
        near === '' ? 'use the id of the entry, as its file is named' : `write \`${near}\``,
      );
      return;
    }
    case 'too_small':
    case 'too_big': {
      if (issue.origin !== 'number') break;
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const words = issue.code === 'too_small' ? 'at least' : 'at most';
      const given = typeof issue.input === 'number' ? `, found ${issue.input}` : '';
      list.error(
        'invalid-field',
        file,
        field,
        `expected a number of ${words} ${String(bound)}${given}`,
        `write a number of ${words} ${String(bound)}`,
      );
      return;
    }
  }
  list.error('invalid-field', file, field, issue.message.replace(/^Invalid input: /, ''));
}

function describeExpected(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'int':
      return 'a whole number';
    case 'boolean':
      return '`true` or `false`';
    case 'array':
      return 'a list';
    case 'object':
    case 'record':
      return 'a set of fields';
    default:
      return expected;
  }
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'an empty value';
  if (typeof value === 'object') return 'a set of fields';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `\`${String(value)}\``;
}

/**
 * A text with `: ` in it (`- Answer questions: politely.`) is read by YAML as a field and its value:
 * the fix is quotes around the whole text, shown with the author's own words.
 */
function quotedText(expected: string, input: unknown): string | undefined {
  if (expected !== 'string' || input === null || typeof input !== 'object' || Array.isArray(input)) return undefined;
  const pairs = Object.entries(input);
  const [key, value] = pairs[0] ?? [];
  if (pairs.length !== 1 || (typeof value !== 'string' && typeof value !== 'number')) return undefined;
  const words = `${key}: ${value}`.replaceAll('"', '\\"');
  return `the \`: \` inside the text makes YAML read it as a field: put the whole text in quotes, e.g. \`"${words.length > 50 ? `${words.slice(0, 50)}…` : words}"\``;
}

function exampleFor(expected: string, field: string): string {
  switch (expected) {
    case 'string':
      return `write the text after \`${field}:\``;
    case 'number':
      return `write a plain number, e.g. \`${field}: 3\``;
    case 'int':
      return `write a whole number (steps and ranks have no halves), e.g. \`${field}: 2\``;
    case 'boolean':
      return `write \`${field}: true\` or \`${field}: false\``;
    case 'array':
      return `write one \`- item\` per line below \`${field}:\``;
    default:
      return `indent the fields below \`${field}:\``;
  }
}

/** The field names the schema allows at `path`, for "did you mean" on unknown fields. */
function keysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const key of path) {
    current = unwrap(current);
    const shape = shapeOf(current);
    if (shape !== undefined && typeof key === 'string' && key in shape) current = shape[key];
    else if (typeof key === 'number') current = elementOf(current);
    else return [];
  }
  const shape = shapeOf(unwrap(current));
  return shape === undefined ? [] : Object.keys(shape);
}

interface Def {
  type?: string;
  innerType?: unknown;
  element?: unknown;
  shape?: Record<string, unknown>;
}

function defOf(schema: unknown): Def | undefined {
  if (typeof schema !== 'object' || schema === null || !('_zod' in schema)) return undefined;
  return (schema as { _zod: { def: Def } })._zod.def;
}

function unwrap(schema: unknown): unknown {
  let current = schema;
  for (let def = defOf(current); def?.innerType !== undefined; def = defOf(current)) current = def.innerType;
  return current;
}

function shapeOf(schema: unknown): Record<string, unknown> | undefined {
  return defOf(schema)?.shape;
}

function elementOf(schema: unknown): unknown {
  return unwrap(defOf(unwrap(schema))?.element);
}
