/**
 * Gate `budgets` (PRODUCT.md §6): reading pages ship no JavaScript; the compare, catalog and career-fit
 * islands a few KB; the self-assessment at most 15 KB before results; the team view at most 12 KB
 * before files; the search page no more than a first
 * search may download; a level page at most 8 KB of HTML; the whole site at most 12 KB of CSS. Sizes are gzip of what the browser downloads. The one
 * definition of these thresholds: the end-to-end budget test reads them from here.
 */
import { gzipSync } from 'node:zlib';
import type { Problem } from './problems.ts';
import { SITE } from './problems.ts';

export const KB = 1024;

export const BUDGETS = {
  /** JavaScript of the compare page, the training catalog's filter and the career-fit page. */
  islandJs: 6 * KB,
  /** JavaScript of the self-assessment before results (Chart.js comes with the results). */
  assessJs: 15 * KB,
  /** JavaScript of the team view before files are added (aggregation and Chart.js come with them). */
  teamJs: 12 * KB,
  /** Everything a first search downloads (Pagefind's script, worker, WebAssembly and index). */
  firstSearch: 140 * KB,
  /** HTML of a level page. */
  levelPageHtml: 8 * KB,
  /** All CSS of the site: every stylesheet any page links, and every inline style, once each. */
  siteCss: 12 * KB,
} as const;

/** The pages that may load JavaScript, by the last segment of their path, with their budget. */
export const INTERACTIVE_PAGES = {
  assess: BUDGETS.assessJs,
  compare: BUDGETS.islandJs,
  fit: BUDGETS.islandJs,
  search: BUDGETS.firstSearch,
  team: BUDGETS.teamJs,
  trainings: BUDGETS.islandJs,
} as const;

/** Bytes of `text` gzipped, as a static host or CDN sends it. */
export function gzipBytes(text: string | Uint8Array): number {
  return gzipSync(text).length;
}

/** `12.3 KB` */
export function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

/**
 * The JavaScript budget of a page, from its path under the base (`en/compare/` → the compare page's,
 * in any locale, or with no locale segment on a one-language site): 0 for a reading page.
 */
export function javascriptBudget(pathUnderBase: string): number {
  const name = /^(?:[^/]+\/)?([^/]+)\/$/.exec(pathUnderBase)?.[1] ?? '';
  return Object.hasOwn(INTERACTIVE_PAGES, name) ? INTERACTIVE_PAGES[name as keyof typeof INTERACTIVE_PAGES] : 0;
}

/** Whether a path under the base is a level page: `en/levels/senior/`. */
export function isLevelPage(pathUnderBase: string): boolean {
  return /^(?:[^/]+\/)?levels\/[^/]+\/$/.test(pathUnderBase);
}

/** A reading page (no JavaScript budget) that has a script: found in the HTML, before any browser. */
export function readingPageScripts(page: string, pathUnderBase: string, scripts: number): Problem[] {
  if (scripts === 0 || javascriptBudget(pathUnderBase) > 0) return [];
  return [
    {
      page,
      gate: 'budgets',
      message: `a reading page with ${scripts} <script> element(s); reading pages ship no JavaScript`,
    },
  ];
}

export function levelPageHtml(page: string, pathUnderBase: string, gzipped: number): Problem[] {
  if (!isLevelPage(pathUnderBase) || gzipped <= BUDGETS.levelPageHtml) return [];
  return [
    {
      page,
      gate: 'budgets',
      message: `${kb(gzipped)} of HTML (gzip), budget ${kb(BUDGETS.levelPageHtml)} for a level page`,
    },
  ];
}

/** JavaScript an interactive page loaded (files and inline scripts, gzip), against its budget. */
export function pageJavascript(page: string, pathUnderBase: string, gzipped: number): Problem[] {
  const budget = javascriptBudget(pathUnderBase);
  if (budget === 0 || gzipped <= budget) return [];
  return [{ page, gate: 'budgets', message: `${kb(gzipped)} of JavaScript on load (gzip), budget ${kb(budget)}` }];
}

/** All CSS of the site, by stylesheet path and inline style, against the site's budget. */
export function siteCss(sheets: Map<string, number>, inline: number): Problem[] {
  const total = [...sheets.values()].reduce((a, b) => a + b, inline);
  if (total <= BUDGETS.siteCss) return [];
  const largest = [...sheets]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([path, bytes]) => `${path} ${kb(bytes)}`);
  const parts = [...largest, ...(inline > 0 ? [`inline styles ${kb(inline)}`] : [])].join(', ');
  return [
    {
      page: SITE,
      gate: 'budgets',
      message: `${kb(total)} of CSS (gzip), budget ${kb(BUDGETS.siteCss)} for the whole site (${parts})`,
    },
  ];
}
