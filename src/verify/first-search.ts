/**
 * What a reader's first search downloads: Pagefind's script, worker, WebAssembly, index chunks and the
 * fragments of the results shown, plus the handbook's vocabulary when corrections are offered. Each
 * query runs in a fresh browser context (an empty cache), so one query's downloads never count for
 * another. Sizes are of what is sent: Pagefind's chunks are already compressed, the rest is gzipped.
 */
import type { Browser } from 'playwright-core';
import { downloads, totalBytes } from './downloads.ts';
import { eachConcurrently } from './pool.ts';
import { median, type TitledPage } from './search-queries.ts';

export interface FirstSearch {
  query: string;
  bytes: number;
  requests: number;
}

export interface FirstSearchSummary {
  queries: number;
  median: number;
  worst: FirstSearch;
}

/** Whether a path (under any base) is something the search downloads rather than the page itself. */
function isSearchDownload(path: string): boolean {
  return /\/pagefind\//.test(path) || path.endsWith('/search-words.json');
}

/**
 * One first search: the search page of `locale` under `base` (`http://host/handbook/`) opened with
 * `?q=`, until its results are shown and the network is quiet.
 */
export async function firstSearch(browser: Browser, base: string, locale: string, query: string): Promise<FirstSearch> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const sizes = await downloads(page, isSearchDownload, async () => {
      await page.goto(new URL(`${locale}/search/?q=${encodeURIComponent(query)}`, base).href);
      await page.locator('[data-results][aria-busy="false"]').waitFor({ state: 'attached', timeout: 0 });
      await page.waitForLoadState('networkidle', { timeout: 0 });
    });
    return { query, bytes: totalBytes(sizes), requests: sizes.size };
  } finally {
    await context.close();
  }
}

/** The first search of every title in `pages`, two at a time, as median and worst bytes. */
export async function firstSearches(
  browser: Browser,
  base: string,
  locale: string,
  pages: readonly TitledPage[],
  done?: (count: number) => void,
): Promise<FirstSearchSummary> {
  const results: FirstSearch[] = [];
  await eachConcurrently(
    pages,
    2,
    async (p) => void results.push(await firstSearch(browser, base, locale, p.title)),
    done,
  );
  const worst = results.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  return { queries: results.length, median: median(results.map((r) => r.bytes)), worst };
}
