/**
 * The complete content check: read the folder, check MDX syntax, build and validate the framework.
 * Used by `npm run check`, by the Astro integration before every build, and by the tests.
 */
import { compile } from '@mdx-js/mdx';
import { buildFrameworks, type BuildOptions, type BuildResult } from '../framework/build.ts';
import { applyPolicy, DiagnosticList, sortDiagnostics, type Diagnostic } from '../framework/diagnostics.ts';
import { withFieldLines } from './field-lines.ts';
import { importsOf, undefinedNames, type MdxImport, type UndefinedName } from './mdx-references.ts';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readContent, SETTINGS_FILE, type ReadResult } from './read-content.ts';

export interface CheckOptions extends BuildOptions {
  /** Files to leave out, as if they were not there (content-relative paths). */
  without?: ReadonlySet<string>;
}

export async function checkContent(dir: string, options: CheckOptions = {}): Promise<BuildResult> {
  const read = leaveOut(readContent(dir), options.without);
  const mdxProblems = await Promise.all(read.mdx.map((m) => checkMdx(dir, m.file, m.body, m.bodyLine)));
  const built = await buildFrameworks(read.source, options);
  const extra = applyPolicy([...read.diagnostics.items, ...mdxProblems.flat()], built.policy, options.strict);
  const diagnostics = sortDiagnostics(
    onFirstLine(withFieldLines([...extra, ...built.diagnostics], read.yaml), read.source.files ?? []),
  );
  const errorCount = diagnostics.filter((d) => d.severity === 'error').length;
  return {
    frameworks: errorCount > 0 ? null : built.frameworks,
    diagnostics,
    errorCount,
    warningCount: diagnostics.length - errorCount,
    policy: built.policy,
    drafts: built.drafts,
    wholeChecked: built.wholeChecked,
  };
}

/**
 * A problem of a whole file (its name, its missing front matter, a track with no level) is on its
 * first line: every diagnostic about a file that exists names a line.
 */
function onFirstLine(items: Diagnostic[], files: readonly string[]): Diagnostic[] {
  const present = new Set(files);
  return items.map((d) => (d.line === undefined && d.field === '' && present.has(d.file) ? { ...d, line: 1 } : d));
}

function leaveOut(read: ReadResult, files: ReadonlySet<string> | undefined): ReadResult {
  if (files === undefined || files.size === 0) return read;
  const kept = ({ file }: { file: string }) => !files.has(file);
  const diagnostics = new DiagnosticList();
  for (const d of read.diagnostics.items.filter(kept)) diagnostics.add(d);
  const { source } = read;
  return {
    ...read,
    diagnostics,
    mdx: read.mdx.filter(kept),
    source: { ...source, entries: source.entries.filter(kept), translations: source.translations.filter(kept) },
  };
}

/**
 * The content without the files that have errors (and those their absence breaks in turn): what
 * `npm run new` builds on when a file elsewhere is broken. Null when the settings themselves are.
 */
export async function checkContentApartFrom(dir: string): Promise<{ result: BuildResult; left: Set<string> } | null> {
  const left = new Set<string>();
  for (let round = 0; round < 5; round++) {
    const result = await checkContent(dir, { without: left });
    const broken = result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file);
    if (broken.length === 0) return { result, left };
    if (broken.some((file) => file === SETTINGS_FILE || file === '')) return null;
    for (const file of broken) left.add(file);
  }
  return null;
}

async function checkMdx(dir: string, file: string, body: string, bodyLine: number): Promise<Diagnostic[]> {
  let names: UndefinedName[] = [];
  let imports: MdxImport[] = [];
  const collect = () => (tree: unknown) => {
    names = undefinedNames(tree);
    imports = importsOf(tree);
  };
  try {
    await compile(body, { development: false, remarkPlugins: [collect] });
    return [
      ...imports
        .filter((i) => !importFound(dir, file, i.source))
        .map((i) => missingImport(file, i, i.line + bodyLine - 1)),
      ...names.map((n) => undefinedNameDiagnostic(file, n, n.line + bodyLine - 1)),
    ];
  } catch (error) {
    const e = error as { line?: number; reason?: string; message?: string };
    const line = e.line === undefined ? undefined : e.line + bodyLine - 1;
    return [
      {
        severity: 'error',
        code: 'mdx-syntax',
        file,
        field: 'body',
        ...(line === undefined ? {} : { line }),
        message: `MDX cannot be read: ${e.reason ?? e.message ?? String(error)}`,
        fix: 'in .mdx files `{`, `}` and `<` start code: close every tag and brace, or write `\\{` and `&lt;` for the plain characters',
      },
    ];
  }
}

/** Endings a build finds an import by when it is written without one. */
const IMPORT_ENDINGS = ['', '.astro', '.ts', '.js', '.mjs', '.tsx', '.jsx', '.mdx', '.md', '/index.ts', '/index.js'];

/**
 * Whether a relative import (`./Callout.astro`) names a file that exists; a package or an alias
 * (`@/components/…`) is left to the build, which knows them.
 */
function importFound(dir: string, file: string, source: string): boolean {
  if (!source.startsWith('./') && !source.startsWith('../')) return true;
  const path = resolve(dirname(join(dir, file)), source);
  return IMPORT_ENDINGS.some((ending) => existsSync(`${path}${ending}`));
}

/** An import of a file that is not there: the build stops on it, with a line of its own counting. */
function missingImport(file: string, i: MdxImport, line: number): Diagnostic {
  return {
    severity: 'error',
    code: 'mdx-import',
    file,
    field: 'body',
    line,
    message: `\`${i.source}\` is imported, but there is no such file next to this page, so the page cannot be built`,
    fix: 'correct the path (it is relative to this file), add the file, or remove the import and what uses it',
  };
}

/** A name the page would fail on when rendered, with the two ways out: plain braces, or remove it. */
function undefinedNameDiagnostic(file: string, n: UndefinedName, line: number): Diagnostic {
  const component = n.kind === 'component';
  return {
    severity: 'error',
    code: 'mdx-expression',
    file,
    field: 'body',
    line,
    message: component
      ? `\`<${n.name}>\` is not a component this page imports, so the page cannot be built`
      : `\`{${n.name}}\` is read as code, and \`${n.name}\` is not defined, so the page cannot be built`,
    fix: component
      ? `write \`&lt;${n.name}>\` to show the text, or import the component at the top of the file`
      : `write \`\\{${n.name}\\}\` to show the braces, or remove them`,
  };
}
