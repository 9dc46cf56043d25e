/**
 * The browser pass: loads each page of the sitemap from the local server in Chromium and reports, per
 * page, what only a browser sees — axe's WCAG 2.2 AA violations (`axe`), requests to other origins,
 * which are recorded and aborted, and requests the site cannot answer (`requests`), policy
 * violations (`csp`) and the JavaScript an interactive page loads (`budgets`).
 */
import type { BrowserContext, ConsoleMessage, Page, Request, Response } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { gzipBytes, pageJavascript } from './budgets.ts';
import type { Gate, Problem } from './problems.ts';

/**
 * Records, while a page loads, what the gates need from its network traffic and console; `stop()`
 * takes the listeners off again, so the browser page can load the next one.
 */
function watch(page: Page, origin: string) {
  const seen = { foreign: new Set<string>(), failed: new Set<string>(), violations: new Set<string>() };
  const scripts: Promise<number>[] = [];
  const own = (url: string) => new URL(url).origin === origin;
  const onRequest = (request: Request) => {
    const url = request.url();
    if (!/^(data|blob):/.test(url) && !own(url)) seen.foreign.add(url);
  };
  // A request the server answered with an error is reported with its status, not again as failed.
  const answered = new Set<string>();
  const onFailed = (request: Request) => {
    if (!own(request.url()) || answered.has(request.url())) return;
    seen.failed.add(`${new URL(request.url()).pathname}: ${request.failure()?.errorText ?? 'failed'}`);
  };
  const onResponse = (response: Response) => {
    if (!own(response.url())) return;
    if (response.status() >= 400) {
      answered.add(response.url());
      seen.failed.add(`${new URL(response.url()).pathname}: HTTP ${response.status()}`);
    } else if (response.status() < 300 && response.request().resourceType() === 'script') {
      scripts.push(response.body().then(gzipBytes, () => 0));
    }
  };
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      seen.violations.add(message.text());
  };
  page.on('request', onRequest).on('requestfailed', onFailed).on('response', onResponse).on('console', onConsole);
  const stop = () => {
    page.off('request', onRequest).off('requestfailed', onFailed).off('response', onResponse).off('console', onConsole);
  };
  return { seen, scripts, stop };
}

/** gzip bytes of the page's own inline scripts (Astro inlines small ones). */
async function inlineScriptBytes(page: Page): Promise<number> {
  const texts = await page.$$eval('script:not([src])', (scripts) =>
    scripts
      .filter((s) => ['', 'module', 'text/javascript'].includes(s.getAttribute('type') ?? ''))
      .map((s) => s.textContent ?? '')
      .filter((text) => text.trim() !== ''),
  );
  return texts.reduce((sum, text) => sum + gzipBytes(text), 0);
}

export interface LoadOptions {
  /** The local server's origin, `http://127.0.0.1:PORT`. */
  origin: string;
  base: string;
  gates: readonly Gate[];
}

/**
 * Loads one page of the site (its path, base included) in a browser page and returns its problems.
 * No time limit: on a busy machine a page is slow, not wrong.
 */
export async function checkInBrowser(page: Page, path: string, options: LoadOptions): Promise<Problem[]> {
  const { seen, scripts, stop } = watch(page, options.origin);
  const problems: Problem[] = [];
  const add = (gate: Gate, messages: Iterable<string>) => {
    if (options.gates.includes(gate)) for (const message of messages) problems.push({ page: path, gate, message });
  };
  try {
    await page.goto(`${options.origin}${path}`, { waitUntil: 'load', timeout: 0 });
    if (options.gates.includes('axe')) add('axe', await axeViolations(page));
    if (options.gates.includes('budgets')) {
      const bytes = (await Promise.all(scripts)).reduce((a, b) => a + b, await inlineScriptBytes(page));
      problems.push(...pageJavascript(path, path.slice(options.base.length), bytes));
    }
  } finally {
    stop();
  }
  add(
    'requests',
    [...seen.foreign].map((url) => `request to another origin (aborted): ${url}`),
  );
  add(
    'requests',
    [...seen.failed].map((what) => `request the site could not answer: ${what}`),
  );
  add('csp', [...seen.violations]);
  return problems;
}

/**
 * A pool of `size` browser pages in one context where every request to another origin is aborted (the
 * pages record them): nothing leaves the machine. No default timeouts anywhere.
 */
export async function browserPages(context: BrowserContext, origin: string, size: number): Promise<Page[]> {
  context.setDefaultTimeout(0);
  context.setDefaultNavigationTimeout(0);
  await context.route(
    (url) => url.origin !== origin && !['data:', 'blob:'].includes(url.protocol),
    (route) => route.abort('blockedbyclient'),
  );
  return Promise.all(Array.from({ length: size }, () => context.newPage()));
}
