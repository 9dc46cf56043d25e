/**
 * Build benchmark. Figures only; nothing is asserted.
 *
 * 1. The bundled handbook: the content check and the full site build a few times (median wall time,
 *    pages per locale, framework JSON size); the build runs in a temporary copy of the project, so
 *    this project's `dist/` is left alone. Then Lighthouse on that build (scripts/bench-lighthouse.ts).
 * 2. Scale: a generated framework (scripts/lib/generate.ts) of each size, built with the real pipeline in a
 *    temporary copy of the project: build time, ms per page, peak memory, output and search-index
 *    size, Pagefind time, gzip sizes of typical pages, and where the build spends its time.
 * 3. The assessment engine on the largest generated framework: assessments per second, and the team
 *    view's work on 1,000 exported assessments (read by the codec, then `aggregateTeam`).
 *
 *   node scripts/bench-build.ts [--runs 3] [--sizes 200,1000,4000 | --sizes none] [--no-bundled] [--no-lighthouse]
 *                               [--seed 1] [--keep]
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { fromJsonText, toJsonFile } from '../src/assessment/codec.ts';
import { evaluate } from '../src/assessment/engine.ts';
import { aggregateTeam } from '../src/assessment/team.ts';
import { emptyState, type AssessmentState } from '../src/assessment/state.ts';
import type { Framework } from '../src/framework/model.ts';
import { checkContent } from '../src/node/check-content.ts';
import { generateContent, Random, writeContent, type EntityCounts } from './lib/generate.ts';
import { formatReport } from '../src/node/report.ts';

const { values } = parseArgs({
  allowNegative: true,
  options: {
    runs: { type: 'string', default: '3' },
    sizes: { type: 'string', default: '200,1000,4000' },
    bundled: { type: 'boolean', default: true },
    lighthouse: { type: 'boolean', default: true },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
  },
});
const runs = Math.max(1, Number(values.runs));
const sizes =
  values.sizes === 'none' || values.sizes === ''
    ? []
    : values.sizes
        .split(',')
        .map((s) => Number(s.replace(/_/g, '')))
        .filter((n) => Number.isFinite(n) && n > 0)
        .sort((a, b) => a - b);
const seed = Number(values.seed);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const ROOT = new URL('../', import.meta.url).pathname;

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : (sorted[Math.floor(sorted.length / 2)] ?? 0);
};
const gz = (path: string) => gzipSync(readFileSync(path)).length;

const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} core(s), ${(totalmem() / 1024 ** 3).toFixed(0)} GB RAM, Linux ${release()}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
console.log(`Benchmarking on ${machine}`);

/**
 * A copy of the project to build in, with its own `node_modules` folder of links so that Astro's
 * caches (`node_modules/.astro`, `.vite`) start empty and never touch this project's, and so that
 * this project's `dist/` is left alone. `withContent` also copies `content/` and links `.git`, so
 * the build reads the content's history as it does here.
 */
function projectCopy(label: string, withContent = false): string {
  const project = mkdtempSync(join(tmpdir(), `trackbook-bench-${label}-`));
  for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
  }
  if (withContent) {
    cpSync(join(ROOT, 'content'), join(project, 'content'), { recursive: true });
    if (existsSync(join(ROOT, '.git'))) symlinkSync(join(ROOT, '.git'), join(project, '.git'));
  }
  mkdirSync(join(project, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (['.astro', '.vite', '.cache'].includes(entry)) continue;
    symlinkSync(join(ROOT, 'node_modules', entry), join(project, 'node_modules', entry));
  }
  return project;
}

// ---------------------------------------------------------------------------------------------
// 1. The bundled handbook, built in a copy of this project
// ---------------------------------------------------------------------------------------------

function time(label: string, command: string, args: string[], cwd = ROOT): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    execFileSync(command, args, { cwd, env, stdio: 'ignore' });
    times.push(performance.now() - start);
    process.stdout.write(`  ${label} run ${i + 1}/${runs}: ${(times.at(-1)! / 1000).toFixed(2)} s\n`);
  }
  return median(times);
}

function htmlPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}

