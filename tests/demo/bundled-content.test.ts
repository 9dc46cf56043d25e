/**
 * DEMO: about the bundled content in content/, not about Trackbook. An organisation that replaces
 * content/ deletes or rewrites this file; the product's own tests (tests/unit, tests/e2e) use fixtures.
 *
 * The bundled Service Advance Track is complete: valid without a single warning, every entry
 * translated, and covering what the handbook promises (tracks, levels, competencies, trainings of
 * every format and phase, recognition of every kind, criteria on every level with a next one).
 */
import { describe, expect, it } from 'vitest';
import type { Framework } from '../../src/framework/model.ts';
import { RECOGNITION_KINDS, TRAINING_FORMATS, TRAINING_PHASES } from '../../src/framework/schema.ts';
import { formatDiagnostic } from '../../src/framework/diagnostics.ts';
import { checkContent } from '../../src/node/check-content.ts';
import { BUNDLED } from '../helpers/content.ts';

const result = await checkContent(BUNDLED, { strict: true });
const en = result.frameworks?.en as Framework;
const zh = result.frameworks?.['zh-cn'] as Framework;

it('has no errors and no warnings, even in strict mode', () => {
  expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
});

describe('coverage of the Service Advance Track', () => {
  it.each([
    ['tracks', 5],
    ['levels', 14],
    ['competencies', 12],
    ['trainings', 20],
    ['recognition', 5],
    ['pages', 5],
  ] as const)('at least as many %s as promised (%i)', (collection, minimum) => {
    expect(en[collection].length).toBeGreaterThanOrEqual(minimum);
  });

  it('has a five-level customer-service ladder from junior to elite', () => {
    const cs = en.tracks.find((t) => t.id === 'customer-service');
    expect(cs?.kind).toBe('individual');
    expect(cs?.levels).toEqual(['cs-junior', 'cs-intermediate', 'cs-senior', 'cs-expert', 'cs-elite']);
  });

  it('has team lead → supervisor → service manager', () => {
    expect(en.tracks.find((t) => t.id === 'team-leadership')?.levels).toEqual([
      'team-lead',
      'supervisor',
      'service-manager',
    ]);
  });

  it('puts the elite individual contributor on a management grade', () => {
    const elite = en.levels.find((l) => l.id === 'cs-elite');
    const managementGrades = en.levels.filter((l) => l.track === 'team-leadership').map((l) => l.grade);
    expect(managementGrades).toContain(elite?.grade);
  });

  it('gives every level that has a next level its promotion criteria', () => {
    for (const level of en.levels.filter((l) => l.next !== null)) {
      const p = level.promotion;
      expect(p, level.id).not.toBeNull();
      expect(p?.minMonths, level.id).toBeGreaterThan(0);
      expect(
        (p?.metrics.length ?? 0) + (p?.trainings.length ?? 0) + (p?.assessments.length ?? 0),
        level.id,
      ).toBeGreaterThan(0);
    }
  });

  it('opens lateral moves from the senior individual-contributor levels into other tracks', () => {
    const tracksReached = new Set(
      en.levels
        .filter((l) => ['cs-senior', 'cs-expert', 'cs-elite'].includes(l.id))
        .flatMap((l) => l.lateralMoves.map((m) => en.levels.find((x) => x.id === m.to)?.track)),
    );
    expect([...tracksReached].sort()).toEqual(['quality-assurance', 'team-leadership', 'training', 'vip-accounts']);
  });

  it('describes every proficiency step above the lowest for every competency', () => {
    const steps = en.scale.map((s) => String(s.step)).slice(1);
    for (const competency of en.competencies) {
      for (const step of steps)
        expect(competency.indicators[step]?.length ?? 0, `${competency.id} ${step}`).toBeGreaterThan(0);
    }
  });

  it.each(TRAINING_FORMATS)('has a training in the %s format', (format) => {
    expect(en.trainings.some((t) => t.format === format)).toBe(true);
  });

  it.each(TRAINING_PHASES)('has trainings in the %s phase', (phase) => {
    expect(en.trainings.some((t) => t.phase === phase)).toBe(true);
  });

  it.each(RECOGNITION_KINDS)('has a %s recognition programme', (kind) => {
    expect(en.recognition.some((r) => r.kind === kind)).toBe(true);
  });

  it('has an FAQ and the four guides', () => {
    expect(en.pages.map((p) => p.id)).toEqual(
      expect.arrayContaining([
        'faq',
        'how-promotion-works',
        'career-planning',
        'using-the-self-assessment',
        'editing-the-handbook',
      ]),
    );
  });
});

describe('the Chinese handbook', () => {
  it('translates every entry completely', () => {
    const all = [...zh.tracks, ...zh.levels, ...zh.competencies, ...zh.trainings, ...zh.recognition, ...zh.pages];
    expect(all.filter((e) => e.fallback).map((e) => `${e.file}: ${e.missing.join(', ')}`)).toEqual([]);
  });

  it('has Chinese titles (not copies of the English ones)', () => {
    for (const level of zh.levels) expect(level.title, level.id).toMatch(/[\u4e00-\u9fff]/);
    for (const competency of zh.competencies) expect(competency.title, competency.id).toMatch(/[\u4e00-\u9fff]/);
  });
});
