/**
 * The dependency audit's decisions, kept pure so they are tested on recorded inputs: which findings of
 * `npm audit --omit=dev --json` fail the build (high or critical in production dependencies), and
 * whether the packages that build and serve the site are at least at the releases that fixed their
 * published advisories (checked even when the advisory service cannot be reached).
 */
import semver from 'semver';

export interface AuditFinding {
  name: string;
  severity: string;
  range: string;
  /** Advisory titles, or the packages through which it comes in. */
  via: string[];
}

export type AuditOutcome =
  { kind: 'checked'; failing: AuditFinding[]; total: number } | { kind: 'unreachable'; reason: string };

const FAILING = new Set(['high', 'critical']);

/** Reads `npm audit --json` output (npm 7+ format, or npm's error object when the service fails). */
export function evaluateAudit(text: string): AuditOutcome {
  let report: unknown;
  try {
    report = JSON.parse(text);
  } catch {
    return { kind: 'unreachable', reason: 'npm audit printed no JSON report' };
  }
  const r = report as {
    vulnerabilities?: Record<string, { severity?: string; range?: string; via?: (string | { title?: string })[] }>;
    message?: string;
    error?: { summary?: string };
  };
  if (r.vulnerabilities === undefined) {
    return {
      kind: 'unreachable',
      reason: r.error?.summary || r.message || 'the report has no vulnerabilities section',
    };
  }
  const all = Object.entries(r.vulnerabilities).map(([name, v]) => ({
    name,
    severity: v.severity ?? 'unknown',
    range: v.range ?? '',
    via: (v.via ?? []).map((x) => (typeof x === 'string' ? x : (x.title ?? '?'))),
  }));
  return { kind: 'checked', failing: all.filter((f) => FAILING.has(f.severity)), total: all.length };
}

export interface SecurityFloor {
  name: string;
  /** The first release with the fix. */
  fixedIn: string;
  advisory: string;
}

/**
 * Releases that fixed published advisories affecting how Trackbook uses the package. Raise a floor
 * when a new advisory is published; the audit then fails until the dependency is updated.
 */
export const SECURITY_FLOORS: SecurityFloor[] = [
  {
    name: 'astro',
    fixedIn: '7.2.8',
    advisory: 'GHSA-26w7-cxv4-gfx2 (remote code execution through image optimisation, critical)',
  },
];

/** Installed packages below their floor (a package that is not installed is reported too). */
export function belowFloors(installed: Record<string, string | undefined>, floors = SECURITY_FLOORS): string[] {
  return floors.flatMap((f) => {
    const version = installed[f.name];
    if (version === undefined) return [`${f.name} is not installed, so it cannot be checked against ${f.advisory}`];
    return semver.lt(version, f.fixedIn)
      ? [`${f.name} ${version} is older than ${f.fixedIn}, which fixed ${f.advisory}`]
      : [];
  });
}
