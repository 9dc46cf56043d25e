/**
 * What `trackbook verify` reports: the gates it runs and the problems they find, each tied to one page
 * of the built site (its path as a reader's browser asks for it, base path included).
 */

/** The quality gates, in the order they run and are reported. */
export const GATES = ['links', 'html', 'csp', 'budgets', 'axe', 'requests'] as const;
export type Gate = (typeof GATES)[number];

/** Gates with a part only a browser sees: any of them loads every page of the sitemap. */
export const BROWSER_GATES: readonly Gate[] = ['csp', 'budgets', 'axe', 'requests'];

export interface Problem {
  /** The page the problem is on, e.g. `/handbook/en/levels/senior/`; `(site)` for the site as a whole. */
  page: string;
  gate: Gate;
  message: string;
}

/** Problems of the site as a whole (e.g. all of its CSS) are reported under this name. */
export const SITE = '(site)';

export function isGate(name: string): name is Gate {
  return (GATES as readonly string[]).includes(name);
}

/** `links,axe` → the gates named, in their usual order; an unknown name is an error naming the known ones. */
export function parseGates(list: string): Gate[] {
  const names = list
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  const unknown = names.filter((n) => !isGate(n));
  if (unknown.length > 0) {
    throw new Error(`unknown gate ${unknown.map((n) => `\`${n}\``).join(', ')}; the gates are ${GATES.join(', ')}`);
  }
  return GATES.filter((g) => names.includes(g));
}
