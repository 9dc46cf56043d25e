/**
 * The history of `content/` from git: which commits changed it, what each changed (entries added,
 * removed or edited; for levels, the structural changes), when each file last changed, and the
 * structure of every framework version seen, for explaining an older self-assessment.
 *
 * Read with isomorphic-git straight from the object database: no `git` binary, no checkout. Without a
 * repository, or in a shallow clone, it says so and returns what it could read: the build never fails
 * because of history.
 */
import fs from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import git from 'isomorphic-git';
import { buildFrameworks } from '../framework/build.ts';
import {
  diffConditions,
  diffLevel,
  frameworkStructure,
  levelStructure,
  titlesOf,
  type FrameworkStructure,
  type LevelChange,
} from '../framework/changes.ts';
import type { Framework } from '../framework/model.ts';
import { COLLECTIONS, type CollectionName, type Locale } from '../framework/vocabulary.ts';
import { readContentFiles, SETTINGS_FILE, TRANSLATIONS_DIR } from './read-content.ts';

export type HistoryStatus = 'complete' | 'shallow' | 'no-git' | 'unreadable';

export interface EntryChange {
  collection: CollectionName;
  id: string;
  kind: 'added' | 'removed' | 'changed';
  /** Structural changes (levels only), per locale: condition texts differ by language. */
  details: Partial<Record<Locale, LevelChange[]>>;
}

export interface ContentCommit {
  sha: string;
  /** ISO 8601, from the author date. */
  date: string;
  /** First line of the message. */
  message: string;
  /** No earlier state is known: the first commit, or where a shallow clone's history is cut. */
  first: boolean;
  /** The framework settings file changed. */
  settings: boolean;
  /** The content at this commit (or the one before) did not build, so level details are missing. */
  unreadable: boolean;
  /** Older than the detailed window (see `HistoryOptions.detailed`): entries only, no level details. */
  summarised: boolean;
  entries: EntryChange[];
  /** Files changed that are not entries or settings (e.g. content/README.md). */
  other: string[];
  /** How many content files there were after this commit. */
  fileCount: number;
}

export interface FrameworkVersionRecord {
  version: string;
  /** When this version first appeared (ISO 8601) and in which commit. */
  date: string;
  sha: string;
  structure: FrameworkStructure;
}

export interface ContentHistory {
  status: HistoryStatus;
  /** Why the history is incomplete, for the build log. */
  reason: string | null;
  /** Newest first; commits that did not touch content are left out, merges too. */
  commits: ContentCommit[];
  /** Content-relative path → ISO date of the last commit that changed it. */
  lastUpdated: Record<string, string>;
  /** Every structure version seen, newest first. */
  versions: FrameworkVersionRecord[];
  /** Titles of everything the history mentions, per locale, newest wins. */
  names: Partial<Record<Locale, Record<string, string>>>;
}

export interface HistoryOptions {
  /** At most this many commits of the repository are read (default 1000). */
  depth?: number;
  /**
   * Level details and framework versions for this many of the newest content commits (default 100):
   * each needs the framework built at that commit (tens of milliseconds), so a long history would
   * otherwise slow every build. Older commits still list what they changed.
   */
  detailed?: number;
  /**
   * Where the handbook's history starts (`history.since` in the settings): a commit id (or its first
   * 7+ characters) or a date (YYYY-MM-DD). Older commits are left out, and the first one kept is
   * shown as the start, not compared with what came before: a handbook begun from a copy of another
   * repository shows only its own history.
   */
  since?: string | undefined;
}

type Files = Map<string, string>; // content-relative path → blob oid

const empty = (): Omit<ContentHistory, 'status' | 'reason'> => ({
  commits: [],
  lastUpdated: {},
  versions: [],
  names: {},
});

