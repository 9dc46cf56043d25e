/**
 * Builds the Pagefind search index of the built site through Pagefind's Node API: one index per
 * language (from each page's `lang`), Chinese segmented by Pagefind's extended build. Every response
 * is checked; any error fails the build.
 */
import * as pagefind from 'pagefind';
import { join } from 'node:path';

export interface SearchIndexResult {
  pages: number;
  outputPath: string;
}

export async function buildSearchIndex(siteDir: string): Promise<SearchIndexResult> {
  try {
    const { errors, index } = await pagefind.createIndex({});
    if (index === undefined || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${siteDir}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages: added.page_count, outputPath: written.outputPath };
  } finally {
    await pagefind.close();
  }
}
