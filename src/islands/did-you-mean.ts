/**
 * "Did you mean …?" for a search that found nothing: the nearest words of the handbook's own
 * vocabulary (the search-words.json of its language) by Damerau–Levenshtein distance, in its
 * optimal-string-alignment form, so that a swapped pair of letters counts as one edit. Latin-script
 * words only; Chinese typos are not guessed at.
 */

/**
 * Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`; anything above `max`
 * is reported as `max + 1`, which lets the search stop early on words that are clearly different.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    [before, previous] = [previous, row];
  }
  return Math.min(previous[b.length] ?? 0, max + 1);
}

/** How many edits a word of `length` letters may be away from a suggestion: 1 up to four, then 2. */
export function maxEdits(length: number): number {
  return length <= 4 ? 1 : 2;
}

const LATIN_WORD = /^[\p{Script=Latin}\p{M}'-]+$/u;

/**
 * The vocabulary words nearest to `word`, at most `limit`: fewest edits first, then in vocabulary
 * order (the most frequent words first). Nothing for a word the vocabulary has or a non-Latin one.
 */
export function nearestWords(word: string, vocabulary: readonly string[], limit = 3): string[] {
  const w = word.toLowerCase();
  if (w.length < 2 || !LATIN_WORD.test(w) || vocabulary.includes(w)) return [];
  const max = maxEdits(w.length);
  return vocabulary
    .map((v, order) => ({ v, order, d: editDistance(w, v, max) }))
    .filter((c) => c.d <= max)
    .sort((x, y) => x.d - y.d || x.order - y.order)
    .slice(0, limit)
    .map((c) => c.v);
}

/**
 * Corrected versions of `query`, at most `limit`, each word not in the vocabulary replaced by one of
 * its nearest words (the n-th correction uses each word's n-th nearest, or its nearest). Empty when no
 * word needs or has a correction.
 */
export function corrections(query: string, vocabulary: readonly string[], limit = 3): string[] {
  const words = query.trim().split(/\s+/);
  const nearest = words.map((w) => nearestWords(w, vocabulary, limit));
  if (nearest.every((n) => n.length === 0)) return [];
  const count = Math.max(...nearest.map((n) => n.length));
  const out = Array.from({ length: count }, (_, k) =>
    words.map((w, i) => nearest[i]?.[k] ?? nearest[i]?.[0] ?? w).join(' '),
  );
  return [...new Set(out)];
}
