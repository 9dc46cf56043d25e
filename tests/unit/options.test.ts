/** `trackbook()` options: a bad one stops with its name and the fix, never a zod dump. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import trackbook from '../../src/integration/index.ts';
import { componentFiles, parseOptions, TrackbookOptionsError } from '../../src/integration/options.ts';

describe('trackbook() options', () => {
  it('accepts no options and an empty object', () => {
    expect(parseOptions(undefined)).toEqual({ components: {} });
    expect(parseOptions({})).toEqual({ components: {} });
    expect(trackbook().name).toBe('trackbook');
  });

  it.each([
    [
      { bse: '/handbook/' },
      'error astro.config.mjs › bse: unknown field `bse`\n    fix: remove it; allowed here: `components`',
    ],
    ['/handbook/', 'expected an object such as trackbook({}), found "/handbook/"'],
    [
      { components: { Sidebar: './src/Sidebar.astro' } },
      'error astro.config.mjs › components.Sidebar: `Sidebar` is not a component Trackbook lets you replace\n    fix: the components you can replace are `Header`, `Footer`, `Hero`',
    ],
    [
      { components: { Heder: './src/MyHeader.astro' } },
      'fix: did you mean `Header`? the components you can replace are `Header`, `Footer`, `Hero`',
    ],
    [
      { components: { Footer: './src/MyFooter.tsx' } },
      'error astro.config.mjs › components.Footer: a replacement is an `.astro` file, e.g. `./src/components/MyFooter.astro`',
    ],
  ])('reports %j with the option and a fix', (input, expected) => {
    expect(() => parseOptions(input)).toThrow(TrackbookOptionsError);
    expect(() => parseOptions(input)).toThrow(expected);
  });

  it('throws from trackbook() itself, before Astro starts', () => {
    expect(() => trackbook({ locales: ['en'] } as never)).toThrowErrorMatchingInlineSnapshot(`
      [TrackbookOptionsError: Invalid trackbook() options in astro.config.mjs:
      error astro.config.mjs › locales: unknown field \`locales\`
          fix: languages are content: write \`locales\` in content/framework.yaml]
    `);
  });
});

describe('component files', () => {
  const project = mkdtempSync(join(tmpdir(), 'trackbook-options-'));
  const root = pathToFileURL(`${project}/`);
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it("are the project's replacements, from its root, and Trackbook's own for the rest", () => {
    mkdirSync(join(project, 'src'));
    writeFileSync(join(project, 'src/MyFooter.astro'), '<footer>ours</footer>\n');
    const files = componentFiles(parseOptions({ components: { Footer: './src/MyFooter.astro' } }), root);
    expect(files.Footer).toBe(join(project, 'src/MyFooter.astro'));
    expect(files.Header).toMatch(/src\/components\/Header\.astro$/);
    expect(files.Hero).toMatch(/src\/components\/Hero\.astro$/);
  });

  it('stop at a replacement that does not exist, naming the file', () => {
    const options = parseOptions({ components: { Hero: './src/Missing.astro' } });
    expect(() => componentFiles(options, root)).toThrow(TrackbookOptionsError);
    expect(() => componentFiles(options, root)).toThrow(
      `error astro.config.mjs › components.Hero: \`./src/Missing.astro\` does not exist (looked for ${join(project, 'src/Missing.astro')})`,
    );
  });
});
