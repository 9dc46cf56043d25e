/**
 * Reads the `content/` folder from disk into a `ContentSource`, reporting files that cannot even be
 * read as entries (no frontmatter, broken YAML, a folder that is not a collection).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isDocument, parseDocument } from 'yaml';
import { DiagnosticList, suggestId } from '../framework/diagnostics.ts';
import type { YamlSource } from './field-lines.ts';
import { findLookAlike } from './yaml-characters.ts';
import { COLLECTIONS, isValidId, type CollectionName } from '../framework/schema.ts';
import type { ContentSource, SourceEntry } from '../framework/source.ts';

export const SETTINGS_FILE = 'framework.yaml';
export const TRANSLATIONS_DIR = 'translations';
const ENTRY_FILE = /\.(md|mdx)$/;

export interface ReadResult {
  source: ContentSource;
  diagnostics: DiagnosticList;
  /** Content-relative paths of MDX files with their body offset, for the MDX syntax check. */
  mdx: { file: string; body: string; bodyLine: number }[];
  /** The YAML of every file read, by content-relative path, for the lines of diagnostics' fields. */
  yaml: Map<string, YamlSource>;
}

export interface ReadOptions {
  /**
   * Parsed YAML by its text, shared between reads of many versions of the same content (the history
   * reads one per commit, where nearly every file is unchanged). Only YAML without errors is kept.
   */
  yamlCache?: Map<string, unknown>;
}

/** The `code` of the error a missing content folder throws: the command line says it in one line. */
export const CONTENT_FOLDER_MISSING = 'TRACKBOOK_CONTENT_FOLDER_MISSING';

/** Reads every entry under `dir`; never throws on bad content, only on a missing folder. */
export function readContent(dir: string): ReadResult {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    throw Object.assign(
      new Error(
        `there is no content folder at ${dir}: run the command in the handbook's folder, or give \`--content <folder>\``,
      ),
      { code: CONTENT_FOLDER_MISSING },
    );
  }
  return readContentFiles(listFiles(dir).map((file) => [file, () => readFileSync(join(dir, file), 'utf8')]));
}

/**
 * The same from content-relative paths (`/`-separated, sorted) and a way to read each: the folder on
 * disk, or a commit of it in git (the changes page).
 */
export function readContentFiles(
  files: Iterable<readonly [string, () => string]>,
  options: ReadOptions = {},
): ReadResult {
  const paths: string[] = [];
  const result: ReadResult = {
    source: { settings: null, entries: [], translations: [], files: paths },
    diagnostics: new DiagnosticList(),
    mdx: [],
    yaml: new Map(),
  };
  const parseYaml = (text: string, file: string, lineOffset: number): unknown => {
    const cache = options.yamlCache;
    if (cache?.has(text)) return structuredClone(cache.get(text));
    const data = parseYamlText(text, file, lineOffset, result.diagnostics);
    if (cache !== undefined && data !== undefined) cache.set(text, structuredClone(data));
    return data;
  };
  const all = [...files];
  const present = new Set(all.map(([file]) => file));
  for (const [file, read] of all) {
    if (file.split('/').some((part) => part.startsWith('_') || part.startsWith('.'))) continue;
    paths.push(file);
    if (file === SETTINGS_FILE) {
      const text = checkedText(read(), file, result.diagnostics);
      result.yaml.set(file, { yaml: text, firstLine: 1 });
      const data = parseYaml(text, file, 0);
      // Settings that cannot be read are there all the same: their error says why, not "missing".
      result.source.settings = { file, data };
    } else {
      readEntryFile(result, file, read, parseYaml, present);
    }
  }
  return result;
}

/** Where an entry file belongs: its collection, id and, for a translation, locale; null when it belongs nowhere (reported). */
function placeOf(
  file: string,
  result: ReadResult,
  present: ReadonlySet<string>,
): { folder: string; id: string; locale: string | null } | null {
  const list = result.diagnostics;
  const parts = file.split('/');
  if (!ENTRY_FILE.test(file) || parts.length < 2) {
    reportIgnoredFile(file, result, present);
    return null;
  }
  const id = (parts.at(-1) ?? '').replace(ENTRY_FILE, '');
  const isTranslation = parts[0] === TRANSLATIONS_DIR;
  const folder = (isTranslation ? parts[2] : parts[0]) ?? '';
  if (isTranslation && parts.length < 4) {
    list.error(
      'translation-orphan',
      file,
      '',
      'a translation must be inside `translations/<locale>/<collection>/`',
      `move it to e.g. \`translations/zh-cn/levels/${id}${file.slice(file.lastIndexOf('.'))}\``,
    );
    return null;
  }
  if (!isTranslation && !(COLLECTIONS as readonly string[]).includes(folder)) {
    const suggestion = suggestId(folder, COLLECTIONS);
    list.warn(
      'unknown-field',
      file,
      '',
      `\`${folder}/\` is not a collection folder, so this file is ignored`,
      suggestion !== undefined ? `did you mean \`${suggestion}/\`?` : `use one of ${COLLECTIONS.join(', ')}`,
    );
    return null;
  }
  return { folder, id, locale: isTranslation ? (parts[1] ?? '') : null };
}

