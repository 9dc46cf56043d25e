/**
 * Site-size benchmark on the built site (run `npm run build` first): pages per locale, gzip sizes of a
 * typical level page, all CSS and the islands' JavaScript (the team view's before and after files are
 * added; the career-fit page's too, when the handbook has one), and what a reader's first search
 * downloads in each locale over the query set of every title (median and worst, measured in Chromium).
 * Prints figures; asserts nothing.
 *   node scripts/bench-site.ts
 */
import { chromium, type Page } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { encodeShareLink } from '../src/assessment/codec.ts';
import { encodeFitLink, fitState } from '../src/assessment/fit-link.ts';
import { emptyState } from '../src/assessment/state.ts';
import type { Framework } from '../src/framework/model.ts';
import { firstSearches, type FirstSearchSummary } from '../src/verify/first-search.ts';
import { titledPages } from '../src/verify/search-queries.ts';
import { findBrowser, SYSTEM_CHROMIUM_ARGS } from '../tests/e2e/browser.ts';
import { startPreview } from './preview.ts';

const DIST = 'dist';
const PORT = 4323;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (path: string) => gzipSync(readFileSync(path)).length;
const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' });
const pages = files.filter((f) => f.endsWith('.html'));
const under = (prefix: string, ext: string) => files.filter((f) => f.startsWith(prefix) && f.endsWith(ext));

const { base, stop } = await startPreview(PORT);

const found = findBrowser();
if (found === null) throw new Error('no Chromium: run `node scripts/ensure-browser.ts`');
const browser = await chromium.launch(
  found.kind === 'system' ? { executablePath: found.path, args: SYSTEM_CHROMIUM_ARGS } : {},
);

const isScript = (path: string) => /\.m?js$/.test(path) && !path.startsWith('/pagefind/');

/**
 * Watches what `page` downloads whose path matches: bytes as gzip of each body (or the body itself when
 * it is already compressed, like Pagefind's index chunks), and the number of requests. Call the
 * returned function once the page is done.
 */
function watchDownloads(
  page: Page,
  match: (path: string) => boolean,
): () => Promise<{ bytes: number; requests: number }> {
  let bytes = 0;
  let requests = 0;
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    if (!match(new URL(response.url()).pathname)) return;
    requests++;
    pending.push(response.body().then((body) => void (bytes += Math.min(body.length, gzipSync(body).length))));
  });
  return async () => {
    await Promise.all(pending);
    return { bytes, requests };
  };
}

/** First searches for every title of a locale's handbook, with progress on stderr. */
async function titleSearches(locale: string): Promise<FirstSearchSummary> {
  const framework = JSON.parse(readFileSync(join(DIST, locale, 'framework.json'), 'utf8')) as Framework;
  const pages = titledPages(framework);
  return firstSearches(browser, `${base}/`, locale, pages, (n) => {
    if (n % 20 === 0 || n === pages.length) console.error(`first searches, ${locale}: ${n}/${pages.length}`);
  });
}

/** JavaScript the self-assessment downloads before and after its results are first shown (gzip). */
async function assessmentScripts(): Promise<{ before: number; after: number }> {
  const page = await browser.newPage();
  const done = watchDownloads(page, isScript);
  const inline = inlineScripts('en/assess/index.html');
  await page.goto(`${base}/en/assess/?target=team-lead`);
  await page.locator('[data-form]').waitFor();
  const before = (await done()).bytes + inline;
  await page.locator('[data-form] button[type="submit"]').click();
  await page.locator('[data-results] table').waitFor();
  await page.waitForLoadState('networkidle');
  const after = (await done()).bytes + inline;
  await page.close();
  return { before, after };
}

/**
 * JavaScript the team view downloads before files are added, and after the thirty fixture exports
 * (tests/fixtures/assessments/team/) are, with the team and its chart shown (gzip).
 */
async function teamScripts(): Promise<{ before: number; after: number }> {
  const page = await browser.newPage();
  const done = watchDownloads(page, isScript);
  const inline = inlineScripts('en/team/index.html');
  await page.goto(`${base}/en/team/`);
  await page.locator('[data-live]:not([inert])').first().waitFor();
  await page.waitForLoadState('networkidle');
  const before = (await done()).bytes + inline;
  const dir = 'tests/fixtures/assessments/team';
  await page.locator('[data-files]').setInputFiles(readdirSync(dir).map((f) => join(dir, f)));
  await page.locator('[data-chart] canvas').waitFor();
  await page.waitForLoadState('networkidle');
  const after = (await done()).bytes + inline;
  await page.close();
  return { before, after };
}