if (values.bundled) {
  console.log(`\nThe bundled handbook, ${runs} run(s) each …`);
  const check = time('content check', process.execPath, ['src/cli/trackbook.js', 'check']);
  const project = projectCopy('bundled', true);
  const build = time(
    'site build',
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--silent'],
    project,
  );

  const dist = join(project, 'dist');
  const pages = htmlPages(dist);
  const perLocale = (locale: string) => pages.filter((p) => p.startsWith(`${locale}/`)).length;
  const json = (locale: string) => readFileSync(join(dist, locale, 'framework.json'));
  const level = readFileSync(join(dist, 'en', 'levels', 'cs-senior', 'index.html'));
  const totalBytes = pages.reduce((sum, p) => sum + statSync(join(dist, p)).size, 0);

  console.log('\nfigure | value');
  console.log('--- | ---');
  console.log(`content check (median) | ${(check / 1000).toFixed(2)} s`);
  console.log(`site build, both locales (median) | ${(build / 1000).toFixed(2)} s`);
  console.log(`HTML pages | ${pages.length} (en ${perLocale('en')}, zh-cn ${perLocale('zh-cn')})`);
  console.log(`all HTML | ${(totalBytes / 1024).toFixed(0)} KB`);
  for (const locale of ['en', 'zh-cn']) {
    const bytes = json(locale);
    console.log(
      `framework.json (${locale}) | ${(bytes.length / 1024).toFixed(1)} KB, ${(gzipSync(bytes).length / 1024).toFixed(1)} KB gzip`,
    );
  }
  console.log(`level page /en/levels/cs-senior/ | ${(gzipSync(level).length / 1024).toFixed(1)} KB gzip`);
  if (values.lighthouse) {
    // Lighthouse on the build just made (home, a level page, the self-assessment), served from the copy.
    console.log('\nLighthouse on the bundled handbook …');
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'bench-lighthouse.ts')], {
      cwd: project,
      env,
      stdio: 'inherit',
    });
  }
  if (values.keep) console.log(`kept ${project}`);
  else rmSync(project, { recursive: true, force: true });
}

if (sizes.length === 0) process.exit(0);

// ---------------------------------------------------------------------------------------------
// 2. Generated frameworks, each built in a temporary copy of the project
// ---------------------------------------------------------------------------------------------

/** How peak memory is measured: GNU time's "Maximum resident set size" when it works here, else
 * polling VmHWM of the build's process tree in /proc, else not at all. */
const memoryProbe: 'time' | 'proc' | 'none' = (() => {
  const out = join(tmpdir(), `trackbook-time-probe-${process.pid}.txt`);
  try {
    const probe = spawnSync('/usr/bin/time', ['-v', '-o', out, process.execPath, '-e', ''], { stdio: 'ignore' });
    if (probe.status === 0 && readFileSync(out, 'utf8').includes('Maximum resident set size')) return 'time';
  } catch {
    // no GNU time: try /proc below
  } finally {
    rmSync(out, { force: true });
  }
  return existsSync(`/proc/${process.pid}/status`) ? 'proc' : 'none';
})();

interface BuildRun {
  ok: boolean;
  wallMs: number;
  /** Peak resident memory of the largest process of the build, in bytes; null when not measurable. */
  peakBytes: number | null;
  /** Each output line with the time it arrived, ms after the start. */
  lines: { at: number; text: string }[];
}

/** Largest VmHWM (peak resident set) of `pid` and its descendants, in bytes. */
function treePeak(pid: number): number {
  let peak = 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    peak = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      for (const child of children === '' ? [] : children.split(/\s+/)) peak = Math.max(peak, treePeak(Number(child)));
    }
  } catch {
    // the process ended between two reads
  }
  return peak;
}

function runBuild(cwd: string): Promise<BuildRun> {
  const timeFile = join(cwd, '.time-v.txt');
  const command = [process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'];
  const [file, ...args] = memoryProbe === 'time' ? ['/usr/bin/time', '-v', '-o', timeFile, ...command] : command;
  const start = performance.now();
  const child = spawn(file as string, args, { cwd, env: { ...env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: BuildRun['lines'] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      lines.push({ at: performance.now() - start, text: line.replace(/\u001b\[[0-9;]*m/g, '') });
    });
  }
  let polled = 0;
  const poll =
    memoryProbe === 'proc' && child.pid !== undefined
      ? setInterval(() => (polled = Math.max(polled, treePeak(child.pid as number))), 200)
      : undefined;
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const wallMs = performance.now() - start;
      if (poll !== undefined) clearInterval(poll);
      let peakBytes: number | null = memoryProbe === 'proc' && polled > 0 ? polled : null;
      if (memoryProbe === 'time' && existsSync(timeFile)) {
        const kbytes = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'))?.[1];
        if (kbytes !== undefined) peakBytes = Number(kbytes) * 1024;
      }
      resolve({ ok: code === 0, wallMs, peakBytes, lines });
    });
  });
}

