/**
 * The site's one way to the content history (read once per build): the changes page, "Last updated"
 * on every page, and the version manifest the self-assessment uses to explain an older assessment.
 */
import { resolve } from 'node:path';
import { frameworkStructure, titlesOf, type VersionManifest } from '../framework/changes.ts';
import type { EntryMeta, Framework } from '../framework/model.ts';
import { readContentHistory, type ContentHistory, type HistoryOptions } from '../node/history.ts';

/**
 * The integration reads the history once, before the build, and logs what it found; pages are bundled
 * separately from the integration, so the promise is handed over on `globalThis`. The integration
 * names the project's `content/` folder; without it (tests), the first caller reads `./content`.
 */
const KEY = Symbol.for('trackbook.history');
type WithHistory = typeof globalThis & { [KEY]?: Promise<ContentHistory> };

export function getHistory(
  contentDir: string = resolve('content'),
  options: HistoryOptions = {},
): Promise<ContentHistory> {
  const g = globalThis as WithHistory;
  g[KEY] ??= readContentHistory(contentDir, options);
  return g[KEY];
}

/**
 * When what a page shows last changed: the newest commit date of the given entries' files (source and
 * translation); with no entries, of any content. Undefined when git cannot tell (no repository, or
 * files not yet committed).
 */
export async function lastUpdated(
  entries?: readonly Pick<EntryMeta, 'file' | 'translationFile'>[],
): Promise<Date | undefined> {
  const history = await getHistory();
  const dates =
    entries === undefined
      ? history.commits.slice(0, 1).map((c) => c.date)
      : entries
          .flatMap((e) => [e.file, e.translationFile])
          .flatMap((f) => (f === null ? [] : [history.lastUpdated[f]]));
  const newest = dates
    .filter((d): d is string => d !== undefined)
    .sort()
    .at(-1);
  return newest === undefined ? undefined : new Date(newest);
}

/**
 * Every framework version known to the history plus the current one (which may not be committed
 * yet), with the structure needed to explain what changed since; titles in one locale.
 */
export async function versionManifest(framework: Framework): Promise<VersionManifest> {
  const history = await getHistory();
  const versions = history.versions.map(({ version, date, structure }) => ({ version, date, structure }));
  if (!versions.some((v) => v.version === framework.version)) {
    versions.unshift({
      version: framework.version,
      date: new Date().toISOString(),
      structure: frameworkStructure(framework),
    });
  }
  const known = titlesOf(framework);
  const names = Object.fromEntries(
    Object.entries(history.names[framework.locale] ?? {}).filter(([id]) => !known.has(id)),
  );
  return { current: framework.version, versions, names };
}
