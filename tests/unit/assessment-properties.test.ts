/**
 * Properties of the engine and the codec for any valid assessment of the Service Advance Track fixture (fast-check):
 * gaps are never negative, readiness stays within 0–100 %, the plan never recommends a completed
 * training and always lists a prerequisite before what needs it (unless it is done, or assumed done
 * because a level below the current one requires it), encode → decode is the identity for links,
 * saves and files, and a link or save with any one character changed, added or removed loads as the
 * original or is reported — never as a different assessment.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeSave,
  decodeShareLink,
  encodeSave,
  encodeShareLink,
  fromJsonText,
  toJsonFile,
  type Loaded,
} from '../../src/assessment/codec.ts';
import { assumedCompleted, evaluate } from '../../src/assessment/engine.ts';
import { LIMITS, validateState, type AssessmentState } from '../../src/assessment/state.ts';
import type { Framework } from '../../src/framework/model.ts';
import { checkContent } from '../../src/node/check-content.ts';
import { SERVICE } from '../helpers/content.ts';

const f = (await checkContent(SERVICE)).frameworks?.en as Framework;
const levelIds = f.levels.map((l) => l.id);
const steps = f.scale.map((s) => s.step);

const subset = <T>(items: T[]) => fc.subarray(items);
const stateArb: fc.Arbitrary<AssessmentState> = fc.record({
  v: fc.constant(1 as const),
  framework: fc.constant(f.version),
  label: fc.string({ maxLength: 40 }),
  otherLabel: fc.string({ maxLength: 40 }),
  name: fc.string({ maxLength: LIMITS.nameLength }),
  current: fc.option(fc.constantFrom(...levelIds), { nil: null }),
  target: fc.constantFrom(...levelIds),
  ratings: fc.dictionary(fc.constantFrom(...f.competencies.map((c) => c.id)), fc.constantFrom(...steps)),
  // The fixture states no criteria per level (tests/unit/criteria-assessment.test.ts covers them).
  criteria: fc.constant({}),
  notes: fc.dictionary(
    fc.constantFrom(...f.competencies.map((c) => c.id)),
    fc.string({ maxLength: 300, unit: 'grapheme' }),
  ),
  facts: fc.record({
    // Up to the limits the form allows (e.g. 1,200 months, a handling time typed in seconds).
    monthsInLevel: fc.option(fc.integer({ min: 0, max: LIMITS.months }), { nil: null }),
    metrics: fc.dictionary(
      fc.constantFrom(...f.metrics.map((m) => m.id)),
      // (+ 0: the form never keeps a negative zero, which JSON cannot carry.)
      fc.double({ min: -(LIMITS.metricMagnitude - 1), max: LIMITS.metricMagnitude - 1, noNaN: true }).map((x) => x + 0),
    ),
    trainings: subset(f.trainings.map((t) => t.id)),
    assessments: subset(f.assessments.map((a) => a.id)),
    conditions: fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { maxLength: 6 }).map((c) => c.sort((a, b) => a - b)),
  }),
  updated: fc
    .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
});

describe('the engine, for any assessment', () => {
  it('never reports a negative gap or surplus, and readiness stays within 0–100 %', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const r = evaluate(f, state);
        expect(r).not.toBeNull();
        for (const c of r?.competencies ?? []) {
          expect(c.gap).toBeGreaterThanOrEqual(0);
          expect(c.surplus).toBeGreaterThanOrEqual(0);
          expect(c.gap === 0 || c.surplus === 0).toBe(true);
        }
        for (const value of [r?.readiness.share, r?.readiness.score]) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never recommends a completed training, and lists prerequisites first', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const plan = evaluate(f, state)?.plan ?? [];
        const ids = plan.map((p) => p.training);
        expect(ids.filter((id) => state.facts.trainings.includes(id))).toEqual([]);
        expect(new Set(ids).size).toBe(ids.length);
        for (const [i, id] of ids.entries()) {
          for (const prerequisite of f.trainings.find((t) => t.id === id)?.prerequisites ?? []) {
            const done =
              state.facts.trainings.includes(prerequisite) ||
              assumedCompleted(
                f,
                f.levels.find((l) => l.id === state.current),
              ).includes(prerequisite);
            expect(done || ids.indexOf(prerequisite) < i, `${prerequisite} before ${id}`).toBe(true);
            expect(done || ids.includes(prerequisite)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('recommends a training only for what is still open when it comes in the plan', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        for (const item of evaluate(f, state)?.plan ?? []) {
          if (item.prerequisiteOf.length === 0) expect(item.closes.length, item.training).toBeGreaterThan(0);
          for (const c of item.closes) expect(c.to).toBeGreaterThan(c.from);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never says no training is needed beside an open gap, and names only planned trainings as needing one first', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const r = evaluate(f, state);
        const open = r?.competencies.some((c) => c.gap > 0) ?? false;
        expect(r?.planStatus === 'no-gaps').toBe(!open);
        if (open) expect(r?.plan.length === 0).toBe(r?.planStatus === 'none-closes');
        const ids = r?.plan.map((p) => p.training) ?? [];
        for (const item of r?.plan ?? []) for (const id of item.prerequisiteOf) expect(ids).toContain(id);
        // A gap reported as open is open, and one no training closes names no planned training.
        for (const u of r?.uncovered ?? []) {
          expect(u.to).toBeGreaterThan(u.from);
          for (const id of u.elsewhere) expect(ids).not.toContain(id);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('calls it ready only when nothing is missing', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const r = evaluate(f, state);
        if (r?.verdict === 'ready') {
          expect(r.competencies.every((c) => c.gap === 0)).toBe(true);
          expect(r.criteria.every((c) => c.status === 'met')).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the codec, for any assessment', () => {
  it('validates a valid state to itself', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        expect(validateState(state)).toEqual({ ok: true, state, dropped: [] });
      }),
    );
  });

  it('decodes a share link to the same state', async () => {
    await fc.assert(
      fc.asyncProperty(stateArb, async (state) => {
        expect(await decodeShareLink(await encodeShareLink(state))).toEqual({ ok: true, state, dropped: [] });
      }),
      { numRuns: 200 },
    );
  });

  it('reads an exported file back to the same state', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        expect(fromJsonText(toJsonFile(state, f.name))).toEqual({ ok: true, state, dropped: [] });
      }),
    );
  });

  it('reads a save on the device back to the same state', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        expect(decodeSave(encodeSave(state))).toEqual({ ok: true, state, dropped: [] });
      }),
    );
  });
});

/** One character of `text` replaced, removed, or one inserted. */
const corruption = (text: string) =>
  fc
    .record({
      at: fc.integer({ min: 0, max: Math.max(0, text.length - 1) }),
      kind: fc.constantFrom('replace', 'remove', 'insert'),
      char: fc.oneof(
        fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzAZ09_-.{}":,'),
        fc.string({ minLength: 1, maxLength: 1 }),
      ),
    })
    .map(({ at, kind, char }) =>
      kind === 'remove'
        ? text.slice(0, at) + text.slice(at + 1)
        : text.slice(0, at) + char + text.slice(at + (kind === 'replace' ? 1 : 0)),
    );

/** Either exactly the original assessment, or a failure the page reports: never a different one. */
function originalOrReported(loaded: Loaded, state: AssessmentState): void {
  if (loaded.ok) expect({ state: loaded.state, dropped: loaded.dropped }).toEqual({ state, dropped: [] });
}

describe('a damaged link or save, for any assessment and any one-character change', () => {
  it('a share link loads as the original or is reported', async () => {
    await fc.assert(
      fc.asyncProperty(stateArb, async (state) => {
        const fragment = await encodeShareLink(state);
        await fc.assert(
          fc.asyncProperty(corruption(fragment), async (damaged) => {
            originalOrReported(await decodeShareLink(damaged), state);
          }),
          { numRuns: 20 },
        );
      }),
      { numRuns: 40 },
    );
  });

  it('a save loads as the original or is reported', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const saved = encodeSave(state);
        fc.assert(
          fc.property(corruption(saved), (damaged) => originalOrReported(decodeSave(damaged), state)),
          { numRuns: 25 },
        );
      }),
      { numRuns: 40 },
    );
  });
});
