/**
 * Lighthouse (from npm, on the same Chromium the tests use) on the home page, a level page and the
 * self-assessment of the built site, with Lighthouse's default mobile settings (simulated slow 4G and
 * a 4× slower CPU). Prints the four category scores and LCP / TBT / CLS per page, and what keeps a
 * score below 100. Run `npm run build` first. Prints figures; asserts nothing.
 *   node scripts/bench-lighthouse.ts
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findBrowser, SYSTEM_CHROMIUM_ARGS } from '../tests/e2e/browser.ts';
import { startPreview } from './preview.ts';

const PORT = 4324;
const PAGES = [
  ['home', '/en/'],
  ['level page', '/en/levels/cs-senior/'],
  ['self-assessment', '/en/assess/?target=cs-senior'],
  ['home (zh-cn)', '/zh-cn/'],
] as const;

const { base, stop } = await startPreview(PORT);
const found = findBrowser();
if (found === null) throw new Error('no Chromium: run `node scripts/ensure-browser.ts`');
const chrome = await chromeLauncher.launch({
  chromePath: found.path,
  chromeFlags: [...SYSTEM_CHROMIUM_ARGS.filter((f) => f !== '--headless'), '--headless=new'],
});

const rows: string[] = [];
const notes: string[] = [];
try {
  for (const [name, path] of PAGES) {
    console.error(`lighthouse: ${name} (${path}) …`);
    const result = await lighthouse(`${base}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (result === undefined) throw new Error(`no Lighthouse result for ${path}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const ms = (id: string) => `${Math.round(audits[id]?.numericValue ?? NaN)} ms`;
    rows.push(
      `| ${name} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${ms('largest-contentful-paint')} | ${ms('total-blocking-time')} | ${(audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)} |`,
    );
    for (const [id, category] of Object.entries(categories)) {
      if (category.score === 1) continue;
      for (const ref of category.auditRefs) {
        const audit = audits[ref.id];
        if (ref.weight > 0 && audit !== undefined && audit.score !== null && audit.score < 1) {
          notes.push(`${name} · ${id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
        }
      }
    }
  }
} finally {
  chrome.kill();
  stop();
}

console.log(
  `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile defaults, ${found.kind} Chromium, served by astro preview\n`,
);
console.log('| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
console.log(
  notes.length === 0
    ? '\nEvery weighted audit passes.'
    : `\nBelow 100 because of:\n${notes.map((n) => `- ${n}`).join('\n')}`,
);
