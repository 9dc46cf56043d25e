/**
 * Writing entry files as a person would: fields in the usual order, lists one item per line, no
 * folded lines; and changing a few fields of an existing file without touching anything else in it
 * (comments, other fields, their formatting, the text below the frontmatter).
 */
import { isDeepStrictEqual } from 'node:util';
import { Document, isScalar, isSeq, parse, visit } from 'yaml';
import { splitFrontmatter } from '../read-content.ts';

/** Field values as written: text, numbers, lists, and maps whose key order (and key type) matters. */
export type FieldValue = string | number | boolean | string[] | Map<string | number, unknown>;

/** The usual order of fields in each kind of file, the order `content/` is written in. */
export const FIELD_ORDER: Record<'tracks' | 'levels' | 'competencies', readonly string[]> = {
  tracks: ['title', 'summary', 'kind', 'order', 'draft'],
  levels: [
    'title',
    'summary',
    'track',
    'rank',
    'band',
    'grade',
    'overlayOf',
    'typicalMonths',
    'responsibilities',
    'kpis',
    'expectations',
    'criteria',
    'allowLowerExpectations',
    'promotion',
    'lateralMoves',
    'subSteps',
    'probation',
    'demotion',
    'draft',
  ],
  competencies: ['title', 'summary', 'area', 'code', 'order', 'weight', 'indicators', 'knowledge', 'draft'],
};

const YAML_OPTIONS = { lineWidth: 0 } as const;

/**
 * Fields as YAML the way the handbook's files write them: block style, except that a small record in
 * a list (a KPI band, a metric target) stays on one line, `- { metric: csat, target: 85 }`.
 */
function yamlText(fields: Map<string, unknown>): string {
  const doc = new Document(fields);
  visit(doc, {
    Map(_key, node, path) {
      const parent = path.at(-1);
      if (isSeq(parent) && node.items.every((pair) => isScalar(pair.value))) node.flow = true;
    },
  });
  return doc.toString(YAML_OPTIONS);
}

/** A new file: the fields (in the order given) between `---` lines, and an optional body. */
export function newEntryText(fields: [string, FieldValue][], body = ''): string {
  const yaml = yamlText(new Map(fields));
  return `---\n${yaml}---\n${body === '' ? '' : `\n${body}\n`}`;
}

/** The frontmatter of an entry file as written (no defaults filled in); `{}` when it has none. */
export function rawFrontmatter(text: string): Record<string, unknown> {
  const yaml = splitFrontmatter(text)?.yaml ?? '';
  const data: unknown = parse(yaml);
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/** A field's value as plain data, as it reads back from YAML (map keys become text). */
export function plain(value: unknown): unknown {
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), plain(v)]));
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

/** Whether two values are the same, ignoring the order of map keys. */
export function sameValue(a: unknown, b: unknown): boolean {
  return isDeepStrictEqual(plain(a), plain(b));
}

/**
 * `text` with the given top-level fields set (or removed, for `undefined`), everything else left as
 * it was. A new field goes before the first field that follows it in `order`. Throws when the result
 * would not read back as intended (an unusual layout this line-based edit cannot handle safely).
 */
export function editEntryText(text: string, changes: Map<string, FieldValue | undefined>, order: readonly string[]) {
  const split = splitFrontmatter(text);
  if (split === null) throw new Error('the file has no frontmatter');
  const start = text.indexOf('\n') + 1;
  if (!text.startsWith(split.yaml, start)) throw new Error('the frontmatter could not be located');
  const eol = split.yaml.includes('\r\n') ? '\r\n' : '\n';
  const lines = split.yaml === '' ? [] : split.yaml.split(/\r?\n/);

  for (const [key, value] of changes) {
    const blocks = topLevelBlocks(lines);
    const block = blocks.find((b) => b.key === key);
    const replacement =
      value === undefined
        ? []
        : yamlText(new Map([[key, value]]))
            .replace(/\n$/, '')
            .split('\n');
    if (block !== undefined) {
      lines.splice(block.start, block.end - block.start, ...replacement);
      continue;
    }
    if (value === undefined) continue;
    const later = order.slice(order.indexOf(key) + 1);
    const next = blocks.find((b) => later.includes(b.key));
    let at = next === undefined ? trimmedLength(lines) : next.start;
    // A comment right above a field belongs to it.
    while (next !== undefined && at > 0 && /^#/.test(lines[at - 1] ?? '')) at -= 1;
    lines.splice(at, 0, ...replacement);
  }

  const yaml = lines.join(eol);
  const before = (parse(split.yaml) ?? {}) as Record<string, unknown>;
  const after = (parse(yaml) ?? {}) as Record<string, unknown>;
  const expected = { ...before };
  for (const [key, value] of changes) {
    if (value === undefined) delete expected[key];
    else expected[key] = plain(value);
  }
  if (!isDeepStrictEqual(after, expected)) throw new Error('the change would not read back as intended');
  return text.slice(0, start) + yaml + text.slice(start + split.yaml.length);
}

/** The lines of each top-level field: its key line and the indented lines below it. */
function topLevelBlocks(lines: string[]): { key: string; start: number; end: number }[] {
  const blocks: { key: string; start: number; end: number }[] = [];
  lines.forEach((line, i) => {
    const key = /^([A-Za-z_][\w-]*)\s*:(?:\s|$)/.exec(line)?.[1];
    const last = blocks.at(-1);
    if (key !== undefined) {
      if (last !== undefined && last.end === -1) last.end = endOf(lines, last.start, i);
      blocks.push({ key, start: i, end: -1 });
    } else if (last !== undefined && last.end === -1 && /^[^\s]/.test(line)) {
      last.end = endOf(lines, last.start, i);
    }
  });
  const last = blocks.at(-1);
  if (last !== undefined && last.end === -1) last.end = endOf(lines, last.start, lines.length);
  return blocks;
}

/** A block ends before `limit`, without the blank lines that separate it from what follows. */
function endOf(lines: string[], start: number, limit: number): number {
  let end = limit;
  while (end > start + 1 && (lines[end - 1] ?? '').trim() === '') end -= 1;
  return end;
}

function trimmedLength(lines: string[]): number {
  let n = lines.length;
  while (n > 0 && (lines[n - 1] ?? '').trim() === '') n -= 1;
  return n;
}
