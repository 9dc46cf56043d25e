/**
 * Tried as a new HR author would: rename a competency that several levels expect, run
 * `npm run check`'s script on a copy of the content, and read the output. It must fail, name every
 * file that still uses the old id, and suggest the new one.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { SERVICE, copyToTemp } from '../helpers/content.ts';

const dir = copyToTemp(SERVICE, 'trackbook-rename-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('reports every level that still uses a renamed competency, and suggests the new id', () => {
  const oldId = 'complaint-handling';
  const newId = 'complaint-resolution';
  renameSync(join(dir, `competencies/${oldId}.md`), join(dir, `competencies/${newId}.md`));
  renameSync(
    join(dir, `translations/zh-cn/competencies/${oldId}.md`),
    join(dir, `translations/zh-cn/competencies/${newId}.md`),
  );

  const levelsUsingIt = readdirSync(join(dir, 'levels')).filter((f) =>
    new RegExp(`^\\s+${oldId}:`, 'm').test(readFileSync(join(dir, 'levels', f), 'utf8')),
  );
  expect(levelsUsingIt.length).toBeGreaterThanOrEqual(3);

  let output = '';
  let status = 0;
  try {
    execFileSync(process.execPath, ['src/cli/trackbook.js', 'check', '--content', dir], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (error) {
    const e = error as { status: number; stdout: string };
    status = e.status;
    output = e.stdout;
  }
  expect(status).toBe(1);
  for (const file of levelsUsingIt) {
    expect(output).toMatch(
      new RegExp(
        `error levels/${file}:\\d+ › expectations\\.${oldId}: unknown competency \`${oldId}\`\n    fix: did you mean \`${newId}\`\\?`,
      ),
    );
  }
  expect(output).toMatch(/✖ \d+ errors? and \d+ warnings? in \d+ files?\. Nothing was published\./);
});
