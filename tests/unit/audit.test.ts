/** The dependency audit's decisions on recorded `npm audit --json` outputs and installed versions. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { belowFloors, evaluateAudit } from '../../scripts/lib/audit.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/audit/${name}.json`, import.meta.url), 'utf8');

describe('evaluateAudit', () => {
  it('fails on high and critical findings, naming the package and the advisory', () => {
    const outcome = evaluateAudit(fixture('high'));
    expect(outcome).toEqual({
      kind: 'checked',
      total: 3,
      failing: [
        {
          name: 'astro',
          severity: 'critical',
          range: '7.0.0 - 7.2.7',
          via: ['Remote code execution via image optimisation'],
        },
        { name: 'vite', severity: 'high', range: '<6.0.0', via: ['esbuild'] },
      ],
    });
  });

  it('passes with only lower-severity findings', () => {
    expect(evaluateAudit(fixture('clean'))).toEqual({ kind: 'checked', failing: [], total: 1 });
  });

  it('says when the advisory service cannot be reached instead of passing silently', () => {
    expect(evaluateAudit(fixture('unreachable'))).toEqual({
      kind: 'unreachable',
      reason: 'audit endpoint returned an error',
    });
    expect(evaluateAudit('')).toEqual({ kind: 'unreachable', reason: 'npm audit printed no JSON report' });
  });
});

describe('belowFloors', () => {
  it('flags a package older than the release that fixed its advisory', () => {
    expect(belowFloors({ astro: '7.2.7' })).toEqual([
      'astro 7.2.7 is older than 7.2.8, which fixed GHSA-26w7-cxv4-gfx2 (remote code execution through image optimisation, critical)',
    ]);
    expect(belowFloors({ astro: '7.2.8' })).toEqual([]);
    expect(belowFloors({ astro: '7.3.4' })).toEqual([]);
  });

  it('flags a package that is not installed', () => {
    expect(belowFloors({})).toHaveLength(1);
  });
});
