/**
 * The names an MDX body uses but never defines: `{name}` or `<Callout>` without an import compiles,
 * then throws while the page is rendered (`ReferenceError: name is not defined`), far into a build
 * and without naming the content file. Found here, from the syntax tree MDX already parses.
 */

/** What an MDX page may use without importing it: its props and frontmatter (Astro), and globals. */
const PROVIDED = new Set(['props', 'frontmatter']);

export interface UndefinedName {
  name: string;
  /** 1-based line in the MDX body. */
  line: number;
  kind: 'expression' | 'component';
}

interface Node {
  type: string;
  name?: string | null;
  children?: Node[];
  attributes?: Node[];
  value?: unknown;
  position?: { start: { line: number } };
  data?: { estree?: unknown };
}

/** Every use of a name the body neither imports, exports nor gets from the page, in order. */
export function undefinedNames(tree: unknown): UndefinedName[] {
  const defined = new Set(PROVIDED);
  const used: UndefinedName[] = [];
  visit(tree as Node, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'mdxjsEsm') for (const name of declaredNames(node.data?.estree)) defined.add(name);
    for (const program of programsOf(node)) {
      for (const name of referencedNames(program)) used.push({ name, line, kind: 'expression' });
    }
    const component = componentName(node);
    if (component !== undefined) used.push({ name: component, line, kind: 'component' });
  });
  return used.filter((u) => !defined.has(u.name) && !(u.name in globalThis));
}

function visit(node: Node, fn: (node: Node) => void): void {
  fn(node);
  for (const child of node.children ?? []) visit(child, fn);
}

/** The JavaScript of an expression node, or of a JSX element's `{…}` attributes. */
function programsOf(node: Node): unknown[] {
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return [node.data?.estree];
  const attributes = node.attributes ?? [];
  return attributes.flatMap((a) => {
    if (a.type === 'mdxJsxExpressionAttribute') return [a.data?.estree];
    const value = a.value as Node | null | undefined;
    return typeof value === 'object' && value !== null ? [value.data?.estree] : [];
  });
}

/** `Callout` of `<Callout>`, `ui` of `<ui.Note>`; none for HTML (`<div>`) and fragments. */
function componentName(node: Node): string | undefined {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
  const root = (node.name ?? '').split('.')[0] ?? '';
  return node.name?.includes('.') === true || /^[A-Z]/.test(root) ? root : undefined;
}

type Estree = Record<string, unknown> & { type?: string };

function isNode(value: unknown): value is Estree {
  return typeof value === 'object' && value !== null && typeof (value as Estree).type === 'string';
}

function children(node: Estree): Estree[] {
  return Object.entries(node).flatMap(([key, value]) => {
    if (key === 'loc' || key === 'range' || key === 'position' || key === 'data') return [];
    if (Array.isArray(value)) return value.filter(isNode);
    return isNode(value) ? [value] : [];
  });
}

/** Names an `import`/`export` block defines. */
function declaredNames(program: unknown): string[] {
  const names: string[] = [];
  const walk = (node: Estree, parent: Estree | undefined, key: string): void => {
    if (node.type === 'Identifier' && isBinding(parent, key)) names.push(String(node['name']));
    for (const [k, v] of Object.entries(node)) {
      for (const child of Array.isArray(v) ? v : [v]) if (isNode(child)) walk(child, node, k);
    }
  };
  if (isNode(program)) walk(program, undefined, '');
  return names;
}

/** Names an expression reads, less the ones it binds itself (`{items.map((x) => x)}`). */
function referencedNames(program: unknown): string[] {
  if (!isNode(program)) return [];
  const bound = new Set(declaredNames(program));
  const read: string[] = [];
  const walk = (node: Estree, parent: Estree | undefined, key: string): void => {
    if (node.type === 'Identifier' && isReference(parent, key)) read.push(String(node['name']));
    if (node.type === 'JSXIdentifier' && key === 'name' && /^(JSXOpening|JSXMember)/.test(parent?.type ?? '')) {
      const name = String(node['name']);
      if (/^[A-Z]/.test(name) || parent?.type === 'JSXMemberExpression') read.push(name);
    }
    if (node.type === 'JSXMemberExpression' && key === 'name') {
      walk(node['object'] as Estree, node, 'name');
      return;
    }
    for (const [k, v] of Object.entries(node)) {
      if (k === 'loc' || k === 'range') continue;
      for (const child of Array.isArray(v) ? v : [v]) if (isNode(child)) walk(child, node, k);
    }
  };
  for (const child of children(program)) walk(child, program, 'body');
  return [...new Set(read)].filter((name) => !bound.has(name));
}

/** Whether an identifier under `parent[key]` names a binding (a parameter, variable or import). */
function isBinding(parent: Estree | undefined, key: string): boolean {
  switch (parent?.type) {
    case 'VariableDeclarator':
      return key === 'id';
    case 'FunctionDeclaration':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      return key === 'params' || key === 'id';
    case 'ImportSpecifier':
    case 'ImportDefaultSpecifier':
    case 'ImportNamespaceSpecifier':
      return key === 'local';
    case 'ClassDeclaration':
    case 'CatchClause':
      return key === 'id' || key === 'param';
    case 'AssignmentPattern':
      return key === 'left';
    case 'ArrayPattern':
    case 'RestElement':
      return true;
    case 'Property':
      return key === 'value';
    default:
      return false;
  }
}

/** Whether an identifier under `parent[key]` is read (not a property name, label or binding). */
function isReference(parent: Estree | undefined, key: string): boolean {
  switch (parent?.type) {
    case 'MemberExpression':
      return key === 'object' || parent['computed'] === true;
    case 'Property':
    case 'MethodDefinition':
    case 'PropertyDefinition':
      return key === 'value' || parent['computed'] === true;
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
    case 'JSXAttribute':
      return false;
    default:
      return !isBinding(parent, key);
  }
}

/** An `import … from '<source>'` of the body, with its 1-based line in the body. */
export interface MdxImport {
  source: string;
  line: number;
}

/** Every import of the body, in order. */
export function importsOf(tree: unknown): MdxImport[] {
  const found: MdxImport[] = [];
  visit(tree as Node, (node) => {
    if (node.type !== 'mdxjsEsm') return;
    const program = node.data?.estree as {
      body?: { type: string; source?: { value?: unknown }; loc?: { start: { line: number } } }[];
    };
    for (const statement of program.body ?? []) {
      if (statement.type !== 'ImportDeclaration' || typeof statement.source?.value !== 'string') continue;
      found.push({ source: statement.source.value, line: statement.loc?.start.line ?? node.position?.start.line ?? 1 });
    }
  });
  return found;
}