/** Time at which the first line matching `pattern` (after `after` ms) arrived. */
function lineAt(lines: BuildRun['lines'], pattern: RegExp, after = 0): number | undefined {
  return lines.find((l) => l.at >= after && pattern.test(l.text))?.at;
}

type PageKind = 'level' | 'competency' | 'training' | 'compare' | 'other';
function pageKind(route: string): PageKind {
  if (/^\/[^/]+\/levels\/[^/]+\//.test(route)) return 'level';
  if (/^\/[^/]+\/competencies\/[^/]+\//.test(route)) return 'competency';
  if (/^\/[^/]+\/trainings\/[^/]+\//.test(route)) return 'training';
  if (/^\/[^/]+\/compare\/[^/]+\/[^/]+\//.test(route)) return 'compare';
  return 'other';
}

function dirBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const s = statSync(join(dir, f));
    if (s.isFile()) {
      bytes += s.size;
      files++;
    }
  }
  return { bytes, files };
}

interface SizeResult {
  size: number;
  counts: EntityCounts;
  contentFiles: number;
  contentBytes: number;
  checkMs: number;
  checkWarnings: number;
  wallMs: number;
  pages: number;
  pagesEn: number;
  pagesZh: number;
  peakBytes: number | null;
  /** Phases of the build, from when Astro's log lines arrived (ms). */
  stages: {
    startup: number;
    check: number;
    sync: number;
    bundle: number;
    render: number;
    index: number;
    rest: number;
  } | null;
  /** One-minute load average when the build started: other work on the machine skews the figures. */
  load: number;
  renderByKind: Record<PageKind, { count: number; ms: number }>;
  slowest: { route: string; ms: number } | null;
  indexBytes: number;
  indexFiles: number;
  distBytes: number;
  gzip: Record<'level' | 'competency' | 'training', { en: number; zh: number }>;
  largest: { path: string; bytes: number; gzip: number };
}

const results: SizeResult[] = [];
let largestFramework: Framework | null = null;

for (const size of sizes) {
  console.log(`\ngenerating ${int(size)}-page framework (seed ${seed}) …`);
  const generated = generateContent({ pages: size }, seed);
  const project = projectCopy(String(size));
  const content = join(project, 'content');
  writeContent(content, generated.files);
  const c = generated.counts;
  console.log(
    `  ${c.tracks} tracks, ${c.levels} levels, ${c.comparisons} comparisons, ${c.competencies} competencies, ${c.trainings} trainings, ${c.recognition} recognition programmes, ${c.pages} pages: ${generated.files.length} files in ${project}`,
  );

  console.log('checking content …');
  const checkStart = performance.now();
  const check = await checkContent(content);
  const checkMs = performance.now() - checkStart;
  if (check.errorCount > 0) {
    console.error(formatReport(check));
    console.error(`the generated content has ${check.errorCount} error(s): fix scripts/lib/generate.ts`);
    process.exit(1);
  }
  console.log(`  ${check.errorCount} errors, ${check.warningCount} warnings in ${sec(checkMs)}`);

  console.log(`building ${int(generated.expectedPages)} pages …`);
  const load = loadavg()[0] ?? 0;
  const build = await runBuild(project);
  if (!build.ok) {
    console.error(
      build.lines
        .slice(-40)
        .map((l) => l.text)
        .join('\n'),
    );
    console.error(`the build of the ${int(size)}-page framework failed; the copy is in ${project}`);
    process.exit(1);
  }
  console.log(`  built in ${sec(build.wallMs)}; measuring …`);

  const dist = join(project, 'dist');
  const pages = htmlPages(dist);
  const { lines } = build;
  const checkAt = lineAt(lines, /\[trackbook\] checking content/);
  const checkedAt = checkAt === undefined ? undefined : lineAt(lines, /\[trackbook\] [a-z-]+: \d+ tracks/, checkAt);
  const bundleAt = lineAt(lines, /Building static entrypoints/);
  const renderAt = lineAt(lines, /generating static routes/);
  const renderEnd = renderAt === undefined ? undefined : lineAt(lines, /✓ Completed in/, renderAt);
  const indexAt = lineAt(lines, /building the search index/);
  const indexEnd = lineAt(lines, /search index: \d+ pages/);
  const stages =
    checkAt !== undefined &&
    checkedAt !== undefined &&
    bundleAt !== undefined &&
    renderAt !== undefined &&
    renderEnd !== undefined &&
    indexAt !== undefined &&
    indexEnd !== undefined
      ? {
          startup: checkAt,
          check: checkedAt - checkAt,
          sync: bundleAt - checkedAt,
          bundle: renderAt - bundleAt,
          render: renderEnd - renderAt,
          index: indexEnd - indexAt,
          rest: build.wallMs - bundleAt - (renderAt - bundleAt) - (renderEnd - renderAt) - (indexEnd - indexAt),
        }
      : null;
  const renderByKind: SizeResult['renderByKind'] = {
    level: { count: 0, ms: 0 },
    competency: { count: 0, ms: 0 },
    training: { count: 0, ms: 0 },
    compare: { count: 0, ms: 0 },
    other: { count: 0, ms: 0 },
  };
  let slowest: SizeResult['slowest'] = null;
  for (const { text } of lines) {
    const m = /[├└]─ (\/\S+) \(\+(\d+)ms\)/.exec(text);
    if (m === null) continue;
    const [, route = '', ms = '0'] = m;
    const kind = renderByKind[pageKind(route)];
    kind.count++;
    kind.ms += Number(ms);
    if (slowest === null || Number(ms) > slowest.ms) slowest = { route, ms: Number(ms) };
  }
  const gzipMedian = (locale: string, folder: string) => {
    const dir = join(dist, locale, folder);
    return median(
      readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => gz(join(dir, d.name, 'index.html'))),
    );
  };
  const gzipOf = (folder: string) => ({ en: gzipMedian('en', folder), zh: gzipMedian('zh-cn', folder) });
  const largestPath =
    pages.map((p) => ({ p, bytes: statSync(join(dist, p)).size })).sort((a, b) => b.bytes - a.bytes)[0] ??
    ({ p: '', bytes: 0 } as const);
  const index = dirBytes(join(dist, 'pagefind'));

  results.push({
    size,
    counts: generated.counts,
    contentFiles: generated.files.length,
    contentBytes: generated.files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0),
    checkMs,
    checkWarnings: check.warningCount,
    wallMs: build.wallMs,
    pages: pages.length,
    pagesEn: pages.filter((p) => p.startsWith('en/')).length,
    pagesZh: pages.filter((p) => p.startsWith('zh-cn/')).length,
    peakBytes: build.peakBytes,
    stages,
    load,
    renderByKind,
    slowest,
    indexBytes: index.bytes,
    indexFiles: index.files,
    distBytes: dirBytes(dist).bytes,
    gzip: { level: gzipOf('levels'), competency: gzipOf('competencies'), training: gzipOf('trainings') },
    largest: {
      path: `/${largestPath.p.replace(/index\.html$/, '')}`,
      bytes: largestPath.bytes,
      gzip: gz(join(dist, largestPath.p)),
    },
  });
  if (size === sizes.at(-1)) {
    largestFramework = JSON.parse(readFileSync(join(dist, 'en', 'framework.json'), 'utf8')) as Framework;
  }
  if (values.keep) console.log(`  kept ${project}`);
  else rmSync(project, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// 3. The assessment engine on the largest framework
// ---------------------------------------------------------------------------------------------

/** A plausible self-assessment: a promotion most of the time, ratings around what the target
 * expects, some facts. */
function randomState(framework: Framework, rng: Random): AssessmentState {
  const target = rng.pick(framework.levels);
  const r = rng.next();
  const current = r < 0.7 ? target.previous : r < 0.85 ? rng.pick(framework.levels).id : null;
  const ratings: Record<string, number> = {};
  for (const e of target.expectations) {
    if (rng.chance(0.9)) ratings[e.competency] = Math.max(0, Math.min(4, e.step - rng.int(0, 2) + rng.int(0, 1)));
  }
  return {
    ...emptyState(framework.version, new Date('2026-01-01T00:00:00Z')),
    current,
    target: target.id,
    ratings,
    facts: {
      monthsInLevel: rng.chance(0.8) ? rng.int(0, 36) : null,
      metrics: Object.fromEntries(
        framework.metrics
          .filter(() => rng.chance(0.5))
          .map((m) => [m.id, m.unit === 'seconds' ? rng.int(200, 500) : rng.int(60, 100)]),
      ),
      trainings: rng.sample(framework.trainings, rng.int(0, 3)).map((t) => t.id),
      assessments: rng.sample(framework.assessments, rng.int(0, 2)).map((a) => a.id),
      conditions: rng.sample([0, 1], rng.int(0, 2)),
    },
  };
}

let engine: {
  perSecond: number;
  evaluations: number;
  readMs: number;
  aggregateMs: number;
  members: number;
  columns: number;
  topDemand: string;
} | null = null;
if (largestFramework !== null) {
  const framework = largestFramework;
  console.log(`\ntiming the assessment engine on the ${int(sizes.at(-1) ?? 0)}-page framework …`);
  const rng = new Random(seed);
  const states = Array.from({ length: 2_000 }, () => randomState(framework, rng));
  for (const state of states.slice(0, 100)) evaluate(framework, state); // warm up
  let evaluations = 0;
  const start = performance.now();
  while (performance.now() - start < 3_000) {
    for (const state of states) evaluate(framework, state);
    evaluations += states.length;
  }
  const perSecond = evaluations / ((performance.now() - start) / 1000);

  // The team view's work on a team of 1,000: each export read by the codec, then the aggregation
  // (src/assessment/team.ts, the module the page runs), timed apart.
  const files = Array.from({ length: 1_000 }, (_, i) => ({
    source: `person-${i + 1}.json`,
    text: toJsonFile(randomState(framework, rng), framework.name),
  }));
  const readStart = performance.now();
  const entries = files.map((f) => ({ source: f.source, loaded: fromJsonText(f.text) }));
  const readMs = performance.now() - readStart;
  const aggregateStart = performance.now();
  const team = aggregateTeam(framework, entries, { hideNames: false, person: 'Person {n}' });
  const aggregateMs = performance.now() - aggregateStart;
  const top = team.demand[0];
  engine = {
    perSecond,
    evaluations,
    readMs,
    aggregateMs,
    members: team.matrix.length,
    columns: team.areas.reduce((sum, a) => sum + a.competencies.length, 0),
    topDemand:
      top === undefined ? '—' : `\`${top.training}\`, ${int(top.helps.length)} people, ${int(top.steps)} steps`,
  };
}

// ---------------------------------------------------------------------------------------------
// 4. Figures
// ---------------------------------------------------------------------------------------------

const msPerPage = (r: SizeResult) => r.wallMs / r.pages;
const row = (label: string, cell: (r: SizeResult, i: number) => string) =>
  console.log(`| ${label} | ${results.map((r, i) => cell(r, i)).join(' | ')} |`);
const marginal = (r: SizeResult, i: number) => {
  const previous = results[i - 1];
  return previous === undefined ? null : (r.wallMs - previous.wallMs) / (r.pages - previous.pages);
};
const perKind = (r: SizeResult, kind: PageKind) =>
  r.renderByKind[kind].count === 0 ? 'n/a' : (r.renderByKind[kind].ms / r.renderByKind[kind].count).toFixed(1);

console.log(`\n## Scale (generated frameworks, one build each, seed ${seed})\n`);
console.log(
  `${machine}; peak memory from ${memoryProbe === 'time' ? 'GNU time (`/usr/bin/time -v`)' : memoryProbe === 'proc' ? 'VmHWM in /proc' : 'nothing (n/a)'}.\n`,
);
console.log(`| figure | ${results.map((r) => `${int(r.size)} pages`).join(' | ')} |`);
console.log(`| --- | ${results.map(() => '---').join(' | ')} |`);
row('HTML pages (en / zh-cn, + `/`)', (r) => `${int(r.pages)} (${int(r.pagesEn)} / ${int(r.pagesZh)})`);
row(
  'tracks / levels / comparisons / competencies / trainings / recognition',
  (r) =>
    `${r.counts.tracks} / ${r.counts.levels} / ${r.counts.comparisons} / ${r.counts.competencies} / ${r.counts.trainings} / ${r.counts.recognition}`,
);
row('content files (both locales)', (r) => `${int(r.contentFiles)}, ${mb(r.contentBytes)}`);
row('content check (in process)', (r) => `${sec(r.checkMs)}, ${r.checkWarnings} warnings`);
row('**build, wall time**', (r) => `**${sec(r.wallMs)}**`);
row('**ms per HTML page**', (r) => `**${msPerPage(r).toFixed(1)}**`);
row('marginal ms per page (vs previous size)', (r, i) => {
  const m = marginal(r, i);
  return m === null ? '—' : m.toFixed(1);
});
row('load average (1 min) as the build started', (r) => r.load.toFixed(1));
row('peak memory (largest process, max RSS)', (r) => (r.peakBytes === null ? 'n/a' : mb(r.peakBytes)));
const stage = (label: string, key: keyof NonNullable<SizeResult['stages']>) =>
  row(label, (r) => (r.stages === null ? 'n/a' : sec(r.stages[key])));
stage('· Astro start-up, config', 'startup');
stage('· content check (in the build)', 'check');
stage('· history, content sync, types', 'sync');
stage('· Vite bundling', 'bundle');
stage('· page rendering', 'render');
stage('· Pagefind index', 'index');
stage('· rest (sitemap, exit)', 'rest');
row(
  'render ms per page: level / competency / training / compare / other',
  (r) =>
    `${perKind(r, 'level')} / ${perKind(r, 'competency')} / ${perKind(r, 'training')} / ${perKind(r, 'compare')} / ${perKind(r, 'other')}`,
);
row('slowest page to render', (r) => (r.slowest === null ? 'n/a' : `\`${r.slowest.route}\` ${r.slowest.ms} ms`));
row('Pagefind index size', (r) => `${mb(r.indexBytes)} (${int(r.indexFiles)} files)`);
row('`dist/` size (index included)', (r) => mb(r.distBytes));
row('level page, median gzip (en / zh-cn)', (r) => `${kb(r.gzip.level.en)} / ${kb(r.gzip.level.zh)}`);
row('competency page, median gzip (en / zh-cn)', (r) => `${kb(r.gzip.competency.en)} / ${kb(r.gzip.competency.zh)}`);
row('training page, median gzip (en / zh-cn)', (r) => `${kb(r.gzip.training.en)} / ${kb(r.gzip.training.zh)}`);
row('largest page', (r) => `\`${r.largest.path}\` ${kb(r.largest.bytes)}, ${kb(r.largest.gzip)} gzip`);

if (engine !== null) {
  console.log(`\n## Assessment engine (${int(sizes.at(-1) ?? 0)}-page framework, \`dist/en/framework.json\`)\n`);
  console.log('| figure | value |');
  console.log('| --- | --- |');
  console.log(
    `| assessments per second (\`evaluate()\`, random states) | ${int(engine.perSecond)} (${int(engine.evaluations)} in 3 s) |`,
  );
  console.log(`| team view: 1,000 exported files read by the codec | ${engine.readMs.toFixed(0)} ms |`);
  console.log(
    `| team view: 1,000 assessments aggregated (\`aggregateTeam\`: evaluate, matrix, demand, coaching, readiness) | ${engine.aggregateMs.toFixed(0)} ms (${int(engine.members)} people × ${engine.columns} competencies) |`,
  );
  console.log(`| team view: top training demand in that team | ${engine.topDemand} |`);
}

const first = results[0];
const last = results.at(-1);
if (first !== undefined && last !== undefined && results.length > 1) {
  const ratio = msPerPage(last) / msPerPage(first);
  console.log(
    `\nms per page at ${int(last.size)} vs ${int(first.size)} pages: ${msPerPage(last).toFixed(1)} / ${msPerPage(first).toFixed(1)} = ${ratio.toFixed(2)}× (bar: ≤ 1.5×) — ${ratio <= 1.5 ? 'met' : 'NOT met'}`,
  );
  const m1 = marginal(results[1] as SizeResult, 1);
  const mn = marginal(last, results.length - 1);
  if (m1 !== null && mn !== null && results.length > 2) {
    console.log(
      `marginal ms per page, last step vs first step: ${mn.toFixed(1)} / ${m1.toFixed(1)} = ${(mn / m1).toFixed(2)}× (start-up cost left out)`,
    );
  }
}
