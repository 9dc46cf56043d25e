/**
 * Lays out and builds one of the fixture sites of `tests/fixtures/sites/<name>/` in
 * `test-results/sites/<name>/` (see tests/fixtures/sites/README.md): the project's files, its content
 * fixture and, when `site.json` asks for one, a git history of its own.
 *
 *   node scripts/fixture-site.ts service-advance
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Edit {
  file: string;
  find: string;
  with: string;
}
interface SiteDefinition {
  content: string;
  history?: { date: string; message: string; replace: Edit[] }[];
  finalDate?: string;
  finalMessage?: string;
}

const ROOT = new URL('../', import.meta.url).pathname;
const name = process.argv[2] ?? '';
const definition = join(ROOT, 'tests/fixtures/sites', name);
if (name === '' || !existsSync(join(definition, 'site.json'))) {
  console.error(
    `usage: node scripts/fixture-site.ts <name>, with <name> a folder of tests/fixtures/sites/ (got "${name}")`,
  );
  process.exit(2);
}
const site = sitePath(name);
const spec = JSON.parse(readFileSync(join(definition, 'site.json'), 'utf8')) as SiteDefinition;

rmSync(site, { recursive: true, force: true });
mkdirSync(site, { recursive: true });
cpSync(definition, site, { recursive: true, filter: (from) => !from.endsWith('site.json') });
const content = join(site, 'content');
const fixture = join(ROOT, 'tests/fixtures', spec.content);
if (spec.history !== undefined) commitHistory(spec, fixture, content);
else cpSync(fixture, content, { recursive: true });

console.log(`fixture site ${name}: building in ${site} …`);
const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  cwd: site,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
process.exit(result.status ?? 1);

function sitePath(site: string): string {
  return join(ROOT, 'test-results/sites', site);
}

/** Each earlier version of the content as a commit of its own, then the content as it is. */
function commitHistory(spec: SiteDefinition, fixture: string, content: string): void {
  const git = (args: string[], date?: string) => {
    const env = { ...process.env, GIT_AUTHOR_NAME: 'HR', GIT_AUTHOR_EMAIL: 'hr@example.org' };
    const dated = date === undefined ? {} : { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
    const run = spawnSync('git', ['-c', 'user.name=HR', '-c', 'user.email=hr@example.org', ...args], {
      cwd: join(content, '..'),
      env: { ...env, ...dated },
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  };
  git(['init', '-q', '-b', 'main']);
  for (const commit of spec.history ?? []) {
    rmSync(content, { recursive: true, force: true });
    cpSync(fixture, content, { recursive: true });
    for (const edit of commit.replace) {
      const path = join(content, edit.file);
      const text = readFileSync(path, 'utf8');
      if (!text.includes(edit.find)) throw new Error(`site.json: ${edit.file} has no ${JSON.stringify(edit.find)}`);
      writeFileSync(path, text.replace(edit.find, edit.with));
    }
    git(['add', '-A']);
    git(['commit', '-q', '-m', commit.message], commit.date);
  }
  rmSync(content, { recursive: true, force: true });
  cpSync(fixture, content, { recursive: true });
  git(['add', '-A']);
  git(['commit', '-q', '-m', spec.finalMessage ?? 'The content as it is'], spec.finalDate);
}
