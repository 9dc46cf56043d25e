/**
 * Screenshots of the built site for looking at what readers see: each page in both locales at phone
 * (360 px) and desktop (1280 px) width, light and dark. Serve the site first (`npm run preview`).
 *   node scripts/screenshots.ts [--base http://127.0.0.1:4321] [--out screenshots] [--dark] [--print] [--fold] /en/ …
 * `--print` emulates print media; `--fold` takes the first screen only instead of the whole page.
 * Paths under /en/ are also taken under /zh-cn/.
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
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
  },
});
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
