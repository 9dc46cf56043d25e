import { defineConfig, devices } from '@playwright/test';
import { findBrowser, SYSTEM_CHROMIUM_ARGS } from './tests/e2e/browser.ts';

const PORT = 4322;
const browser = findBrowser();
const launchOptions = browser?.kind === 'system' ? { executablePath: browser.path, args: SYSTEM_CHROMIUM_ARGS } : {};

/** End-to-end tests run against the built site served by `astro preview` (build first: `npm run build`). */
export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env['CI'],
  retries: 0,
  // The accessibility walk shares two CPU cores with the other tests; give each step room.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results/e2e-artifacts',
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/en/`,
    reuseExistingServer: !process.env['CI'],
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
