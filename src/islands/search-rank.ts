/**
 * The order search results are shown in, on top of Pagefind's own ranking. Pagefind scores words, not
 * phrases or titles, so a page named "Team lead" can rank below "Team leadership", and a Chinese page
 * with the query's characters scattered can rank above one that has them side by side. Two rules fix
 * that without tuning numbers to the content:
 *
 * 1. Phrase first: for a query of several words (or several Chinese characters), the pages that
 *    contain it as a contiguous phrase (Pagefind's own exact search, `"…"`) come before the rest,
 *    each group in Pagefind's order (its exact search ranks less well than its normal one).
 * 2. Title first: within the first page of results, whose data is loaded anyway to show them, a page
 *    whose title is the query comes first.
 */

export interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** A title or query reduced to what tells them apart: case, width, spaces and punctuation dropped. */
export function normalizeTitle(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Whether a query is a phrase: several words, or two or more Chinese characters; not already quoted. */
export function isPhrase(query: string): boolean {
  const q = query.trim();
  if (/^".*"$/.test(q)) return false;
  const han = q.match(/\p{Script=Han}/gu)?.length ?? 0;
  return /\s/.test(q) || han >= 2;
}

/** Stable: the results that are in `phrase` come first; each group keeps Pagefind's order. */
export function phraseFirst<T extends { id: string }>(all: readonly T[], phrase: readonly { id: string }[]): T[] {
  const ids = new Set(phrase.map((r) => r.id));
  return [...all.filter((r) => ids.has(r.id)), ...all.filter((r) => !ids.has(r.id))];
}

/** Stable: the items whose title is the query come first, the others keep their order. */
export function titleFirst<T>(items: readonly T[], title: (item: T) => string | undefined, query: string): T[] {
  const wanted = normalizeTitle(query);
  const exact = (item: T) => normalizeTitle(title(item) ?? '') === wanted;
  return [...items.filter(exact), ...items.filter((item) => !exact(item))];
}

/** A result with its data loaded at most once. */
export interface RankedResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

function once(result: PagefindResult): RankedResult {
  let loaded: Promise<PagefindResultData> | undefined;
  return { id: result.id, data: () => (loaded ??= result.data()) };
}

/**
 * Runs `query` and orders the results by the two rules above; the data of the first `window` results
 * is loaded (the caller shows those first anyway).
 */
export async function rankedSearch(
  pagefind: Pick<Pagefind, 'search'>,
  query: string,
  filters: Record<string, string>,
  window: number,
): Promise<RankedResult[]> {
  const [all, phrase] = await Promise.all([
    pagefind.search(query, { filters }),
    isPhrase(query) ? pagefind.search(`"${query.trim()}"`, { filters }) : null,
  ]);
  const merged = phraseFirst(all?.results ?? [], phrase?.results ?? []).map(once);
  const head = merged.slice(0, window);
  const titles = new Map(await Promise.all(head.map(async (r) => [r.id, (await r.data()).meta.title] as const)));
  return [...titleFirst(head, (r) => titles.get(r.id), query), ...merged.slice(window)];
}
