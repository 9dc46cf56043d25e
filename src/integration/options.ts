/**
 * The options of `trackbook()` in `astro.config.mjs`, validated with zod and reported like content
 * mistakes (the option, what is wrong, the fix), never as a stack of zod internals. What HR edits
 * (wording, branding, check policy, history start) lives in `content/framework.yaml`, checked with the
 * rest of the content; these options are for the site's technical helper.
 */
import { z } from 'astro/zod';
import { DiagnosticList, formatDiagnostic, type Diagnostic } from '../framework/diagnostics.ts';
import { parseWithSchema } from '../framework/parse.ts';

export const optionsSchema = z.strictObject({});

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
  const report = list.items.map((d) => formatDiagnostic(placed(d))).join('\n');
  throw new TrackbookOptionsError(`Invalid trackbook() options in ${CONFIG_FILE}:\n${report}`);
}

/** An unknown top-level option that is a setting of Astro's or of the content: say where it goes. */
function placed(d: Diagnostic): Diagnostic {
  if (d.code !== 'unknown-field') return d;
  const hint =
    ELSEWHERE[d.field] ??
    (d.fix?.endsWith('allowed here: ') ? 'remove it: trackbook() takes no such option' : undefined);
  return hint === undefined ? d : { ...d, fix: hint };
}