/** Reads the history of `contentDir`; never throws. */
export async function readContentHistory(contentDir: string, options: HistoryOptions = {}): Promise<ContentHistory> {
  const dir = resolve(contentDir);
  let root: string;
  try {
    root = await git.findRoot({ fs, filepath: dir });
  } catch {
    return { status: 'no-git', reason: 'the project is not a git repository', ...empty() };
  }
  try {
    return await walk(root, relative(root, dir).split(sep).join('/'), {
      depth: options.depth ?? 1000,
      detailed: options.detailed ?? 100,
      since: options.since,
    });
  } catch (error) {
    return { status: 'unreadable', reason: `git history could not be read: ${(error as Error).message}`, ...empty() };
  }
}

type Log = Awaited<ReturnType<typeof git.log>>;

/** The log from its newest commit back to `since` (a commit id or a date), and a note if not found. */
export function startAt(log: Log, since: string | undefined): { log: Log; note: string | null } {
  if (since === undefined) return { log, note: null };
  if (/^\d{4}-\d{2}-\d{2}/.test(since)) {
    const from = Date.parse(since);
    return { log: log.filter((c) => c.commit.author.timestamp * 1000 >= from), note: null };
  }
  const at = log.findIndex((c) => c.oid.startsWith(since.toLowerCase()));
  if (at === -1) {
    return {
      log,
      note: `history.since names commit ${since}, which is not in the history read, so all of it is shown`,
    };
  }
  return { log: log.slice(0, at + 1), note: null };
}

async function walk(
  root: string,
  prefix: string,
  { depth, detailed, since }: Required<Omit<HistoryOptions, 'since'>> & Pick<HistoryOptions, 'since'>,
): Promise<ContentHistory> {
  const shallowFile = join(root, '.git', 'shallow');
  const shallow = new Set(
    fs.existsSync(shallowFile) ? fs.readFileSync(shallowFile, 'utf8').split('\n').filter(Boolean) : [],
  );
  try {
    await git.resolveRef({ fs, dir: root, ref: 'HEAD' });
  } catch {
    // A repository without commits yet: nothing to tell, nothing missing.
    return { status: 'complete', reason: null, ...empty() };
  }
  const all = await git.log({ fs, dir: root, depth });
  const { log, note } = startAt(all, since);
  // Reaching back past `since` means nothing the handbook counts is missing.
  const cut = log.length === all.length && (shallow.size > 0 || all.length >= depth);
  const reader = repoReader(root, prefix);
  const walked: Walk = {
    history: { status: cut ? 'shallow' : 'complete', reason: null, ...empty() },
    versions: new Map(),
    shallow,
    logged: new Set(log.map((c) => c.oid)),
    detailed,
  };
  let head: Files | null | undefined;
  for (const { oid, commit } of log) {
    if (commit.parent.length > 1) continue;
    const after = await reader.filesAt(oid);
    if (head === undefined) head = after;
    await addCommit(reader, walked, oid, commit, after);
  }
  const { history } = walked;
  // Files that no longer exist have no "last updated".
  for (const path of Object.keys(history.lastUpdated)) if (!head?.has(path)) delete history.lastUpdated[path];
  history.versions = [...walked.versions.values()].sort((x, y) => y.date.localeCompare(x.date));
  if (cut) {
    history.reason =
      shallow.size > 0
        ? 'this is a shallow clone, so only the most recent history is known (clone with the full history, e.g. `fetch-depth: 0` in GitHub Actions)'
        : `only the last ${depth} commits were read`;
  }
  if (note !== null) history.reason = history.reason === null ? note : `${history.reason}; ${note}`;
  return history;
}

/** The files and frameworks of the repository at any commit, each tree, blob and framework read once. */
interface RepoReader {
  /** Every file under the content folder at a commit, or null when the commit (or the folder) is not there. */
  filesAt: (commit: string) => Promise<Files | null>;
  /** The frameworks those files build, or null when they have errors. */
  frameworkOf: (files: Files) => Promise<Record<Locale, Framework> | null>;
}