/**
 * One entry or translation file: its front matter read (an entry that cannot be read is kept as
 * unreadable, so nothing reports it missing as well), its body's length checked, an MDX body kept
 * for the expression check.
 */
function readEntryFile(
  result: ReadResult,
  file: string,
  read: () => string,
  parseYaml: (text: string, file: string, lineOffset: number) => unknown,
  present: ReadonlySet<string>,
): void {
  const { source, diagnostics: list } = result;
  const place = placeOf(file, result, present);
  if (place === null) return;
  const { folder, id, locale } = place;
  const collection = folder as CollectionName;
  const text = checkedText(read(), file, list);
  const split = splitFrontmatter(text);
  const unreadable: SourceEntry = { collection, id, file, data: undefined, body: '', unreadable: true };
  if (split === null) {
    if (locale === null) source.entries.push(unreadable);
    const opened = /^\uFEFF?---[ \t]*\r?\n/.test(text);
    list.error(
      'missing-frontmatter',
      file,
      '',
      opened
        ? 'the YAML block opened by `---` on the first line is never closed'
        : 'the file does not start with a YAML block between `---` lines',
      opened
        ? 'put `---` on a line of its own after the last field, before the text'
        : 'put `---` on the first line, the fields below it, and `---` again before the text',
    );
    return;
  }
  result.yaml.set(file, { yaml: split.yaml, firstLine: 2, bodyLine: split.bodyLine });
  const data = parseYaml(split.yaml, file, 1);
  if (data === undefined) {
    if (locale === null) source.entries.push(unreadable);
    return;
  }
  checkLength(split.body, file, list);
  if (file.endsWith('.mdx')) result.mdx.push({ file, body: split.body, bodyLine: split.bodyLine });
  if (locale !== null) source.translations.push({ locale, collection: folder, id, file, data, body: split.body });
  else source.entries.push({ collection, id, file, data, body: split.body });
}

/**
 * The text of a file, reporting it when it was not saved as UTF-8: Node reads the bytes of a Windows
 * "ANSI" file (Windows-1252, or GBK on Chinese Windows) as U+FFFD, which every page would show as `�`.
 */
function checkedText(text: string, file: string, list: DiagnosticList): string {
  const at = text.indexOf('\uFFFD');
  if (at === -1) return text;
  const line = text.slice(0, at).split('\n').length;
  const start = text.lastIndexOf('\n', at) + 1;
  const shown = text.slice(start, text.indexOf('\n', at) === -1 ? undefined : text.indexOf('\n', at)).trim();
  list.add({
    severity: 'error',
    code: 'not-utf8',
    file,
    field: '',
    line,
    message: `the file is not saved as UTF-8, so its text would show as \`�\`: \`${shown.slice(0, 60)}\``,
    fix: 'save it as UTF-8 (Notepad: Save as → Encoding: UTF-8; VS Code: "Reopen with Encoding" (Windows 1252 or GBK), then "Save with Encoding" → UTF-8)',
  });
  return text;
}

/**
 * The most text an entry's description is expected to hold: 200 KB, some fifty printed pages, far
 * beyond any level or competency. More is nearly always a pasted document, which makes its pages slow
 * to load and the search index heavy.
 */
export const LONG_DESCRIPTION_BYTES = 200_000;

