/**
 * Builds one of the fixture sites in `tests/fixtures/sites/<name>/` (used by the end-to-end tests):
 * lays the base fixture framework into its `content/` (not committed, so the site's history is empty)
 * and runs `astro build` there, through the package as an adopter's project would.
 *
 *   node scripts/fixture-site.ts under-base
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../', import.meta.url).pathname;
const name = process.argv[2] ?? '';
const site = join(ROOT, 'tests/fixtures/sites', name);
if (name === '' || !existsSync(join(site, 'astro.config.mjs'))) {
  console.error(
    `usage: node scripts/fixture-site.ts <name>, with <name> a folder of tests/fixtures/sites/ (got "${name}")`,
  );
  process.exit(2);
}

rmSync(join(site, 'content'), { recursive: true, force: true });
cpSync(join(ROOT, 'tests/fixtures/base'), join(site, 'content'), { recursive: true });
console.log(`fixture site ${name}: building …`);
const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  cwd: site,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
process.exit(result.status ?? 1);
