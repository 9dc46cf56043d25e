/**
 * Views the reading site derives from a framework: the lattice, comparisons of two levels, trainings
 * that close the gaps to the next level, a competency across tracks, training usage and the catalog's
 * filters. Table-form cases against the base fixture, whose expectations are (effective, inherited):
 *   agent-1 communication 1, complaint-handling 1 · agent-2 1, 2 · agent-3 3, 3 · lead-1 communication 2, coaching 2
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Framework } from '../../src/framework/model.ts';
import {
  firstYear,
  catalogFacets,
  compareLevels,
  competencyAcrossLevels,
  inboundRoutes,
  movesIntoTrack,
  routePath,
  lattice,
  recognitionForLevel,
  sections,
  staticComparisons,
  trainingsDeveloping,
  trainingsForGaps,
  trainingUsage,
} from '../../src/framework/queries.ts';
import { checkContent } from '../../src/node/check-content.ts';
import { BASE, IC_LADDER, SERVICE } from '../helpers/content.ts';

const en = (await checkContent(BASE)).frameworks?.en as Framework;
const service = (await checkContent(SERVICE)).frameworks?.en as Framework;
const ladder = (await checkContent(IC_LADDER)).frameworks?.en as Framework;

it('lays levels out by grade (highest first) and track', () => {
  expect(lattice(en)).toEqual([
    {
      grade: 'g3',
      cells: [
        { track: 'agents', levels: ['agent-3'] },
        { track: 'leads', levels: ['lead-1'] },
      ],
    },
    {
      grade: 'g2',
      cells: [
        { track: 'agents', levels: ['agent-2'] },
        { track: 'leads', levels: [] },
      ],
    },
    {
      grade: 'g1',
      cells: [
        { track: 'agents', levels: ['agent-1'] },
        { track: 'leads', levels: [] },
      ],
    },
  ]);
});

describe('compareLevels', () => {
  it.each([
    [
      'agent-1',
      'agent-2',
      [
        ['communication', 1, 1, 'same'],
        ['complaint-handling', 1, 2, 'raised'],
      ],
      1,
      'promotion',
    ],
    [
      'agent-2',
      'lead-1',
      [
        ['communication', 1, 2, 'raised'],
        ['complaint-handling', 2, null, 'not-expected'],
        ['coaching', null, 2, 'new'],
      ],
      1,
      'lateral',
    ],
    [
      'agent-3',
      'agent-1',
      [
        ['communication', 3, 1, 'lower'],
        ['complaint-handling', 3, 1, 'lower'],
      ],
      -2,
      'none',
    ],
  ] as const)('%s → %s', (from, to, rows, gradeChange, route) => {
    const c = compareLevels(en, from, to);
    expect(c?.competencies.map((r) => [r.competency, r.from, r.to, r.change])).toEqual(rows);
    expect(c?.gradeChange).toBe(gradeChange);
    expect(c?.route.kind).toBe(route);
  });

  it('carries the promotion criteria or the lateral move', () => {
    const up = compareLevels(en, 'agent-1', 'agent-2')?.route;
    expect(up?.kind === 'promotion' && up.criteria?.minMonths).toBe(6);
    const across = compareLevels(en, 'agent-2', 'lead-1')?.route;
    expect(across?.kind === 'lateral' && across.move.conditions).toEqual(['Interview with the lead panel.']);
  });

  it.each([
    ['agent-1', 'nobody'],
    ['nobody', 'agent-1'],
  ])('is null for an unknown level (%s → %s)', (from, to) => {
    expect(compareLevels(en, from, to)).toBeNull();
  });

  it('pre-renders only each level with its next level and its lateral moves', () => {
    expect(staticComparisons(en)).toEqual([
      { from: 'agent-1', to: 'agent-2' },
      { from: 'agent-2', to: 'agent-3' },
      { from: 'agent-2', to: 'lead-1' },
    ]);
  });
});

describe('trainingsForGaps', () => {
  it.each([
    ['agent-1', undefined, [['complaint-handling', 1, 2, ['complaints-workshop']]]],
    [
      'agent-2',
      undefined,
      [
        ['communication', 1, 3, []],
        ['complaint-handling', 2, 3, ['complaints-workshop']],
      ],
    ],
    ['agent-3', undefined, []],
    [
      'agent-2',
      'lead-1',
      [
        ['communication', 1, 2, []],
        ['coaching', 0, 2, []],
      ],
    ],
  ] as const)('from %s to %s (default: the next level)', (level, target, rows) => {
    expect(trainingsForGaps(en, level, target).map((g) => [g.competency, g.from, g.to, g.trainings])).toEqual(rows);
  });

  // ic-ladder: IC3 raises product knowledge a step and states new criteria, with no step, for
  // escalations and mentoring; a training that develops escalations at all closes that criterion.
  it.each([
    [
      'ic2',
      [
        ['escalations', 'criteria', 0, 2, ['escalation-clinic']],
        ['product-knowledge', 'steps', 2, 3, ['product-deep-dive']],
        ['mentoring', 'criteria', 0, 2, []],
      ],
    ],
  ] as const)('lists criterion-only gaps beside step gaps, in competency order (%s)', (level, rows) => {
    const gaps = trainingsForGaps(ladder, level);
    expect(gaps.map((g) => [g.competency, g.scale, g.from, g.to, g.trainings])).toEqual(rows);
  });

  it('leaves out a criterion the next level inherits in the same words', () => {
    // IC3 keeps IC2's words for troubleshooting and SLA ownership: nothing new to meet there.
    const gaps = trainingsForGaps(ladder, 'ic2').map((g) => g.competency);
    expect(gaps).not.toContain('troubleshooting');
    expect(gaps).not.toContain('sla-ownership');
  });
});

describe('one competency across the framework', () => {
  it.each([
    [
      'communication',
      [
        [
          'agents',
          [
            ['agent-1', 1],
            ['agent-2', 1],
            ['agent-3', 3],
          ],
        ],
        ['leads', [['lead-1', 2]]],
      ],
    ],
    ['coaching', [['leads', [['lead-1', 2]]]]],
  ] as const)('%s', (competency, ladders) => {
    expect(
      competencyAcrossLevels(en, competency).map((l) => [l.track, l.levels.map((x) => [x.level, x.step])]),
    ).toEqual(ladders);
  });

  it('lists the trainings that develop it', () => {
    expect(trainingsDeveloping(en, 'complaint-handling').map((t) => t.id)).toEqual(['complaints-workshop']);
    expect(trainingsDeveloping(en, 'coaching')).toEqual([]);
  });
});

describe('trainings and recognition', () => {
  it('knows where a training is required, mandatory and what it unlocks', () => {
    expect(trainingUsage(en, 'basics')).toEqual({
      requiredToLeave: ['agent-1'],
      mandatoryFor: ['agent-1'],
      unlocks: ['complaints-workshop'],
    });
    expect(trainingUsage(en, 'complaints-workshop')).toEqual({
      requiredToLeave: ['agent-2'],
      mandatoryFor: [],
      unlocks: [],
    });
  });

  it.each([
    ['agent-1', ['star']],
    ['agent-3', []],
  ])('recognition open to %s', (level, ids) => {
    expect(recognitionForLevel(en, level).map((r) => r.id)).toEqual(ids);
  });

  it('offers only filter values some training has, in a stable order', () => {
    expect(catalogFacets(en)).toEqual({
      formats: [
        { id: 'course', count: 1 },
        { id: 'workshop', count: 1 },
      ],
      phases: [
        { id: 'pre-job', count: 1 },
        { id: 'on-the-job', count: 1 },
      ],
      competencies: [
        { id: 'communication', count: 1 },
        { id: 'complaint-handling', count: 1 },
      ],
      tracks: [
        { id: 'agents', count: 2 },
        { id: 'leads', count: 1 },
      ],
    });
  });
});

describe('optional sections: one with nothing in it gets no page, link or box', () => {
  it.each([
    ['the base fixture', en, { trainings: true, recognition: true, fit: false, languages: true }],
    [
      'no recognition, one language',
      { ...en, recognition: [], locales: ['en'] } as Framework,
      { trainings: true, recognition: false, fit: false, languages: false },
    ],
    [
      'no trainings',
      { ...en, trainings: [] } as Framework,
      { trainings: false, recognition: true, fit: false, languages: true },
    ],
    [
      'the Service Advance Track, with fit questions',
      service,
      { trainings: true, recognition: true, fit: true, languages: true },
    ],
  ])('%s', (_, framework, expected) => {
    expect(sections(framework)).toEqual(expected);
  });
});

describe('firstYear: where a track starts and what its first year holds', () => {
  it('takes the entry level, its first responsibilities, probation, trainings and next step', () => {
    const cs = service.levels.find((l) => l.id === 'cs-junior');
    const year = firstYear(service, 'customer-service');
    expect(year?.level).toBe('cs-junior');
    expect(year?.responsibilities).toEqual(cs?.responsibilities.slice(0, 3));
    expect(year?.probationMonths).toBe(cs?.probation?.months);
    expect(year?.next).toEqual({ level: 'cs-intermediate', minMonths: cs?.promotion?.minMonths });
    expect(year?.reachedFrom).toEqual([]);
  });

  it('lists mandatory trainings first, then others meant for the level, never targeted ones', () => {
    const year = firstYear(service, 'customer-service');
    const trainings = (year?.trainings ?? []).map((id) => service.trainings.find((t) => t.id === id));
    expect(trainings.length).toBeGreaterThan(0);
    expect(trainings.length).toBeLessThanOrEqual(3);
    const mandatory = trainings.map((t) => t?.mandatoryFor.includes('cs-junior') ?? false);
    expect(mandatory).toEqual([...mandatory].sort((a, b) => Number(b) - Number(a)));
    expect(trainings.every((t) => t?.phase !== 'differentiated')).toBe(true);
  });

  it('names the levels that move into the entry level of a side track', () => {
    expect(firstYear(en, 'leads')).toMatchObject({ level: 'lead-1', reachedFrom: ['agent-2'], next: null });
  });

  it('is null for an unknown track', () => {
    expect(firstYear(en, 'nowhere')).toBeNull();
  });
});

describe('ways into a level, and from any level to any other', () => {
  it('lists the promotion from the level below, with its criteria, then the lateral moves in', () => {
    const below = en.levels.find((l) => l.id === 'agent-2');
    expect(inboundRoutes(en, 'agent-3')).toEqual([{ kind: 'promotion', from: 'agent-2', criteria: below?.promotion }]);
    expect(inboundRoutes(en, 'lead-1')).toEqual([
      {
        kind: 'lateral',
        from: 'agent-2',
        move: { to: 'lead-1', minMonths: 12, conditions: ['Interview with the lead panel.'] },
      },
    ]);
    // The entry level of a track: nothing leads into it.
    expect(inboundRoutes(en, 'agent-1')).toEqual([]);
  });

  it('lists the moves into a track from other tracks only', () => {
    expect(movesIntoTrack(en, 'leads').map((m) => `${m.from}→${m.move.to}`)).toEqual(['agent-2→lead-1']);
    expect(movesIntoTrack(en, 'agents')).toEqual([]);
  });

  it('finds the shortest way through promotions and lateral moves, or none', () => {
    expect(routePath(en, 'agent-1', 'agent-3')).toEqual(['agent-1', 'agent-2', 'agent-3']);
    expect(routePath(en, 'agent-1', 'lead-1')).toEqual(['agent-1', 'agent-2', 'lead-1']);
    expect(routePath(en, 'agent-3', 'agent-1')).toBeNull();
    expect(routePath(en, 'agent-1', 'nobody')).toBeNull();
    expect(routePath(en, 'agent-2', 'agent-2')).toEqual(['agent-2']);
  });

  it('for any two levels, a way found is made of moves the handbook describes, and is never longer than needed', () => {
    const ids = service.levels.map((l) => l.id);
    const byId = new Map(service.levels.map((l) => [l.id, l]));
    const moves = (id: string) => [byId.get(id)?.next, ...(byId.get(id)?.lateralMoves ?? []).map((m) => m.to)];
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.constantFrom(...ids), (from, to) => {
        const path = routePath(service, from, to);
        if (path === null) return;
        expect(path[0]).toBe(from);
        expect(path.at(-1)).toBe(to);
        for (let i = 1; i < path.length; i++) expect(moves(path[i - 1] ?? '')).toContain(path[i]);
        // A direct move is always taken when there is one.
        if (from !== to && moves(from).includes(to)) expect(path).toHaveLength(2);
      }),
    );
  });
});
