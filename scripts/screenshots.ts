/**
 * Screenshots of the built site for looking at what readers see: each page in both locales at phone
 * (360 px) and desktop (1280 px) width, light and dark. Serve the site first (`npm run preview`).
 *   node scripts/screenshots.ts [--base http://127.0.0.1:4321] [--out screenshots] [--dark] [--print] [--fold] [--files DIR] /en/ …
 * `--print` emulates print media; `--fold` takes the first screen only instead of the whole page;
 * `--files` adds every file of DIR to the page's file input first (the team view:
 * `--files tests/fixtures/assessments/team /en/team/`) and waits for what it shows.
 * Paths under /en/ are also taken under /zh-cn/.
 */
import { chromium, type Page } from '@playwright/test';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findBrowser, SYSTEM_CHROMIUM_ARGS } from '../tests/e2e/browser.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    base: { type: 'string', default: 'http://127.0.0.1:4321' },
    out: { type: 'string', default: 'screenshots' },
    dark: { type: 'boolean', default: false },
    print: { type: 'boolean', default: false },
    fold: { type: 'boolean', default: false },
    files: { type: 'string' },
  },
});
/** Sets every file of `dir` on the page's file input, and waits until the page has shown them. */
async function addFiles(page: Page, dir: string): Promise<void> {
  await page.locator('[data-live]:not([inert])').first().waitFor();
  await page
    .locator('input[type="file"]')
    .first()
    .setInputFiles(readdirSync(dir).map((f) => join(dir, f)));
  await page.locator('[data-chart] canvas').waitFor();
  await page.waitForTimeout(500); // the chart's entry animation
}

const found = findBrowser();
if (found === null) throw new Error('no Chromium: run `node scripts/ensure-browser.ts`');
const browser = await chromium.launch(
  found.kind === 'system' ? { executablePath: found.path, args: SYSTEM_CHROMIUM_ARGS } : {},
);
mkdirSync(values.out, { recursive: true });
const paths = positionals.flatMap((p) => (p.startsWith('/en/') ? [p, p.replace('/en/', '/zh-cn/')] : [p]));
for (const path of paths) {
  for (const [name, width] of [
    ['phone', 360],
    ['desktop', 1280],
  ] as const) {
    const page = await browser.newPage({
      viewport: { width, height: 800 },
      colorScheme: values.dark ? 'dark' : 'light',
    });
    if (values.print) await page.emulateMedia({ media: 'print' });
    await page.goto(values.base + path);
    if (values.files !== undefined) await addFiles(page, values.files);
    const file = join(
      values.out,
      `${path.replace(/\//g, '_').replace(/^_|_$/g, '') || 'root'}-${name}${values.dark ? '-dark' : ''}${values.print ? '-print' : ''}.png`,
    );
    await page.screenshot({ path: file, fullPage: !values.fold });
    console.log(file);
    await page.close();
  }
}
await browser.close();
