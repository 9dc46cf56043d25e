/** The rules of `trackbook verify` that need no browser, in table form, and its command line's answers to bad usage. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS, javascriptBudget, levelPageHtml, pageJavascript, siteCss } from '../../src/verify/budgets.ts';
import { policyProblems } from '../../src/verify/csp.ts';
import { resolveReference } from '../../src/verify/links.ts';
import { pageFacts, refreshUrl, srcsetUrls } from '../../src/verify/page-facts.ts';
import { parseGates } from '../../src/verify/problems.ts';
import { normaliseBase, type BuiltSite } from '../../src/verify/site.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

describe.each([
  ['en/', 0],
  ['en/levels/senior/', 0],
  ['en/compare/', BUDGETS.islandJs],
  ['zh-cn/trainings/', BUDGETS.islandJs],
  ['en/fit/', BUDGETS.islandJs],
  ['en/assess/', BUDGETS.assessJs],
  ['zh-cn/team/', BUDGETS.teamJs],
  ['en/search/', BUDGETS.firstSearch],
  ['compare/', BUDGETS.islandJs],
  ['en/levels/compare/', 0],
])('the JavaScript budget of %s', (path, budget) => {
  it(`is ${budget} B`, () => expect(javascriptBudget(path)).toBe(budget));
});

describe('budgets', () => {
  it.each([
    [BUDGETS.assessJs, 0],
    [BUDGETS.assessJs + 1, 1],
  ])('the self-assessment with %i B of JavaScript: %i problem(s)', (bytes, count) => {
    expect(pageJavascript('/en/assess/', 'en/assess/', bytes)).toHaveLength(count);
  });

  it('names the page, the size and the budget', () => {
    expect(pageJavascript('/h/en/compare/', 'en/compare/', 7 * 1024)).toEqual([
      { page: '/h/en/compare/', gate: 'budgets', message: '7.0 KB of JavaScript on load (gzip), budget 6.0 KB' },
    ]);
    expect(levelPageHtml('/en/levels/a/', 'en/levels/a/', 9 * 1024)).toEqual([
      { page: '/en/levels/a/', gate: 'budgets', message: '9.0 KB of HTML (gzip), budget 8.0 KB for a level page' },
    ]);
  });

  it('holds only level pages to the HTML budget', () => {
    expect(levelPageHtml('/en/faq/', 'en/faq/', 20 * 1024)).toEqual([]);
    expect(levelPageHtml('/en/levels/a/', 'en/levels/a/', BUDGETS.levelPageHtml)).toEqual([]);
  });

  it('adds every stylesheet and the inline styles against the site’s CSS budget', () => {
    const sheets = new Map([
      ['/_astro/a.css', 8 * 1024],
      ['/_astro/b.css', 3 * 1024],
    ]);
    expect(siteCss(sheets, 1024)).toEqual([]);
    expect(siteCss(sheets, 1025)).toEqual([
      {
        page: '(site)',
        gate: 'budgets',
        message:
          '12.0 KB of CSS (gzip), budget 12.0 KB for the whole site (/_astro/a.css 8.0 KB, /_astro/b.css 3.0 KB, inline styles 1.0 KB)',
      },
    ]);
  });
});

describe.each([
  ["default-src 'self'; img-src 'self' data:", []],
  [null, ['no <meta http-equiv="content-security-policy">']],
  ["script-src 'self'", ["the policy has no default-src 'self'"]],
  ["default-src 'self'; style-src 'self' 'unsafe-inline'", ["the policy allows 'unsafe-inline'"]],
  ["default-src *; script-src 'self'", ["the policy has no default-src 'self'"]],
])('the policy %j', (policy, expected) => {
  it('is judged as the security test judges it', () => expect(policyProblems(policy)).toEqual(expected));
});

describe('page facts', () => {
  it('finds ids, references, the policy and what comes before it', () => {
    const facts = pageFacts(`<!DOCTYPE html><html><head><style>a{}</style>
      <meta http-equiv="Content-Security-Policy" content="default-src 'self'">
      <link rel="preload stylesheet" href="/s.css"><script src="/a.js"></script></head>
      <body><a id="x" href="/b/#y">b</a><img srcset="/i.png 1x, /j.png 2x" alt=""><a name="old"></a></body></html>`);
    expect([...facts.ids]).toEqual(['x', 'old']);
    expect(facts.references.map((r) => `${r.from} ${r.url}`)).toEqual([
      'link[href] /s.css',
      'script[src] /a.js',
      'a[href] /b/#y',
      'img[srcset] /i.png',
      'img[srcset] /j.png',
    ]);
    expect(facts.policy).toBe("default-src 'self'");
    expect(facts.beforePolicy).toEqual(['<style>']);
    expect(facts.stylesheets).toEqual(['/s.css']);
    expect(facts.inlineStyles).toEqual(['a{}']);
    expect(facts.scripts).toBe(1);
  });

  it.each([
    ['0;url=/en/', '/en/'],
    ["0; URL='/handbook/en/'", '/handbook/en/'],
    ['5', null],
  ])('reads the refresh %j', (content, url) => expect(refreshUrl(content)).toBe(url));

  it('reads a srcset', () => expect(srcsetUrls(' a.png 1x,b.png  2x ,')).toEqual(['a.png', 'b.png']));
});

describe('references', () => {
  const site: BuiltSite = {
    dir: `${ROOT}tests/fixtures/verify/under-base`,
    base: '/handbook/',
    origin: 'https://example.org',
    htmlPages: [],
    sitemapPages: [],
  };
  it.each([
    ['https://cdn.example.com/x.js', null],
    ['mailto:hr@example.org', null],
    ['https://example.org/elsewhere/', null],
    ['/elsewhere/', { broken: 'outside the base path /handbook/' }],
    ['https://example.org/handbook/en/', { file: `${site.dir}/en/index.html`, fragment: '' }],
    ['levels/senior/#expectations', { file: `${site.dir}/en/levels/senior/index.html`, fragment: 'expectations' }],
    ['../en', { file: `${site.dir}/en/index.html`, fragment: '' }],
    ['missing.png', { broken: 'no such file in the build' }],
  ])('%s from /handbook/en/', (url, target) => expect(resolveReference(site, '/handbook/en/', url)).toEqual(target));
});

describe('gates and base paths', () => {
  it('reads a list of gates in their usual order', () => expect(parseGates('axe, links')).toEqual(['links', 'axe']));
  it('names the gates when one is unknown', () =>
    expect(() => parseGates('links,lighthouse')).toThrow(
      'unknown gate `lighthouse`; the gates are links, html, csp, budgets, axe, requests',
    ));
  it.each([
    ['', '/'],
    ['/', '/'],
    ['handbook', '/handbook/'],
    ['/a/b', '/a/b/'],
  ])('base %j is %j', (base, expected) => expect(normaliseBase(base)).toBe(expected));
});

describe('trackbook verify on the command line', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [`${ROOT}src/cli/trackbook.js`, 'verify', ...args], {
      encoding: 'utf8',
      cwd: ROOT,
      // A command that never ends (a server left open) fails here instead of hanging the suite.
      timeout: 120_000,
    });

  it.each([
    [['no-such-folder'], /no built site at .*no-such-folder: build it first \(npx astro build\)/],
    [['tests/fixtures/verify/good', '--only', 'speed'], /unknown gate `speed`/],
    [['tests/fixtures/verify/good', '--concurrency', '0'], /--concurrency takes a whole number of 1 or more/],
    [['tests/fixtures/verify/good', '--frobnicate'], /Unknown option '--frobnicate'/],
    [['a', 'b'], /one built folder, not 2/],
    [['tests/fixtures/verify/good', '--browser', '/nonexistent'], /No browser at \/nonexistent\.\nNo Chromium found/],
  ])('%j exits 2 and says why', (args, message) => {
    const result = cli(...args);
    expect(result.stderr).toMatch(message);
    expect(result.status).toBe(2);
  });

  it('reports each problem under its page, ends with the summary, writes JSON and exits 1', () => {
    const dist = mkdtempSync(join(tmpdir(), 'trackbook-verify-cli-'));
    try {
      cpSync(`${ROOT}tests/fixtures/verify/good`, dist, { recursive: true });
      cpSync(`${ROOT}tests/fixtures/verify/broken-link`, dist, { recursive: true });
      const json = join(dist, 'report.json');
      const result = cli(dist, '--only', 'links,html', '--json', json);
      expect(result.stdout).toContain('\n/en/\n  links     a[href] /en/tracks/: no such file in the build\n');
      expect(result.stdout).toMatch(/✖ 1 problem on 1 of 4 pages \(links 1, html 0\) · [\d.]+ s\n$/);
      expect(result.status).toBe(1);
      const report = JSON.parse(readFileSync(json, 'utf8')) as { pages: { path: string; problems: unknown[] }[] };
      expect(report.pages).toContainEqual({
        path: '/en/',
        problems: [{ gate: 'links', message: 'a[href] /en/tracks/: no such file in the build' }],
      });
      expect(report.pages).toContainEqual({ path: '/en/compare/', problems: [] });
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
