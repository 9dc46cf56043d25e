/**
 * Makes sure the end-to-end tests have a Chromium to drive, the same way everywhere:
 * - Playwright's own Chromium when it is installed (developer laptops: `npx playwright install chromium`);
 * - otherwise the system's `/usr/bin/chromium` (Debian CI machines, where browser downloads are blocked);
 * - on Debian as root with neither, it installs `chromium` and a CJK font with apt-get.
 * The choice itself is made in `tests/e2e/browser.ts`, which playwright.config.ts uses.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser, SYSTEM_CHROMIUM } from '../tests/e2e/browser.ts';

const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc';

function aptInstall(packages: string[]): void {
  console.log(`Installing ${packages.join(', ')} with apt-get (needed once for the browser tests) …`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

const canApt = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
let browser = findBrowser();
if (browser === null && canApt) {
  aptInstall(['chromium', 'fonts-wqy-zenhei']);
  browser = findBrowser();
}
if (browser === null) {
  console.error(
    'No Chromium found for the end-to-end tests.\n' +
      '  Install Playwright’s browser:  npx playwright install chromium\n' +
      `  or your system’s Chromium at ${SYSTEM_CHROMIUM} (Debian: apt-get install chromium).`,
  );
  process.exit(1);
}
if (browser.kind === 'system' && canApt && !existsSync(CJK_FONT)) aptInstall(['fonts-wqy-zenhei']);
console.log(
  `End-to-end tests will use ${browser.kind === 'playwright' ? 'Playwright’s Chromium' : 'the system Chromium'}: ${browser.path}`,
);
