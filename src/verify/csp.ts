/**
 * Gate `csp`: every page carries a strict Content-Security-Policy in a `<meta>` — `default-src 'self'`,
 * no `unsafe-inline` — and nothing a policy governs (a script, a style, a stylesheet, a `style`
 * attribute) comes before it, since a `<meta>` policy covers only what follows it. Violations the
 * browser reports while the page loads are added by the browser pass.
 */
import type { ParsedPage } from './links.ts';
import type { Problem } from './problems.ts';

/** What is wrong with a policy, or an empty list when it is strict enough. */
export function policyProblems(policy: string | null): string[] {
  if (policy === null) return ['no <meta http-equiv="content-security-policy">'];
  const directives = policy
    .split(';')
    .map((d) => d.trim().toLowerCase().split(/\s+/))
    .filter((d) => d[0] !== undefined && d[0] !== '');
  const found: string[] = [];
  const defaultSrc = directives.find((d) => d[0] === 'default-src');
  if (defaultSrc === undefined || !defaultSrc.includes("'self'")) found.push("the policy has no default-src 'self'");
  if (/unsafe-inline/i.test(policy)) found.push("the policy allows 'unsafe-inline'");
  return found;
}

export function checkPolicy(page: ParsedPage): Problem[] {
  const messages = [
    ...policyProblems(page.facts.policy),
    ...(page.facts.policy === null ? [] : page.facts.beforePolicy.map((e) => `before the policy: ${e}`)),
  ];
  return messages.map((message) => ({ page: page.path, gate: 'csp', message }));
}
