/**
 * The raw input of the framework model: entries as read from `content/`, before any validation.
 * Two readers produce it — the Node file reader (`src/node/read-content.ts`, for the CLI and the
 * pre-build check) and the Astro adapter (`src/site/framework.ts`, from `getCollection`) — so the
 * same model and the same checks serve the site, the scripts and the tests.
 */
import type { CollectionName } from './schema.ts';

/** An entry of one of the collections, in the default locale. */
export interface SourceEntry {
  collection: CollectionName;
  /** The id, from the file name. */
  id: string;
  /** Path relative to the content folder, e.g. `levels/cs-senior.md`. */
  file: string;
  /** Frontmatter as parsed from YAML, not yet validated. */
  data: unknown;
  /** Markdown/MDX body below the frontmatter. */
  body: string;
  /**
   * Set when the file exists but could not be read (broken YAML, no frontmatter). Its problem is
   * already reported; links to it are not reported again as unknown.
   */
  unreadable?: boolean;
}

/** The text of an entry in another locale: `translations/<locale>/<collection>/<id>.md`. */
export interface TranslationSource {
  locale: string;
  /** Collection folder name as written; may be misspelled, which is reported. */
  collection: string;
  id: string;
  file: string;
  data: unknown;
  body: string;
}

export interface ContentSource {
  /** `framework.yaml`, or null when the file is missing. */
  settings: { file: string; data: unknown } | null;
  entries: SourceEntry[];
  translations: TranslationSource[];
  /**
   * Every file's path relative to the content folder, for settings that name a file (the brand
   * logo); left out by a reader that cannot list them, and then such paths are not checked.
   */
  files?: string[];
}
