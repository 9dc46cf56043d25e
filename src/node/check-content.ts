/**
 * The complete content check: read the folder, check MDX syntax, build and validate the framework.
 * Used by `npm run check`, by the Astro integration before every build, and by the tests.
 */
import { compile } from '@mdx-js/mdx';
import { buildFrameworks, type BuildOptions, type BuildResult } from '../framework/build.ts';
import { applyPolicy, sortDiagnostics, type Diagnostic } from '../framework/diagnostics.ts';
import { withFieldLines } from './field-lines.ts';
import { undefinedNames, type UndefinedName } from './mdx-references.ts';
import { readContent } from './read-content.ts';

export async function checkContent(dir: string, options: BuildOptions = {}): Promise<BuildResult> {
  const read = readContent(dir);
  const mdxProblems = await Promise.all(read.mdx.map((m) => checkMdx(m.file, m.body, m.bodyLine)));
  const built = await buildFrameworks(read.source, options);
  const extra = applyPolicy([...read.diagnostics.items, ...mdxProblems.flat()], built.policy, options.strict);
  const diagnostics = sortDiagnostics(withFieldLines([...extra, ...built.diagnostics], read.yaml));
  const errorCount = diagnostics.filter((d) => d.severity === 'error').length;
  return {
    frameworks: errorCount > 0 ? null : built.frameworks,
    diagnostics,
    errorCount,
    warningCount: diagnostics.length - errorCount,
    policy: built.policy,
    drafts: built.drafts,
  };
}

async function checkMdx(file: string, body: string, bodyLine: number): Promise<Diagnostic[]> {
  let names: UndefinedName[] = [];
  const collect = () => (tree: unknown) => {
    names = undefinedNames(tree);
  };
  try {
    await compile(body, { development: false, remarkPlugins: [collect] });
    return names.map((n) => undefinedNameDiagnostic(file, n, n.line + bodyLine - 1));
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
