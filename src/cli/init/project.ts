/**
 * The files of a new handbook project (`trackbook init`) besides its content: package.json,
 * astro.config.mjs, the content collections, the deploy workflow (check, build, verify, publish), a CODEOWNERS example, .gitignore and
 * a README for HR. Pure: returns files; the command writes them.
 */
import { idFrom } from '../../framework/schema.ts';
import type { ContentAnswers, ProjectFile } from './content.ts';
import { initialContent } from './content.ts';

export interface ProjectAnswers extends ContentAnswers {
  /** The base path the site is served under, `/` or e.g. `/handbook/`. */
  base: string;
  /** How package.json names Trackbook: a version range, or `file:` a folder or tarball. */
  trackbook: string;
  /** Versions this Trackbook is built and tested with. */
  astro: string;
  node: string;
}

/** `Acme Support Handbook` → `acme-support-handbook` (an npm package name). */
export function packageName(name: string): string {
  const slug = idFrom(name);
  return slug === '' ? 'career-handbook' : slug.slice(0, 60);
}

function packageJson(a: ProjectAnswers): string {
  const manifest = {
    name: packageName(a.name),
    private: true,
    type: 'module',
    description: `${a.name}: the career handbook, built with Trackbook.`,
    scripts: {
      dev: 'astro dev',
      build: 'astro build',
      preview: 'astro preview',
      start: 'astro build && astro preview',
      check: 'trackbook check',
      verify: 'trackbook verify',
      new: 'trackbook new',
      import: 'trackbook import',
      export: 'trackbook export',
    },
    dependencies: { astro: a.astro, trackbook: a.trackbook },
    // Astro needs a newer Node than many machines have: the project brings its own.
    devDependencies: { node: a.node },
    allowScripts: { node: true, esbuild: true },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

function astroConfig(a: ProjectAnswers): string {
  return `// @ts-check
import { defineConfig } from 'astro/config';
import trackbook from 'trackbook';

export default defineConfig({
  // The address the handbook is published at (sitemap, canonical and language links).
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  // The path under that address: '/' or a sub-folder such as '/handbook/' (a GitHub Pages project
  // site lives under '/<repository>/'; the deploy workflow sets it).
  base: process.env.BASE_PATH ?? ${JSON.stringify(a.base)},
  integrations: [trackbook()],
});
`;
}

const CONTENT_CONFIG = `// The handbook's content collections, as Trackbook defines them.
export { collections } from 'trackbook/content';
`;

const GITIGNORE = 'node_modules/\ndist/\n.astro/\n*.log\n';

const WORKFLOW = `# Checks and builds the handbook on every pull request (the built site is attached to the run for
# reviewers), and publishes it to GitHub Pages when main changes.
# Settings → Pages → Source: "GitHub Actions". The address and base path come from GitHub Pages (a
# project site lives under /<repository>/); set the repository variables SITE_URL and BASE_PATH to
# publish elsewhere (e.g. https://careers.example.com and /).
name: Check, build and publish the handbook

on:
  pull_request:
  push:
    branches: [main]
  workflow_dispatch:

permissions:
  contents: read

concurrency:
  group: \${{ github.workflow }}-\${{ github.ref }}
  cancel-in-progress: true

env:
  ASTRO_TELEMETRY_DISABLED: '1'

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          # The full history lets the handbook say what changed and when.
          fetch-depth: 0
      - uses: actions/setup-node@v4
        with:
          node-version: 22
          cache: npm
      - run: npm ci --no-audit --no-fund
      - run: npm run check
      - id: pages
        if: github.event_name != 'pull_request'
        uses: actions/configure-pages@v5
      - run: npm run build
        env:
          SITE_URL: \${{ vars.SITE_URL || steps.pages.outputs.origin }}
          BASE_PATH: \${{ vars.BASE_PATH || steps.pages.outputs.base_path || '/' }}
      # The built site's links, HTML, accessibility, security policy, requests and sizes, page by page
      # (in the runner's Chrome; nothing is fetched from elsewhere).
      - run: npm run verify
      - if: github.event_name == 'pull_request'
        uses: actions/upload-artifact@v4
        with:
          name: handbook-preview
          path: dist
          retention-days: 14
      - if: github.event_name != 'pull_request'
        uses: actions/upload-pages-artifact@v3
        with:
          path: dist

  deploy:
    if: github.event_name != 'pull_request'
    needs: build
    runs-on: ubuntu-latest
    permissions:
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
`;

const CODEOWNERS = `# Who must approve changes (GitHub: Settings → Branches → require review from code owners).
# Replace the team names with your own.
/content/            @your-org/hr
/astro.config.mjs    @your-org/handbook-maintainers
/package.json        @your-org/handbook-maintainers
/.github/            @your-org/handbook-maintainers
`;

function readme(a: ProjectAnswers): string {
  return `# ${a.name}

The career handbook: tracks, levels, competencies, trainings and a private self-assessment, published
as a static site with [Trackbook](https://www.npmjs.com/package/trackbook).

## Editing

Everything the handbook says is in \`content/\`. The guide for HR is a page of the handbook itself:
[\`content/pages/editing-the-handbook.mdx\`](content/pages/editing-the-handbook.mdx).

\`\`\`sh
npm install          # once
npm run dev          # live preview at http://localhost:4321${a.base}
npm run check        # every problem, with the file, the field and the fix
npm run build && npm run verify   # the built site's links, HTML, accessibility and sizes, page by page
npm run new -- level senior-practitioner --track practitioner
\`\`\`

## Publishing

Push to GitHub: \`.github/workflows/deploy.yml\` checks and builds every pull request and publishes
\`main\` to GitHub Pages (Settings → Pages → Source: GitHub Actions). Anywhere else: \`npm run build\`
writes the site to \`dist/\`; set \`SITE_URL\` and \`BASE_PATH\` to where it will live.

## Updating Trackbook

\`npm update trackbook\`, then \`npm run check\` and \`npm run build\`.
`;
}

/** Every file of a new handbook project, paths relative to its folder. */
export function projectFiles(answers: ProjectAnswers): ProjectFile[] {
  return [
    { path: 'package.json', text: packageJson(answers) },
    { path: 'astro.config.mjs', text: astroConfig(answers) },
    { path: 'src/content.config.ts', text: CONTENT_CONFIG },
    { path: '.gitignore', text: GITIGNORE },
    { path: '.github/workflows/deploy.yml', text: WORKFLOW },
    { path: '.github/CODEOWNERS', text: CODEOWNERS },
    { path: 'README.md', text: readme(answers) },
    ...initialContent(answers).map((f) => ({ path: `content/${f.path}`, text: f.text })),
  ];
}
