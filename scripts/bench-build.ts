/**
 * Build benchmark: runs the content check and the full site build a few times and prints figures
 * (median wall time, pages per locale, framework JSON size). Figures only; nothing is asserted.
 *   node scripts/bench-build.ts [--runs 3]
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Math.max(1, Number(values.runs));
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function time(label: string, command: string, args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    execFileSync(command, args, { env, stdio: 'ignore' });
    times.push(performance.now() - start);
    process.stdout.write(`  ${label} run ${i + 1}/${runs}: ${(times.at(-1)! / 1000).toFixed(2)} s\n`);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

function htmlPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}

console.log(`Benchmarking on Node ${process.version}, ${runs} run(s) each …`);
const check = time('content check', process.execPath, ['scripts/check.ts']);
const build = time('site build', process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent']);

const pages = htmlPages('dist');
const perLocale = (locale: string) => pages.filter((p) => p.startsWith(`${locale}/`)).length;
const json = (locale: string) => readFileSync(join('dist', locale, 'framework.json'));
const level = readFileSync(join('dist', 'en', 'levels', 'cs-senior', 'index.html'));
const totalBytes = pages.reduce((sum, p) => sum + statSync(join('dist', p)).size, 0);

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
