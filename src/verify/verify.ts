/**
 * `trackbook verify`: the quality gates this project runs on itself, run on any built handbook. Reads
 * the built folder, checks every HTML page statically (links, HTML, policy, sizes), then serves the
 * folder under its base path and loads every sitemap page in a small pool of browser pages (axe,
 * requests, policy violations, JavaScript sizes). Returns every problem, each tied to a page.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { gzipBytes, levelPageHtml, readingPageScripts, siteCss } from './budgets.ts';
import { checkPolicy } from './csp.ts';
import { htmlValidator } from './html.ts';
import { checkLinks, resolveReference, type ParsedPage } from './links.ts';
import { pageFacts } from './page-facts.ts';
import { browserPages, checkInBrowser, type LoadOptions } from './page-load.ts';
import { eachConcurrently, progress } from './pool.ts';
import { BROWSER_GATES, GATES, type Gate, type Problem } from './problems.ts';
import { serve } from './server.ts';
import { fileFor, readSite, type BuiltSite } from './site.ts';

export interface VerifyOptions {
  /** The built folder. */
  dist: string;
  /** The base path; read from the sitemap when not given. */
  base?: string;
  /** The gates to run; all by default. */
  gates?: readonly Gate[];
  /** Browser pages loading at once; the machine's parallelism by default. */
  concurrency?: number;
  /** A Chromium to launch instead of the one found. */
  browserPath?: string;
  /** A browser already running (the caller keeps and closes it). */
  browser?: Browser;
  /** Progress lines. */
  log?: (line: string) => void;
}

export interface VerifyReport {
  dist: string;
  base: string;
  gates: Gate[];
  /** Every HTML page checked statically, as paths. */
  pages: string[];
  /** The sitemap pages loaded in the browser (none when no browser gate ran). */
  browserPages: string[];
  problems: Problem[];
  seconds: number;
}

function parsePages(site: BuiltSite): ParsedPage[] {
  return site.htmlPages.map((path) => {
    const file = fileFor(site, path) ?? '';
    return { path, file, facts: pageFacts(readFileSync(file, 'utf8')) };
  });
}

/** Every stylesheet the pages link (gzip bytes by path) and the inline styles (each text once). */
function cssOf(site: BuiltSite, pages: ParsedPage[]): Problem[] {
  const sheets = new Map<string, number>();
  const inline = new Set<string>();
  for (const page of pages) {
    for (const href of page.facts.stylesheets) {
      const target = resolveReference(site, page.path, href);
      if (target === null || !('file' in target)) continue;
      const name = `${site.base}${relative(site.dir, target.file)}`;
      if (!sheets.has(name)) sheets.set(name, gzipBytes(readFileSync(target.file)));
    }
    for (const text of page.facts.inlineStyles) inline.add(text);
  }
  return siteCss(
    sheets,
    [...inline].reduce((sum, text) => sum + gzipBytes(text), 0),
  );
}

function staticBudgets(site: BuiltSite, pages: ParsedPage[]): Problem[] {
  return [
    ...pages.flatMap((p) => {
      const under = p.path.slice(site.base.length);
      return [
        ...readingPageScripts(p.path, under, p.facts.scripts),
        ...levelPageHtml(p.path, under, gzipBytes(readFileSync(p.file))),
      ];
    }),
    ...cssOf(site, pages),
  ];
}

async function staticGates(site: BuiltSite, pages: ParsedPage[], gates: readonly Gate[], log: (line: string) => void) {
  const problems: Problem[] = [];
  if (gates.includes('links')) problems.push(...checkLinks(site, pages));
  if (gates.includes('csp')) problems.push(...pages.flatMap(checkPolicy));
  if (gates.includes('budgets')) problems.push(...staticBudgets(site, pages));
  if (gates.includes('html')) {
    const validate = htmlValidator();
    const tell = progress(log, 'html', pages.length);
    let count = 0;
    for (const page of pages) {
      problems.push(...(await validate(page.path, page.file)));
      tell(++count);
    }
  }
  return problems;
}

/** One sitemap page in a free browser page; one that cannot be loaded is reported, and its browser page replaced. */
async function loadOne(free: Page[], context: BrowserContext, path: string, load: LoadOptions): Promise<Problem[]> {
  // As many browser pages as items in flight: one is always free.
  let page = free.pop() as Page;
  try {
    return await checkInBrowser(page, path, load);
  } catch (error) {
    // The page did not load or its renderer died (a machine out of memory): go on with a fresh page.
    await page.close().catch(() => {});
    page = await context.newPage();
    const reason = (error as Error).message.split('\n')[0];
    return [{ page: path, gate: 'requests', message: `the page could not be loaded: ${reason}` }];
  } finally {
    free.push(page);
  }
}

/** Serves the site and loads every sitemap page in a pool of pages of `browser`. */
async function loadSite(site: BuiltSite, browser: Browser, options: VerifyOptions, gates: readonly Gate[]) {
  const log = options.log ?? (() => {});
  const paths = site.sitemapPages;
  const server = await serve(site.dir, site.base);
  const problems: Problem[] = [];
  try {
    const context = await browser.newContext();
    const concurrency = Math.max(1, Math.min(options.concurrency ?? availableParallelism(), paths.length));
    const free = await browserPages(context, server.origin, concurrency);
    const label = gates.filter((g) => BROWSER_GATES.includes(g)).join(', ');
    log(`browser: ${paths.length} pages, ${concurrency} at a time (${label})`);
    const load = { origin: server.origin, base: site.base, gates };
    const each = async (path: string) => void problems.push(...(await loadOne(free, context, path, load)));
    await eachConcurrently(paths, concurrency, each, progress(log, 'browser', paths.length));
    await context.close();
  } finally {
    await server.close();
  }
  return problems;
}

/** The browser gates, in the browser given or one launched (and closed) for the run. */
async function browserGates(site: BuiltSite, options: VerifyOptions, gates: readonly Gate[]): Promise<Problem[]> {
  if (options.browser !== undefined) return loadSite(site, options.browser, options, gates);
  const browser = await launchBrowser(options.browserPath);
  try {
    return await loadSite(site, browser, options, gates);
  } finally {
    await browser.close();
  }
}

/** Runs the gates on a built site. Throws only when it cannot run (no browser); problems are returned. */
export async function verify(options: VerifyOptions): Promise<VerifyReport> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const gates = GATES.filter((g) => (options.gates ?? GATES).includes(g));
  const site = readSite(options.dist, options.base);
  log(`${site.htmlPages.length} HTML pages under ${site.base}, ${site.sitemapPages.length} in the sitemap`);
  const pages = parsePages(site);
  const problems = await staticGates(site, pages, gates, log);
  const inBrowser = gates.some((g) => BROWSER_GATES.includes(g));
  if (inBrowser) problems.push(...(await browserGates(site, options, gates)));
  const order = (p: Problem) => GATES.indexOf(p.gate);
  problems.sort((a, b) => a.page.localeCompare(b.page) || order(a) - order(b));
  return {
    dist: options.dist,
    base: site.base,
    gates,
    pages: site.htmlPages,
    browserPages: inBrowser ? site.sitemapPages : [],
    problems,
    seconds: (performance.now() - started) / 1000,
  };
}
