/**
 * `trackbook init <folder> [--name <name>] [--locales en,zh-cn] [--default-locale en] [--base /]
 * [--trackbook <version|path|tarball>] [--no-install] [--no-git]`: starts a new organisation's handbook
 * in an empty folder: configuration and a small valid content folder to edit, the deploy workflow, a
 * CODEOWNERS example and a README for HR; then a git repository with a first commit (so the history
 * is the organisation's own) and the packages installed. Asks for what the flags leave out when run
 * in a terminal; takes the defaults otherwise.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { isLocaleId, type Locale } from '../../framework/vocabulary.ts';
import { hasDictionary, languageName } from '../../i18n/index.ts';
import { checkContent } from '../../node/check-content.ts';
import { formatReport } from '../../node/report.ts';
import { projectFiles, type ProjectAnswers } from '../init/project.ts';

const usage =
  'usage: trackbook init <folder> [--name <name>] [--locales en,zh-cn] [--default-locale en] [--base /] [--trackbook <version|path|tarball>] [--no-install] [--no-git]';
const OWN = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  version: string;
  peerDependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

export default async function run(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      locales: { type: 'string' },
      'default-locale': { type: 'string' },
      base: { type: 'string' },
      trackbook: { type: 'string' },
      'no-install': { type: 'boolean', default: false },
      'no-git': { type: 'boolean', default: false },
    },
  });
  const [target] = positionals;
  if (target === undefined || positionals.length > 1) fail(usage, 2);
  const folder = resolve(target);
  if (existsSync(folder) && readdirSync(folder).length > 0) {
    fail(`${folder} is not empty: choose a new or empty folder, so nothing of yours is overwritten.`, 1);
  }

  const ask = await asker();
  const name = (values.name ?? (await ask('Name of the handbook', 'Our career handbook'))).trim();
  const locales = parseLocales(values.locales ?? (await ask('Languages (comma-separated)', 'en')));
  const defaultLocale = parseDefaultLocale(values['default-locale'] ?? locales[0] ?? 'en', locales);
  const base = normaliseBase(values.base ?? (await ask('Base path (/ or e.g. /handbook/)', '/')));
  ask.close();
  if (name === '') fail('The handbook needs a name: --name "Acme Support Handbook".', 2);

  const answers: ProjectAnswers = {
    name,
    locales,
    defaultLocale,
    base,
    trackbook: dependencySpec(values.trackbook),
    astro: OWN.peerDependencies['astro'] ?? 'latest',
    node: OWN.devDependencies['node'] ?? '24',
  };
  for (const file of projectFiles(answers)) {
    const path = join(folder, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  console.log(`Started ${name} in ${folder}`);

  const check = await checkContent(join(folder, 'content'), { strict: true });
  if (check.errorCount > 0)
    fail(`The new content does not pass its own check (please report this):\n${formatReport(check)}`, 1);
  console.log(`✔ content is valid (${locales.join(', ')}; base path ${base}).`);
  for (const locale of locales.filter((l) => !hasDictionary(l))) {
    const fallback = languageName(defaultLocale, 'en');
    console.log(
      `${locale} (${languageName(locale, 'en')}): Trackbook has no labels in this language; the site shows ${fallback} ones until you word them under \`ui: ${locale}:\` in content/framework.yaml. \`npm run check\` lists what is still untranslated.`,
    );
  }

  if (!values['no-git']) commitFirstVersion(folder, name);
  if (!values['no-install']) install(folder);
  const near = relative(process.cwd(), folder);
  const cd = near === '' ? '.' : near.startsWith('..') ? folder : near;
  console.log(
    `\nNext:\n  cd ${cd}${values['no-install'] ? '\n  npm install' : ''}\n  npm run dev      # edit content/ and watch the handbook change\n  npm run check    # every problem with file, field and fix\n  git push         # to a GitHub repository: .github/workflows/deploy.yml publishes it`,
  );
}

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

/** Asks in a terminal; elsewhere (CI, a pipe) every question takes its default. */
async function asker() {
  const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
  const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  const ask = async (question: string, fallback: string) => {
    if (rl === undefined) return fallback;
    const answer = (await rl.question(`${question} [${fallback}]: `)).trim();
    return answer === '' ? fallback : answer;
  };
  return Object.assign(ask, { close: () => rl?.close() });
}

function parseLocales(text: string): Locale[] {
  const locales = [
    ...new Set(
      text
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((l) => l.toLowerCase()),
    ),
  ];
  if (locales.length === 0) fail('Name at least one language, e.g. --locales en', 2);
  const bad = locales.filter((l) => !isLocaleId(l.replaceAll('_', '-')));
  if (bad.length > 0) {
    fail(
      `${bad.join(', ')}: not a language tag. Write tags such as en, en-gb, zh-cn, ja or cy, separated by commas.`,
      2,
    );
  }
  return locales.map((l) => l.replaceAll('_', '-'));
}

function parseDefaultLocale(text: string, locales: Locale[]): Locale {
  const locale = text.toLowerCase().replaceAll('_', '-');
  if (!locales.includes(locale)) fail(`--default-locale ${text} is not one of --locales ${locales.join(',')}.`, 2);
  return locale;
}

/** `handbook`, `/handbook`, `/handbook/` → `/handbook/`; empty or `/` → `/`. */
export function normaliseBase(text: string): string {
  const inner = text.trim().replace(/^\/+|\/+$/g, '');
  if (!/^[A-Za-z0-9._~\-/]*$/.test(inner))
    fail(`--base ${text}: use letters, digits, - and / only, e.g. /handbook/`, 2);
  return inner === '' ? '/' : `/${inner}/`;
}

/** `--trackbook ../trackbook-0.2.0.tgz` → `file:/abs/trackbook-0.2.0.tgz`; a version range stays. */
function dependencySpec(given: string | undefined): string {
  if (given === undefined) return `^${OWN.version}`;
  if (given.startsWith('file:') || /^[\^~<>=\d*]/.test(given) || given === 'latest') return given;
  if (isAbsolute(given) || given.startsWith('.') || existsSync(given)) return `file:${resolve(given)}`;
  return given;
}

function commitFirstVersion(folder: string, name: string): void {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: folder, encoding: 'utf8' });
  if (git('init', '-q', '-b', 'main').status !== 0) {
    console.log('git is not available: run `git init` yourself, so the changes page can tell what changed.');
    return;
  }
  git('add', '-A');
  const commit = git('commit', '-q', '-m', `Start ${name}`);
  if (commit.status === 0) console.log('✔ git repository with a first commit.');
  else
    console.log(`The first commit was not made (${commit.stderr.trim().split('\n')[0]}): commit the files yourself.`);
}

function install(folder: string): void {
  console.log('Installing (npm install) …');
  try {
    execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: folder, stdio: 'inherit' });
  } catch {
    fail('npm install did not finish: run it in the folder once the problem above is solved.', 1);
  }
}
