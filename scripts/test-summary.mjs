// Prints one plain line, `tests: N passed, M failed`, from the Vitest and Playwright JSON reports.
// Plain JavaScript so it runs on whatever Node the machine has, even if `npm ci` failed.
// Exits 1 when a report is missing or counts a failure, so a run that tested nothing is not green.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let missing = 0;

/** Playwright: walk suites → specs → tests → results. */
function countPlaywright(suites) {
  for (const suite of suites ?? []) {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'skipped') continue;
        if (test.status === 'expected' || test.status === 'flaky') passed += 1;
        else failed += 1;
      }
    }
    countPlaywright(suite.suites);
  }
}

for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`no test report at ${file}`);
    missing += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof report.numPassedTests === 'number') {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  } else {
    countPlaywright(report.suites);
    failed += (report.errors ?? []).length;
  }
}
console.log(`tests: ${passed} passed, ${failed + missing} failed`);
process.exit(failed + missing > 0 || passed === 0 ? 1 : 0);
