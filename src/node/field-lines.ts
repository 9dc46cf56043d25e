/**
 * The line a diagnostic's field is written on: checks name fields (`promotion.metrics[0].target`),
 * and the report adds where that is in the file, from the YAML it was read from, in one place.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Diagnostic } from '../framework/diagnostics.ts';

/** The YAML of a file and the file's line its first line is on (2 after a `---` line). */
export interface YamlSource {
  yaml: string;
  firstLine: number;
  /** The line the text below the frontmatter starts on, for the `body` field. */
  bodyLine?: number;
}

/** Every diagnostic naming a field, given the line of that field (or of its nearest written parent). */
export function withFieldLines(items: readonly Diagnostic[], sources: ReadonlyMap<string, YamlSource>): Diagnostic[] {
  return items.map((d) => {
    const source = sources.get(d.file);
    if (d.line !== undefined || d.field === '' || source === undefined) return d;
    const line = d.field === 'body' && source.bodyLine !== undefined ? source.bodyLine : fieldLine(source, d.field);
    return { ...d, line };
  });
}

/** The 1-based line in the file of `field` (a `fieldPath`), of its nearest written parent, or the first. */
export function fieldLine(source: YamlSource, field: string): number {
  const counter = new LineCounter();
  const doc = parseDocument(source.yaml, { lineCounter: counter });
  const offset = offsetOf(doc.contents, segments(field));
  return offset === undefined ? Math.max(1, source.firstLine - 1) : counter.linePos(offset).line + source.firstLine - 1;
}

/** `promotion.metrics[0].target` → `promotion`, `metrics`, 0, `target`. */
function segments(field: string): (string | number)[] {
  return field
    .split(/(\[\d+\])|\./)
    .filter((s) => s !== undefined && s !== '')
    .map((s) => (/^\[\d+\]$/.test(s) ? Number(s.slice(1, -1)) : s));
}

/**
 * The start of the deepest node the path reaches. A key may itself hold dots (`ui.en.nav.assess`
 * is the key `nav.assess`), so the longest run of segments that is a key is taken.
 */
function offsetOf(node: unknown, path: readonly (string | number)[]): number | undefined {
  if (path.length === 0) return rangeStart(node);
  if (isSeq(node) && typeof path[0] === 'number') {
    const item: unknown = node.items[path[0]];
    return item === undefined ? undefined : (offsetOf(item, path.slice(1)) ?? rangeStart(item));
  }
  if (!isMap(node)) return undefined;
  for (let take = path.length; take >= 1; take--) {
    if (path.slice(0, take).some((s) => typeof s === 'number')) continue;
    const key = path.slice(0, take).join('.');
    const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === key);
    if (pair === undefined) continue;
    if (take === path.length) return rangeStart(pair.key);
    return offsetOf(pair.value, path.slice(take)) ?? rangeStart(pair.key);
  }
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null)?.range?.[0];
}
