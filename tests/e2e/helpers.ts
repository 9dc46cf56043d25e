/** Shared helpers for the end-to-end tests: the built framework JSON and the built sitemap. */
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { check, LinkState } from 'linkinator';
import type { Framework } from '../../src/framework/model.ts';

export const LOCALES = ['en', 'zh-cn'] as const;
export const DIST = new URL('../../test-results/sites/service-advance/dist/', import.meta.url).pathname;

export async function framework(page: Page, locale: string): Promise<Framework> {
  const response = await page.request.get(`/${locale}/framework.json`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as Framework;
}

/** Paths of every page in the built sitemap, e.g. `/en/levels/cs-senior/`. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(`${DIST}sitemap-0.xml`, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
}

/**
 * Crawls a built folder or a served site from `path` with linkinator, fragments included: the broken
 * links (each with the page linking it) and the paths of every URL reached.
 */
export async function crawl(
  path: string,
  options: Partial<Parameters<typeof check>[0]> = {},
): Promise<{ broken: string[]; reached: string[] }> {
  const result = await check({ path, recurse: true, checkFragments: true, concurrency: 10, ...options });
  const broken = result.links
    .filter((l) => l.state === LinkState.BROKEN)
    .map((l) => `${l.url} (status ${l.status ?? '?'}, linked from ${l.parent ?? '?'})`);
  return { broken, reached: result.links.map((l) => l.url) };
}
