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
import { downloads, inlineScriptBytes, totalBytes } from '../src/verify/downloads.ts';
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

/** First searches for every title of a locale's handbook, with progress on stderr. */
async function titleSearches(locale: string): Promise<FirstSearchSummary> {
  const framework = JSON.parse(readFileSync(join(DIST, locale, 'framework.json'), 'utf8')) as Framework;
  const pages = titledPages(framework);
  return firstSearches(browser, `${base}/`, locale, pages, (n) => {
    if (n % 20 === 0 || n === pages.length) console.error(`first searches, ${locale}: ${n}/${pages.length}`);
  });
}

/**
 * JavaScript (files and inline scripts, gzip) a page downloads until `ready` has run, and in all once
 * `then` has run too.
 */
async function scriptsBeforeAndAfter(
  path: string,
  ready: (page: Page) => Promise<void>,
  then: (page: Page) => Promise<void>,
): Promise<{ before: number; after: number }> {
  const page = await browser.newPage();
  const first = await downloads(page, isScript, async () => {
    await page.goto(`${base}${path}`);
    await ready(page);
  });
  const inline = await inlineScriptBytes(page);
  const more = await downloads(page, isScript, () => then(page));
  await page.close();
  const before = totalBytes(first) + inline;
  return { before, after: before + totalBytes(more) };
}

/** JavaScript the self-assessment downloads before and after its results are first shown (gzip). */
const assessmentScripts = () =>
  scriptsBeforeAndAfter(
    '/en/assess/?target=team-lead',
    (page) => page.locator('[data-form]').waitFor(),
    async (page) => {
      await page.locator('[data-form] button[type="submit"]').click();
      await page.locator('[data-results] table').waitFor();
      await page.waitForLoadState('networkidle');
    },
  );

/**
 * JavaScript the team view downloads before files are added, and after the thirty fixture exports
 * (tests/fixtures/assessments/team/) are, with the team and its chart shown (gzip).
 */
const teamScripts = () =>
  scriptsBeforeAndAfter(
    '/en/team/',
    async (page) => {
      await page.locator('[data-live]:not([inert])').first().waitFor();
      await page.waitForLoadState('networkidle');
    },
    async (page) => {
      const dir = 'tests/fixtures/assessments/team';
      await page.locator('[data-files]').setInputFiles(readdirSync(dir).map((f) => join(dir, f)));
      await page.locator('[data-chart] canvas').waitFor();
      await page.waitForLoadState('networkidle');
    },
  );

/** Gzip bytes of all JavaScript a page loads (files, including chunks they import, and inline). */
async function loadedScripts(path: string): Promise<number> {
  const { before } = await scriptsBeforeAndAfter(
    path,
    (page) => page.waitForLoadState('networkidle'),
    async () => undefined,
  );
  return before;
}

const framework = JSON.parse(readFileSync(join(DIST, 'en/framework.json'), 'utf8')) as Framework;
/** A career-fit result with every question answered (the first answer each time), as a link. */
const fitLink = await encodeFitLink(
  fitState(framework.fit.version, Object.fromEntries(framework.fit.questions.map((q) => [q.id, 0]))),
);
const fitPages =
  framework.fit.questions.length === 0
    ? []
    : [['career-fit page (result from a link)', `/en/fit/#${fitLink}`] as const];

const islands: [string, number][] = [];
for (const [name, path] of [
  ...fitPages,
  ['compare island (with a pair chosen)', '/en/compare/?from=cs-junior&to=qa-lead'],
  ['catalog filter island', '/en/trainings/'],
  ['search page (before Pagefind loads)', '/en/search/'],
  ['a level page', '/en/levels/cs-senior/'],
] as const) {
  islands.push([name, await loadedScripts(path)]);
}

const assess = await assessmentScripts();
const team = await teamScripts();
const searches: [string, FirstSearchSummary][] = [];
for (const locale of ['en', 'zh-cn']) searches.push([locale, await titleSearches(locale)]);
await browser.close();
stop();

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