function repoReader(root: string, prefix: string): RepoReader {
  const trees = new Map<string, Files>();
  const blobs = new Map<string, string>();

  const filesAt = async (commit: string): Promise<Files | null> => {
    let tree: string;
    try {
      tree = (await git.readTree({ fs, dir: root, oid: commit, filepath: prefix })).oid;
    } catch {
      return null;
    }
    return flatten(tree);
  };
  const flatten = async (tree: string): Promise<Files> => {
    const known = trees.get(tree);
    if (known !== undefined) return known;
    const files: Files = new Map();
    for (const item of (await git.readTree({ fs, dir: root, oid: tree })).tree) {
      if (item.type === 'blob') files.set(item.path, item.oid);
      if (item.type === 'tree')
        for (const [path, oid] of await flatten(item.oid)) files.set(`${item.path}/${path}`, oid);
    }
    trees.set(tree, files);
    return files;
  };
  const text = async (oid: string): Promise<string> => {
    let known = blobs.get(oid);
    if (known === undefined) {
      known = new TextDecoder().decode((await git.readBlob({ fs, dir: root, oid })).blob);
      blobs.set(oid, known);
    }
    return known;
  };
  // Keyed by the file list itself: `flatten` returns the same object for the same tree.
  const frameworks = new Map<Files, Promise<Record<Locale, Framework> | null>>();
  const yamlCache = new Map<string, unknown>();
  const frameworkOf = (files: Files) => {
    let known = frameworks.get(files);
    if (known === undefined) {
      known = (async () => {
        const texts = new Map<string, string>();
        for (const [path, oid] of files) texts.set(path, await text(oid));
        const read = readContentFiles(
          [...texts.keys()].sort().map((path) => [path, () => texts.get(path) ?? '']),
          { yamlCache },
        );
        if (read.diagnostics.items.some((d) => d.severity === 'error')) return null;
        return (await buildFrameworks(read.source)).frameworks;
      })();
      frameworks.set(files, known);
    }
    return known;
  };

  return { filesAt, frameworkOf };
}

/** The history being read, newest commit first. */
interface Walk {
  history: ContentHistory;
  /** Each framework version, by the oldest commit that has it (the walk goes newest first). */
  versions: Map<string, FrameworkVersionRecord>;
  shallow: ReadonlySet<string>;
  logged: ReadonlySet<string>;
  /** How many commits get their changes in detail (each built as a framework). */
  detailed: number;
}

/** One commit that is not a merge: what it changed in the content, and the framework version it made. */
async function addCommit(
  reader: RepoReader,
  { history, versions, shallow, logged, detailed }: Walk,
  oid: string,
  commit: { parent: string[]; author: { timestamp: number }; message: string },
  after: Files | null,
): Promise<void> {
  const parent = commit.parent[0];
  const first = parent === undefined || shallow.has(oid) || !logged.has(parent);
  const before = first ? null : await reader.filesAt(parent);
  if (after === null && before === null) return;
  const a = after ?? new Map<string, string>();
  const b = before ?? new Map<string, string>();
  const changed = [...new Set([...a.keys(), ...b.keys()])].filter((path) => a.get(path) !== b.get(path)).sort();
  if (changed.length === 0) return;
  const date = new Date(commit.author.timestamp * 1000).toISOString();
  for (const path of first ? [...a.keys()] : changed) if (a.has(path)) history.lastUpdated[path] ??= date;

  const detail = history.commits.length < detailed;
  const [fa, fb] = detail
    ? await Promise.all([
        after === null ? null : reader.frameworkOf(after),
        before === null ? null : reader.frameworkOf(before),
      ])
    : [null, null];
  for (const fw of [fa, fb]) {
    for (const [locale, f] of Object.entries(fw ?? {}) as [Locale, Framework][]) {
      const names = (history.names[locale] ??= {});
      for (const [id, title] of titlesOf(f)) names[id] ??= title;
    }
  }
  const main = primary(fa);
  if (main !== undefined) {
    // Walking newest first: an older commit with the same version is when it first appeared.
    versions.set(main.version, { version: main.version, date, sha: oid, structure: frameworkStructure(main) });
  }
  history.commits.push({
    sha: oid,
    date,
    message: (commit.message.split('\n')[0] ?? '').trim(),
    first,
    settings: !first && changed.includes(SETTINGS_FILE),
    unreadable: detail && ((after !== null && fa === null) || (before !== null && fb === null)),
    summarised: !detail,
    entries: first ? [] : entryChanges(changed, a, b, fa, fb),
    other: first ? [] : changed.filter((path) => path !== SETTINGS_FILE && entryOf(path) === null),
    fileCount: a.size,
  });
}

