/** The deploy workflow runs the project's own commands, previews pull requests and publishes main. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parse } from 'yaml';

const root = new URL('../../', import.meta.url);
const workflow = parse(readFileSync(new URL('.github/workflows/deploy.yml', root), 'utf8')) as {
  on: Record<string, unknown>;
  jobs: Record<
    string,
    {
      needs?: string;
      if?: string;
      steps?: { id?: string; run?: string; uses?: string; if?: string; env?: Record<string, string> }[];
    }
  >;
};
const scripts = (JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { scripts: Record<string, string> })
  .scripts;
const runs = (job: string) => (workflow.jobs[job]?.steps ?? []).map((s) => s.run ?? s.uses ?? '');

it('tests with the README command before building, and builds before deploying', () => {
  expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
  expect(runs('test')).toEqual(expect.arrayContaining(['npm ci --no-audit --no-fund', 'npm test']));
  expect(workflow.jobs['build']?.needs).toBe('test');
  expect(runs('build')).toContain('npm run build');
  expect(workflow.jobs['deploy']?.needs).toBe('build');
  expect(runs('deploy').some((r) => r.startsWith('actions/deploy-pages@'))).toBe(true);
  for (const name of ['test', 'build', 'check:content']) expect(scripts[name], name).toBeDefined();
});

it('attaches the built site to pull requests and publishes only main', () => {
  const upload = workflow.jobs['build']?.steps?.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
  expect(upload?.if).toBe("github.event_name == 'pull_request'");
  expect(workflow.jobs['deploy']?.if).toBe("github.event_name != 'pull_request'");
});

it('builds for the address and base path GitHub Pages gives (a project site lives under /<repository>/)', () => {
  const steps = workflow.jobs['build']?.steps ?? [];
  const pages = steps.find((s) => s.uses?.startsWith('actions/configure-pages@'));
  expect(pages?.id).toBe('pages');
  const build = steps.find((s) => s.run === 'npm run build');
  expect(build?.env?.['BASE_PATH']).toContain('steps.pages.outputs.base_path');
  expect(build?.env?.['SITE_URL']).toContain('steps.pages.outputs.origin');
  expect(steps.indexOf(pages ?? {})).toBeLessThan(steps.indexOf(build ?? {}));
});
