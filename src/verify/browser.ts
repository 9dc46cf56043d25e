/**
 * Which Chromium to drive, for `trackbook verify` and for this repository's end-to-end tests:
 * Playwright's own if installed, else the system's (Debian's `chromium`, or Chrome on a CI runner).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Where Debian, Ubuntu and hosted CI runners put a Chromium or Chrome, in the order they are tried. */
const SYSTEM_BROWSERS = [
  SYSTEM_CHROMIUM,
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Flags for a root, sandboxed, offline CI machine (no GPU, no background network traffic). */
export const SYSTEM_CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface FoundBrowser {
  kind: 'playwright' | 'system';
  path: string;
}

export function findBrowser(): FoundBrowser | null {
  const own = chromium.executablePath();
  if (own !== '' && existsSync(own)) return { kind: 'playwright', path: own };
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  return system === undefined ? null : { kind: 'system', path: system };
}

/** What to say when there is no browser: how to get one, on a laptop and on CI. */
export const NO_BROWSER =
  'No Chromium found to load the pages in.\n' +
  '  Install Playwright’s browser:  npx playwright-core install chromium\n' +
  `  or the system’s Chromium (Debian: apt-get install chromium, at ${SYSTEM_CHROMIUM}),\n` +
  '  or name one: --browser /path/to/chrome';

/**
 * Launches the browser `path` names (a system or any other Chromium, with the CI flags), or the one
 * `findBrowser` finds; throws `NO_BROWSER` when there is none.
 */
export async function launchBrowser(path?: string): Promise<Browser> {
  const found: FoundBrowser | null = path !== undefined ? { kind: 'system', path } : findBrowser();
  if (found === null || !existsSync(found.path)) {
    throw new Error(found === null ? NO_BROWSER : `No browser at ${found.path}.\n${NO_BROWSER}`);
  }
  // No launch timeout: a loaded CI machine may take a while to start it.
  return found.kind === 'playwright'
    ? chromium.launch({ timeout: 0 })
    : chromium.launch({ executablePath: found.path, args: SYSTEM_CHROMIUM_ARGS, timeout: 0 });
}