function checkLength(body: string, file: string, list: DiagnosticList): void {
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes <= LONG_DESCRIPTION_BYTES) return;
  const size = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${Math.round(n / 1e3)} KB`);
  list.warn(
    'long-description',
    file,
    'body',
    `the text below the fields is ${size(bytes)}, more than the ${size(LONG_DESCRIPTION_BYTES)} a description is expected to be: probably a pasted document`,
    'keep what a reader of this page needs and link to the full document instead',
  );
}

/** The names of files the loader reads: `x.md` or `x.mdx`, in lower case. */
const NEAR_ENTRY_FILE = /\.(md|mdx|markdown)(\.[a-z0-9]+)?$|\.txt$|\.ya?ml$/i;

/**
 * A file in a collection folder that looks like an entry but is not named like one (`x.MD`,
 * `x.md.txt`, `x.markdown`): it would be left out without a word, and the entry simply missing.
 * Where no file has the name to use, it stands for that entry: an error, and the entry is kept as
 * unreadable, so what names it is not reported as well (one mistake, one message). Beside a file of
 * that name it is a stray copy: a warning. A translation left out only shows the default text: a warning.
 */
function reportIgnoredFile(file: string, result: ReadResult, present: ReadonlySet<string>): void {
  const parts = file.split('/');
  const isTranslation = parts[0] === TRANSLATIONS_DIR;
  const folder = (isTranslation ? parts[2] : parts[0]) ?? '';
  const name = parts.at(-1) ?? '';
  if (!(COLLECTIONS as readonly string[]).includes(folder) || !NEAR_ENTRY_FILE.test(name)) return;
  const base = name.replace(NEAR_ENTRY_FILE, '');
  const wanted = /\.mdx/i.test(name) ? `${base}.mdx` : `${base}.md`;
  const sibling = (n: string) => present.has([...parts.slice(0, -1), n].join('/'));
  const notRead = `\`${name}\` is not read: only files ending in \`.md\` or \`.mdx\` (lower case) are entries`;
  const list = result.diagnostics;
  if (sibling(`${base}.md`) || sibling(`${base}.mdx`)) {
    list.warn(
      'ignored-file',
      file,
      '',
      `${notRead}, and \`${wanted}\` beside it is the entry`,
      `remove \`${name}\`, after moving anything it adds into \`${wanted}\``,
    );
    return;
  }
  if (isTranslation || !isValidId(base)) {
    list.warn('ignored-file', file, '', notRead, `rename it to \`${wanted}\``);
    return;
  }
  // A YAML file holds the fields alone: an entry has them between `---` lines, above its text.
  const fix = /\.ya?ml$/i.test(name)
    ? `rename it to \`${wanted}\`, with \`---\` on a line before its fields and another after them`
    : `rename it to \`${wanted}\``;
  list.error('ignored-file', file, '', `${notRead}, so \`${base}\` is missing`, fix);
  const collection = folder as CollectionName;
  result.source.entries.push({ collection, id: base, file, data: undefined, body: '', unreadable: true });
}

/** Content-relative paths, `/`-separated, sorted; skips `_`-prefixed files and folders. */
function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
    .filter((f) => !f.split('/').some((part) => part.startsWith('_') || part.startsWith('.')))
    .sort();
}

/** Splits `---\nyaml\n---\nbody`; null when there is no frontmatter. */
export function splitFrontmatter(text: string): { yaml: string; body: string; bodyLine: number } | null {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m.exec(text);
  if (match === null || match.index !== 0) return null;
  const yaml = match[1] ?? '';
  return {
    yaml,
    body: text.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}

/** Parses YAML, reporting syntax errors with their line; `lineOffset` is lines before the YAML. */
function parseYamlText(text: string, file: string, lineOffset: number, list: DiagnosticList): unknown {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  // One character named by its cause, rather than the cascade of errors it makes the parser report.
  const lookAlike = findLookAlike(text, doc.errors.length > 0, lineOffset);
  if (lookAlike !== undefined) {
    const { line, message, fix } = lookAlike;
    list.add({ severity: 'error', code: 'yaml-syntax', file, field: '', line, message, fix });
    return undefined;
  }
  if (doc.errors.length > 0) {
    // One message per line: a mistake makes the parser report several errors where it is, and the
    // one that names its cause comes first in YAML_CAUSES.
    const rank = (code: string) => (YAML_CAUSES.indexOf(code) + YAML_CAUSES.length + 1) % (YAML_CAUSES.length + 1);
    const errors = [...doc.errors].sort((a, b) => rank(a.code) - rank(b.code));
    const seen = new Set<number>();
    for (const error of errors) {
      const line = (error.linePos?.[0].line ?? 1) + lineOffset;
      if (seen.has(line)) continue;
      seen.add(line);
      list.add({
        severity: 'error',
        code: 'yaml-syntax',
        file,
        field: '',
        line,
        message: `YAML cannot be read: ${firstLine(error.message)}`,
        fix: yamlHint(error.code, error.message),
      });
    }
    return undefined;
  }
  return isDocument(doc) ? (doc.toJS() as unknown) : undefined;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/** YAML error codes from the one that names a cause best to the least; others come after. */
const YAML_CAUSES = ['TAB_AS_INDENT', 'BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'DUPLICATE_KEY', 'MISSING_CHAR'];

function yamlHint(code: string, message: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'a field is written twice: keep one';
    case 'MISSING_CHAR':
      return 'a quote, `]` or `}` is opened but not closed on this line';
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs';
    case 'BAD_INDENT':
      return 'check the indentation: items of a list or fields of a group line up under each other';
    case 'BLOCK_AS_IMPLICIT_KEY':
      // The same code for a `- ` item out of line and for a text with two `: ` in it.
      if (message.startsWith('A block sequence'))
        return 'check the indentation: the `- ` items of a list line up under each other, below their field';
      return 'text containing `: ` must be put in quotes, e.g. `- "Target: 90 %"`';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'text containing `: ` must be put in quotes, e.g. `- "Target: 90 %"`';
    default:
      return 'text containing `:` or starting with `[`, `{`, `*`, `&` or `#` must be put in quotes';
  }
}
