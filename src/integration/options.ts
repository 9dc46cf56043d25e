/**
 * The options of `trackbook()` in `astro.config.mjs`, validated with zod and reported like content
 * mistakes (the option, what is wrong, the fix), never as a stack of zod internals. What HR edits
 * (wording, branding, check policy, history start) lives in `content/framework.yaml`, checked with the
 * rest of the content; these options are for the site's technical helper.
 */
import { z } from 'astro/zod';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DiagnosticList, formatDiagnostic, type Diagnostic } from '../framework/diagnostics.ts';
import { parseWithSchema } from '../framework/parse.ts';

/** The parts of every page a project may replace with its own `.astro` file. */
export const COMPONENT_NAMES = ['Header', 'Footer', 'Hero'] as const;
export type ComponentName = (typeof COMPONENT_NAMES)[number];

const componentPath = z
  .string()
  .regex(/\.astro$/, { message: 'a replacement is an `.astro` file, e.g. `./src/components/MyFooter.astro`' });

export const optionsSchema = z.strictObject({
  /**
   * Components replacing Trackbook's own, by name, each the path of an `.astro` file from the project
   * root, e.g. `{ Footer: './src/components/MyFooter.astro' }`.
   */
  components: z
    .strictObject(
      Object.fromEntries(COMPONENT_NAMES.map((name) => [name, componentPath.optional()])) as Record<
        ComponentName,
        z.ZodOptional<typeof componentPath>
      >,
    )
    .default({}),
});

export type TrackbookOptions = z.infer<typeof optionsSchema>;
/** What `trackbook()` accepts: every option may be left out. */
export type TrackbookUserOptions = z.input<typeof optionsSchema>;

/** Thrown for bad options; its message is the whole report. */
export class TrackbookOptionsError extends Error {
  override name = 'TrackbookOptionsError';
  constructor(message: string) {
    super(message);
    // The message names the option and the fix; a stack would only point into Trackbook.
    this.stack = `${this.name}: ${message}`;
  }
}

const CONFIG_FILE = 'astro.config.mjs';

/** Settings people look for in trackbook() that live elsewhere, and where. */
const ELSEWHERE: Record<string, string> = {
  base: "the base path is Astro's own: write `base` in defineConfig(), beside `integrations`",
  site: "the address is Astro's own: write `site` in defineConfig(), beside `integrations`",
  name: "the handbook's name is content: write `name` in content/framework.yaml",
  locales: 'languages are content: write `locales` in content/framework.yaml',
  defaultLocale: 'languages are content: write `defaultLocale` in content/framework.yaml',
};

/** The validated options, or a `TrackbookOptionsError` naming every bad option with its fix. */
export function parseOptions(input: unknown): TrackbookOptions {
  if (input !== undefined && (typeof input !== 'object' || input === null || Array.isArray(input))) {
    throw new TrackbookOptionsError(
      `Invalid trackbook() options in ${CONFIG_FILE}: expected an object such as trackbook({}), found ${JSON.stringify(input)}`,
    );
  }
  const list = new DiagnosticList();
  const options = parseWithSchema(optionsSchema, input, CONFIG_FILE, list);
  if (options !== null) return options;
  throw optionsError(list.items.map(placed));
}

function optionsError(diagnostics: readonly Diagnostic[]): TrackbookOptionsError {
  const report = diagnostics.map(formatDiagnostic).join('\n');
  return new TrackbookOptionsError(`Invalid trackbook() options in ${CONFIG_FILE}:\n${report}`);
}

/**
 * The file of every component, the project's replacement (from `root`) or Trackbook's own; a
 * replacement that does not exist is a `TrackbookOptionsError` naming the file.
 */
export function componentFiles(options: TrackbookOptions, root: URL): Record<ComponentName, string> {
  const files = COMPONENT_NAMES.map((name): [ComponentName, string] => {
    const path = options.components[name];
    if (path === undefined) return [name, fileURLToPath(new URL(`../components/${name}.astro`, import.meta.url))];
    const file = fileURLToPath(new URL(path, root));
    if (!existsSync(file)) {
      throw optionsError([
        {
          severity: 'error',
          code: 'invalid-field',
          file: CONFIG_FILE,
          field: `components.${name}`,
          message: `\`${path}\` does not exist (looked for ${file})`,
          fix: `write the path of the .astro file from the project root, e.g. \`./src/components/My${name}.astro\``,
        },
      ]);
    }
    return [name, file];
  });
  return Object.fromEntries(files) as Record<ComponentName, string>;
}

/** An unknown top-level option that is a setting of Astro's or of the content: say where it goes. */
function placed(d: Diagnostic): Diagnostic {
  if (d.code !== 'unknown-field') return d;
  if (d.field.startsWith('components.')) {
    const name = d.field.slice('components.'.length);
    const guess = d.fix?.startsWith('did you mean') ? `${d.fix} ` : '';
    return {
      ...d,
      message: `\`${name}\` is not a component Trackbook lets you replace`,
      fix: `${guess}the components you can replace are ${COMPONENT_NAMES.map((n) => `\`${n}\``).join(', ')}`,
    };
  }
  const hint = ELSEWHERE[d.field];
  return hint === undefined ? d : { ...d, fix: hint };
}
