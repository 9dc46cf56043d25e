/**
 * An organisation's look without code edits: a project under a base path with a brand block (logo,
 * icon, accents) and a footer that wraps Trackbook's own, built for real in a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  appendFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { BASE } from '../helpers/content.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const project = mkdtempSync(join(tmpdir(), 'trackbook-brand-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" fill="#7a1f5c"/></svg>\n';
// A 1×1 PNG.
const ICON = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGOqkvcHAAKeAVWXV8lrAAAAAElFTkSuQmCC',
  'base64',
);

/** The environment without the variables Vitest sets for Vite (`BASE_URL` would override `base`). */
function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[name];
  return env;
}

function setUp(): void {
  for (const entry of ['src', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  cpSync(BASE, join(project, 'content'), { recursive: true });
  mkdirSync(join(project, 'content/assets'));
  writeFileSync(join(project, 'content/assets/logo.svg'), LOGO);
  writeFileSync(join(project, 'content/assets/icon.png'), ICON);
  appendFileSync(
    join(project, 'content/framework.yaml'),
    "brand:\n  logo: assets/logo.svg\n  favicon: assets/icon.png\n  accent: { light: '#7a1f5c', dark: '#f0a8d8' }\n",
  );
  mkdirSync(join(project, 'src/overrides'));
  writeFileSync(
    join(project, 'src/overrides/Footer.astro'),
    [
      '---',
      "import Default, { type Props } from 'trackbook/components/Footer.astro';",
      'const props: Props = Astro.props;',
      '---',
      '',
      '<div class="acme-footer">',
      '  <Default {...props} />',
      '  <p>ACME Customer Care</p>',
      '</div>',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(project, 'astro.config.mjs'),
    [
      "import { defineConfig } from 'astro/config';",
      "import trackbook from 'trackbook';",
      'export default defineConfig({',
      "  site: 'https://example.org',",
      "  base: '/hb/',",
      "  integrations: [trackbook({ components: { Footer: './src/overrides/Footer.astro' } })],",
      '});',
      '',
    ].join('\n'),
  );
}

it('links and serves the logo, icon and accent stylesheet under the base path, with the custom footer', () => {
  setUp();
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...buildEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  expect(result.status, result.stdout + result.stderr).toBe(0);
  const dist = join(project, 'dist');
  const html = readFileSync(join(dist, 'en/index.html'), 'utf8');

  expect(html).toContain('<link rel="icon" href="/hb/_trackbook/favicon.png" type="image/png">');
  expect(html).toContain('<link rel="stylesheet" href="/hb/_trackbook/brand.css">');
  expect(html).toMatch(
    /<a class="tb-brand" href="\/hb\/en\/"><img class="tb-logo" src="\/hb\/_trackbook\/logo.svg" alt=""><span>Test Track<\/span><\/a>/,
  );
  expect(readFileSync(join(dist, '_trackbook/logo.svg'), 'utf8')).toBe(LOGO);
  expect(readFileSync(join(dist, '_trackbook/favicon.png')).equals(ICON)).toBe(true);
  const css = readFileSync(join(dist, '_trackbook/brand.css'), 'utf8');
  expect(css).toContain('--tb-accent: #7a1f5c;');
  expect(css).toContain('--tb-accent: #f0a8d8;');

  // The replacement wraps Trackbook's footer: both are there.
  expect(html).toMatch(
    /<div class="acme-footer"><footer class="tb-footer"[^>]*>[\s\S]*<\/footer><p>ACME Customer Care<\/p><\/div>/,
  );
  // The policy still forbids inline styles: the accent arrives as a stylesheet of the site's own.
  const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(policy).toMatch(/style-src 'self'/);
  expect(policy).not.toContain('unsafe-inline');
  expect(html).not.toMatch(/ style="/);
  // The brand's icon replaces Trackbook's.
  expect(() => readFileSync(join(dist, 'favicon.svg'))).toThrow();
  // No timeout: a build on a busy two-core machine takes what it takes; a real hang fails CI's own limit.
}, 0);
