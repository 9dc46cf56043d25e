import { defineConfig, devices } from '@playwright/test';
import { findBrowser, SYSTEM_CHROMIUM_ARGS } from './tests/e2e/browser.ts';

/** Two checkouts can run their end-to-end tests side by side with different `E2E_PORT_OFFSET`s. */
const OFFSET = Number(process.env['E2E_PORT_OFFSET'] ?? 0);
const PORT = 4322 + OFFSET;
/** The fixture sites (tests/fixtures/sites/): the Service Advance Track at the root, the base fixture under `/handbook/`. */
const BASE_PORT = 4325 + OFFSET;
/** The standards fixture site (coded competencies grouped by standard): tests/e2e/standards.spec.ts. */
const STANDARDS_PORT = 4333 + OFFSET;
/** The customer-operations ladder fixture (sub-levels, KPI bands, probation in weeks) at the root. */
const OPS_PORT = 4332 + OFFSET;
/** The ic-ladder fixture site: a framework written as criteria per level (tests/e2e/criteria.spec.ts). */
const CRITERIA_PORT = 4331 + OFFSET;
const browser = findBrowser();
const launchOptions = browser?.kind === 'system' ? { executablePath: browser.path, args: SYSTEM_CHROMIUM_ARGS } : {};
const env = { ASTRO_TELEMETRY_DISABLED: '1' };

/** A fixture site (tests/fixtures/sites/<name>/) laid out, built and served on `port`; ready at `path`. */
function fixtureSite(name: string, port: number, path = '/en/') {
  return {
    command: `node scripts/fixture-site.ts ${name} && npx astro preview --root test-results/sites/${name} --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}${path}`,
    reuseExistingServer: !process.env['CI'],
    // Building the fixture site comes first; on a busy 2-core machine that takes a while.
    timeout: 900_000,
    env,
  };
}

/**
 * End-to-end tests run against fixture sites (tests/fixtures/sites/), never the demo's own content:
 * each web server lays its site out in test-results/sites/, builds it and serves it with `astro preview`.
 */
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
  use: { launchOptions },
  projects: [
    {
      name: 'chromium',
      testIgnore: ['base-path.spec.ts', 'adopter.spec.ts', 'ops-ladder.spec.ts', 'criteria.spec.ts'],
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${PORT}` },
    },
    {
      name: 'under-base',
      testMatch: 'base-path.spec.ts',
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${BASE_PORT}` },
    },
    {
      name: 'ops-ladder',
      testMatch: 'ops-ladder.spec.ts',
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${OPS_PORT}` },
    },
    {
      name: 'criteria',
      testMatch: 'criteria.spec.ts',
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${CRITERIA_PORT}` },
    },
    {
      // Builds and serves its own project (tests/e2e/adopter.spec.ts); no web server here.
      name: 'adopter',
      testMatch: 'adopter.spec.ts',
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
  ],
  webServer: [
    fixtureSite('service-advance', PORT),
    fixtureSite('under-base', BASE_PORT, '/handbook/en/'),
    fixtureSite('standards', STANDARDS_PORT),
    fixtureSite('ops-ladder', OPS_PORT),
    fixtureSite('ic-ladder', CRITERIA_PORT),
  ],
});