/** Collection and id of a content file, or null for files that are not entries. */
function entryOf(path: string): { collection: CollectionName; id: string } | null {
  const parts = path.split('/');
  const collection = (parts[0] === TRANSLATIONS_DIR ? parts[2] : parts[0]) as CollectionName;
  const name = parts.at(-1) ?? '';
  if (!COLLECTIONS.includes(collection) || !/\.mdx?$/.test(name)) return null;
  if (parts.length !== (parts[0] === TRANSLATIONS_DIR ? 4 : 2)) return null;
  return { collection, id: name.replace(/\.mdx?$/, '') };
}

function entryChanges(
  changed: string[],
  after: Files,
  before: Files,
  fa: Record<Locale, Framework> | null,
  fb: Record<Locale, Framework> | null,
): EntryChange[] {
  const byEntry = new Map<string, EntryChange>();
  const sourceFile = (files: Files, collection: string, id: string) =>
    files.has(`${collection}/${id}.md`) || files.has(`${collection}/${id}.mdx`);
  for (const path of changed) {
    const entry = entryOf(path);
    if (entry === null) continue;
    const k = `${entry.collection}/${entry.id}`;
    if (byEntry.has(k)) continue;
    const is = sourceFile(after, entry.collection, entry.id);
    const was = sourceFile(before, entry.collection, entry.id);
    if (!is && !was) continue; // a translation of something that does not exist
    byEntry.set(k, { ...entry, kind: is && was ? 'changed' : is ? 'added' : 'removed', details: {} });
  }
  // A level's structure also changes through other files (a training made mandatory for it).
  const levelIds = new Set([...(primary(fa)?.levels ?? []), ...(primary(fb)?.levels ?? [])].map((l) => l.id));
  for (const id of levelIds) {
    const k = `levels/${id}`;
    for (const locale of new Set([...Object.keys(fa ?? {}), ...Object.keys(fb ?? {})])) {
      const x = fb?.[locale]?.levels.find((l) => l.id === id);
      const y = fa?.[locale]?.levels.find((l) => l.id === id);
      if (x === undefined || y === undefined || fa?.[locale] === undefined || fb?.[locale] === undefined) continue;
      const details = [
        ...diffLevel(levelStructure(fb[locale], x), levelStructure(fa[locale], y)),
        ...diffConditions(x.promotion?.conditions ?? [], y.promotion?.conditions ?? []),
      ];
      if (details.length === 0) continue;
      const change = byEntry.get(k) ?? { collection: 'levels' as const, id, kind: 'changed' as const, details: {} };
      change.details[locale] = details;
      byEntry.set(k, change);
    }
  }
  const order = (c: EntryChange) => COLLECTIONS.indexOf(c.collection);
  return [...byEntry.values()].sort((x, y) => order(x) - order(y) || x.id.localeCompare(y.id));
}

/** The framework in the default locale, the one structure is written in. */
function primary(frameworks: Record<Locale, Framework> | null): Framework | undefined {
  const any = Object.values(frameworks ?? {})[0];
  return any === undefined ? undefined : (frameworks?.[any.defaultLocale] ?? any);
}
