/**
 * Proves the product's tests do not depend on the demo's content: copies this repository to a
 * temporary folder, replaces `content/` with another framework (tests/fixtures/base, by default), and
 * runs the product's suite there (`npm run test:product`: checks, unit and end-to-end tests). Its test
 * reports are copied to test-results/replaced-content/ for the summary line.
 *
 *   node scripts/test-replaced-content.ts [fixture]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const ROOT = new URL('../', import.meta.url).pathname;
const fixture = process.argv[2] ?? 'base';
const framework = join(ROOT, 'tests/fixtures', fixture);
if (!existsSync(join(framework, 'framework.yaml'))) {
  console.error(
    `usage: node scripts/test-replaced-content.ts [fixture], a folder of tests/fixtures/ (got "${fixture}")`,
  );
  process.exit(2);
}

const copy = mkdtempSync(join(tmpdir(), 'trackbook-replaced-'));
// What git knows of (committed or not, minus what it ignores): the repository as a clone would have it.
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
  cwd: ROOT,
  encoding: 'utf8',
})
  .split('\0')
  .filter((f) => f !== '' && !f.startsWith('content/') && existsSync(join(ROOT, f)));
for (const file of files) {
  mkdirSync(dirname(join(copy, file)), { recursive: true });
  cpSync(join(ROOT, file), join(copy, file));
}
cpSync(framework, join(copy, 'content'), { recursive: true });
symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
console.log(`content/ replaced by tests/fixtures/${fixture} in ${copy}: running npm run test:product …`);

const run = spawnSync('npm', ['run', 'test:product'], { cwd: copy, stdio: 'inherit', env: process.env });
const reports = join(ROOT, 'test-results/replaced-content');
mkdirSync(reports, { recursive: true });
for (const report of ['unit.json', 'e2e.json']) {
  const from = join(copy, 'test-results', report);
  if (existsSync(from)) cpSync(from, join(reports, report));
}
rmSync(copy, { recursive: true, force: true });
console.log(
  run.status === 0
    ? `✔ the product's suite passes with content/ replaced by tests/fixtures/${fixture}`
    : `✖ the product's suite fails with content/ replaced by tests/fixtures/${fixture}`,
);
process.exit(run.status ?? 1);