/** Gzip bytes of all JavaScript a page loads (files, including chunks they import, and inline). */
async function loadedScripts(path: string, file: string): Promise<number> {
  const page = await browser.newPage();
  const done = watchDownloads(page, isScript);
  await page.goto(`${base}${path}`);
  await page.waitForLoadState('networkidle');
  const { bytes } = await done();
  await page.close();
  return bytes + inlineScripts(file);
}

const framework = JSON.parse(readFileSync(join(DIST, 'en/framework.json'), 'utf8')) as Framework;
/** A career-fit result with every question answered (the first answer each time), as a link. */
const fitLink = await encodeFitLink(
  fitState(framework.fit.version, Object.fromEntries(framework.fit.questions.map((q) => [q.id, 0]))),
);
const fitPages =
  framework.fit.questions.length === 0
    ? []
    : [['career-fit page (result from a link)', `/en/fit/#${fitLink}`, 'en/fit/index.html'] as const];

const islands: [string, number][] = [];
for (const [name, path, page] of [
  ...fitPages,
  ['compare island (with a pair chosen)', '/en/compare/?from=cs-junior&to=qa-lead', 'en/compare/index.html'],
  ['catalog filter island', '/en/trainings/', 'en/trainings/index.html'],
  ['search page (before Pagefind loads)', '/en/search/', 'en/search/index.html'],
  ['a level page', '/en/levels/cs-senior/', 'en/levels/cs-senior/index.html'],
] as const) {
  islands.push([name, await loadedScripts(path, page)]);
}

const assess = await assessmentScripts();
const team = await teamScripts();
const searches: [string, FirstSearchSummary][] = [];
for (const locale of ['en', 'zh-cn']) searches.push([locale, await titleSearches(locale)]);
await browser.close();
stop();

/** Gzip bytes of a page's inline module scripts (the files they load are measured in the browser). */
function inlineScripts(page: string): number {
  const html = readFileSync(join(DIST, page), 'utf8');
  return [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)]
    .map((m) => gzipSync(m[1] ?? '').length)
    .reduce((a, b) => a + b, 0);
}
console.log('figure | value');
console.log('--- | ---');
console.log(
  `HTML pages | en ${under('en/', '.html').length}, zh-cn ${under('zh-cn/', '.html').length} (${pages.length} in all)`,
);
console.log(`level page /en/levels/cs-senior/ | ${kb(gz(join(DIST, 'en/levels/cs-senior/index.html')))} gzip`);
console.log(`level page /zh-cn/levels/cs-senior/ | ${kb(gz(join(DIST, 'zh-cn/levels/cs-senior/index.html')))} gzip`);
console.log(`all CSS | ${kb(under('_astro', '.css').reduce((sum, f) => sum + gz(join(DIST, f)), 0))} gzip`);
for (const [name, bytes] of islands) console.log(`JavaScript on ${name} | ${kb(bytes)} gzip`);
for (const [locale, { queries, median, worst }] of searches) {
  console.log(
    `first search, ${locale}, each of ${queries} titles | median ${kb(median)}, worst ${kb(worst.bytes)} ("${worst.query}", ${worst.requests} requests)`,
  );
}
console.log(
  `search index on disk | ${kb(files.filter((f) => f.startsWith('pagefind/')).reduce((s, f) => s + (statSync(join(DIST, f)).isFile() ? statSync(join(DIST, f)).size : 0), 0))}`,
);

const full = {
  ...emptyState(framework.version),
  current: 'cs-expert',
  target: 'team-lead',
  ratings: Object.fromEntries(framework.competencies.map((c, i) => [c.id, i % 5])),
  facts: {
    monthsInLevel: 14,
    metrics: Object.fromEntries(framework.metrics.map((m) => [m.id, m.unit === 'seconds' ? 395 : 91.5])),
    trainings: framework.trainings.slice(0, 8).map((t) => t.id),
    assessments: ['written-exam', 'oral-exam'],
    conditions: [0],
  },
};
const link = `https://careers.example.com/en/assess/#${await encodeShareLink(full)}`;
console.log(
  `JavaScript of the self-assessment before / after results | ${kb(assess.before)} / ${kb(assess.after)} gzip`,
);
console.log(
  `JavaScript of the team view before / after 30 files are added | ${kb(team.before)} / ${kb(team.after)} gzip`,
);
console.log(
  `share link, all ${framework.competencies.length} competencies rated and facts filled, no notes | ${link.length} characters`,
);
if (fitPages.length > 0) {
  console.log(
    `career-fit share link, all ${framework.fit.questions.length} questions answered | ${`https://careers.example.com/en/fit/#${fitLink}`.length} characters`,
  );
}
