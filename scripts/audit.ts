/**
 * `npm run audit`: fails on any known high or critical vulnerability in the production dependencies
 * (`npm audit --omit=dev`) and on a package below the release that fixed a published advisory. When
 * the advisory service cannot be reached (an offline or mirrored registry), it says so plainly and
 * still checks the floors.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { belowFloors, evaluateAudit, SECURITY_FLOORS } from './lib/audit.ts';

console.log('Auditing production dependencies (npm audit --omit=dev) …');
const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
const outcome = evaluateAudit(run.stdout ?? '');
let failed = false;
if (outcome.kind === 'unreachable') {
  console.log(
    `! advisory service not reachable from here (${outcome.reason}); only the known fixes below are checked.`,
  );
} else if (outcome.failing.length > 0) {
  failed = true;
  console.error(`✖ ${outcome.failing.length} high or critical vulnerabilities in production dependencies:`);
  for (const f of outcome.failing) console.error(`  ${f.severity} ${f.name} ${f.range}: ${f.via.join('; ')}`);
  console.error('  fix: update them (npm update <name>, or a newer major) and run the audit again');
} else {
  console.log(`✔ no high or critical vulnerabilities (${outcome.total} lower-severity findings)`);
}

const installed = Object.fromEntries(
  SECURITY_FLOORS.map((f) => {
    try {
      const pkg = JSON.parse(readFileSync(`node_modules/${f.name}/package.json`, 'utf8')) as { version: string };
      return [f.name, pkg.version];
    } catch {
      return [f.name, undefined];
    }
  }),
);
const below = belowFloors(installed);
if (below.length > 0) {
  failed = true;
  for (const line of below) console.error(`✖ ${line}`);
} else {
  console.log(`✔ ${SECURITY_FLOORS.map((f) => `${f.name} ${installed[f.name]} ≥ ${f.fixedIn}`).join(', ')}`);
}
process.exit(failed ? 1 : 0);
