/**
 * `trackbook verify [dist]`: the quality gates on a built handbook, for an adopter's CI after the build.
 *   trackbook verify [dist] [--base /handbook/] [--only links,html,csp,budgets,axe,requests]
 *                    [--concurrency N] [--browser <path>] [--json <file>]
 * Exit code 1 when any gate finds a problem, 2 when it cannot run (bad options, no build, no browser).
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { GATES, parseGates, type Gate } from '../../verify/problems.ts';
import { formatReport, jsonReport } from '../../verify/report.ts';
import { verify } from '../../verify/verify.ts';

export const USAGE = `usage: trackbook verify [dist] [--base <path>] [--only ${GATES.join(',')}]
                        [--concurrency N] [--browser <path>] [--json <file>]`;

function fail(message: string): void {
  console.error(`trackbook verify: ${message}\n${USAGE}`);
  process.exitCode = 2;
}

function concurrency(value: string | undefined): number | null {
  if (value === undefined) return availableParallelism();
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : null;
}

export default async function run(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      base: { type: 'string' },
      only: { type: 'string' },
      concurrency: { type: 'string' },
      browser: { type: 'string' },
      json: { type: 'string' },
    },
  });
  if (positionals.length > 1) return fail(`one built folder, not ${positionals.length}`);
  const dist = resolve(positionals[0] ?? 'dist');
  if (!existsSync(dist) || !statSync(dist).isDirectory()) {
    return fail(`no built site at ${dist}: build it first (npx astro build), or name the folder`);
  }
  const pool = concurrency(values.concurrency);
  if (pool === null) return fail(`--concurrency takes a whole number of 1 or more, not \`${values.concurrency}\``);
  let gates: Gate[] = [...GATES];
  try {
    if (values.only !== undefined) gates = parseGates(values.only);
  } catch (error) {
    return fail((error as Error).message);
  }
  if (gates.length === 0) return fail('--only names no gate');

  console.log(`Verifying ${dist} (${gates.join(', ')}) …`);
  let report;
  try {
    report = await verify({
      dist,
      gates,
      concurrency: pool,
      log: (line) => console.log(line),
      ...(values.base !== undefined && { base: values.base }),
      ...(values.browser !== undefined && { browserPath: values.browser }),
    });
  } catch (error) {
    // No browser to load the pages in: say how to get one.
    console.error(`trackbook verify: ${(error as Error).message}`);
    process.exitCode = 2;
    return;
  }
  console.log(`\n${formatReport(report)}`);
  if (values.json !== undefined) writeFileSync(values.json, jsonReport(report));
  process.exitCode = report.problems.length > 0 ? 1 : 0;
}
