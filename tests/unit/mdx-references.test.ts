/** The names an MDX body uses without defining them: the ones that would fail the page's render. */
import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { undefinedNames } from '../../src/node/mdx-references.ts';

async function namesIn(body: string): Promise<string[]> {
  let found: string[] = [];
  const collect = () => (tree: unknown) => {
    found = undefinedNames(tree).map((n) => `${n.kind}:${n.name}@${n.line}`);
  };
  await compile(body, { remarkPlugins: [collect] });
  return found;
}

describe('undefinedNames', () => {
  it.each([
    ['plain text', 'Ask HR.', []],
    ['an undefined name', 'Ask {name} in HR.', ['expression:name@1']],
    ['a member of an undefined name', '\n\n{user.name}', ['expression:user@3']],
    ['a comment', '{/* a note */}', []],
    ['escaped braces', 'Ask \\{name\\}.', []],
    ['an exported name', 'export const year = 2026\n\nIn {year}.', []],
    ['an imported component', "import Note from './note.astro'\n\n<Note>Hi</Note>", []],
    ['an undefined component', '<Callout>Hi</Callout>', ['component:Callout@1']],
    ['a member component', '<ui.Note />', ['component:ui@1']],
    ['HTML', '<div>Hi</div>', []],
    ['props and frontmatter', '{props.x} {frontmatter.title}', []],
    ['globals', '{Math.max(1, 2)} {new Date(0).getFullYear()}', []],
    ['a parameter', '{[1, 2].map((n) => n * 2)}', []],
    ['a property name', '{({ a: 1 }).a}', []],
    ['an attribute expression', '<div title={label} />', ['expression:label@1']],
    ['a spread attribute', '<div {...attrs} />', ['expression:attrs@1']],
    ['a component inside an expression', '{true && <Badge />}', ['expression:Badge@1']],
  ])('%s', async (_label, body, expected) => {
    expect(await namesIn(body)).toEqual(expected);
  });
});
