/**
 * What a page downloads, as sent: the one definition the budgets (`budget.spec.ts`), the first-search
 * measure and the site benchmark count with. A body counts as its gzip size, or as itself when it is
 * already compressed (Pagefind's index chunks, images) and gzip would only make it larger.
 */
import type { Page, Response } from 'playwright-core';
import { gzipSync } from 'node:zlib';

/** Bytes a body takes on the wire, served with compression. */
export function sentBytes(body: Buffer | string): number {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  return Math.min(bytes.length, gzipSync(bytes).length);
}

/**
 * Every successful response whose path matches while `action` runs (redirects and errors are not
 * downloads), by path: sent bytes of each. A path fetched twice counts once.
 */
export async function downloads(
  page: Page,
  match: (path: string) => boolean,
  action: () => Promise<void>,
): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const pending: Promise<void>[] = [];
  const onResponse = (response: Response) => {
    const path = new URL(response.url()).pathname;
    if (!match(path) || response.status() !== 200) return;
    pending.push(
      response.body().then(
        (body) => void sizes.set(path, sentBytes(body)),
        () => undefined, // the page went on before the body arrived: nothing was kept
      ),
    );
  };
  page.on('response', onResponse);
  try {
    await action();
    await Promise.all(pending);
  } finally {
    page.off('response', onResponse);
  }
  return sizes;
}

/** The sum of a `downloads` result. */
export const totalBytes = (sizes: Map<string, number>): number => [...sizes.values()].reduce((a, b) => a + b, 0);

/** Sent bytes of the scripts Astro inlined into the page (small ones are not separate files). */
export async function inlineScriptBytes(page: Page): Promise<number> {
  const texts = await page
    .locator('script:not([src])')
    .evaluateAll((scripts) => scripts.map((s) => s.textContent ?? '').filter((text) => text.trim() !== ''));
  return texts.reduce((sum, text) => sum + sentBytes(text), 0);
}
