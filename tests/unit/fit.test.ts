/**
 * Career-fit scoring (src/assessment/fit.ts) and its share link (src/assessment/fit-link.ts): table
 * cases on small hand-made questionnaires, then properties over random ones (fast-check) and over
 * the Service Advance Track fixture's questions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreFit, usableAnswers, type FitAnswers, type FitQuestionInput } from '../../src/assessment/fit.ts';
import { decodeFitLink, encodeFitLink, fitState, FIT_LINK_PREFIX } from '../../src/assessment/fit-link.ts';
import type { Framework } from '../../src/framework/model.ts';
import { checkContent } from '../../src/node/check-content.ts';
import { SERVICE } from '../helpers/content.ts';

const option = (tracks: Record<string, number>, competencies: Record<string, number> = {}) => ({
  tracks,
  competencies,
});
const TRACKS = ['agents', 'leads', 'quality'];
const QUESTIONS: FitQuestionInput[] = [
  { id: 'pace', options: [option({ agents: 3 }), option({ leads: 2, quality: 1 }, { planning: 2 })] },
  { id: 'help', options: [option({ leads: 3 }, { coaching: 1 }), option({ quality: 3 }), option({})] },
  { id: 'data', options: [option({ quality: 2, agents: 1 }), option({ agents: 2 }, { planning: 1 })] },
];

describe.each([
  { answers: {}, order: ['agents', 'leads', 'quality'], scores: [0, 0, 0], answered: 0 },
  { answers: { pace: 0, help: 0, data: 1 }, order: ['agents', 'leads', 'quality'], scores: [5, 3, 0], answered: 3 },
  { answers: { pace: 1, help: 1, data: 0 }, order: ['quality', 'leads', 'agents'], scores: [6, 2, 1], answered: 3 },
  { answers: { pace: 1, help: 0 }, order: ['leads', 'quality', 'agents'], scores: [5, 1, 0], answered: 2 },
  // A tie keeps the handbook's order of tracks.
  { answers: { pace: 0, help: 1 }, order: ['agents', 'quality', 'leads'], scores: [3, 3, 0], answered: 2 },
  // An answer pointing nowhere still counts as answered.
  { answers: { help: 2 }, order: ['agents', 'leads', 'quality'], scores: [0, 0, 0], answered: 1 },
  // Answers to questions that are gone, or out of range, are not counted.
  { answers: { gone: 0, pace: 7, data: -1 }, order: ['agents', 'leads', 'quality'], scores: [0, 0, 0], answered: 0 },
])('scoreFit($answers)', ({ answers, order, scores, answered }) => {
  const result = scoreFit(QUESTIONS, TRACKS, answers);
  it(`ranks ${order.join(' > ')}`, () => {
    expect(result.tracks.map((t) => t.track)).toEqual(order);
    expect(result.tracks.map((t) => t.score)).toEqual(scores);
    expect(result.answered).toBe(answered);
    expect(result.total).toBe(QUESTIONS.length);
  });
});

describe('reasons, shares and strengths', () => {
  const result = scoreFit(QUESTIONS, TRACKS, { pace: 1, help: 0, data: 1 });
  const fit = (track: string) => result.tracks.find((t) => t.track === track);

  it('names each chosen answer that pointed to a track, with its weight, in question order', () => {
    expect(fit('leads')?.reasons).toEqual([
      { question: 'pace', option: 1, weight: 2 },
      { question: 'help', option: 0, weight: 3 },
    ]);
    expect(fit('agents')?.reasons).toEqual([{ question: 'data', option: 1, weight: 2 }]);
  });

  it('gives the share of what the answered questions could have given the track', () => {
    // leads: 5 of at most 2 + 3 + 0; quality: 1 of at most 1 + 3 + 2; agents: 2 of at most 3 + 0 + 2.
    expect(fit('leads')?.share).toBe(1);
    expect(fit('quality')?.share).toBeCloseTo(1 / 6);
    expect(fit('agents')?.share).toBeCloseTo(2 / 5);
  });

  it('lists the competencies the answers suggest, strongest first', () => {
    expect(result.strengths.map((s) => [s.competency, s.score])).toEqual([
      ['planning', 3],
      ['coaching', 1],
    ]);
  });
});

describe('usableAnswers', () => {
  it('keeps answers to known questions within their options and names the rest', () => {
    expect(usableAnswers(QUESTIONS, { pace: 1, help: 3, gone: 0, data: 0.5 })).toEqual({
      answers: { pace: 1 },
      dropped: ['help', 'gone', 'data'],
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

const trackIds = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { minLength: 2, maxLength: 6 });
const weights = (tracks: string[]) =>
  fc.dictionary(fc.constantFrom(...tracks), fc.integer({ min: 1, max: 3 }), { maxKeys: tracks.length });
const questionnaire = trackIds.chain((tracks) =>
  fc.record({
    tracks: fc.constant(tracks),
    questions: fc.array(
      fc.array(weights(tracks), { minLength: 2, maxLength: 5 }).map((options) => options.map((t) => option(t))),
      { minLength: 1, maxLength: 12 },
    ),
  }),
);
const asQuestions = (options: ReturnType<typeof option>[][]): FitQuestionInput[] =>
  options.map((o, i) => ({ id: `q${i}`, options: o }));

describe('properties', () => {
  it('answers that favour only one track always rank it first, with every reason', () => {
    fc.assert(
      fc.property(questionnaire, fc.nat(), fc.nat(), ({ tracks, questions }, pick, count) => {
        const favoured = tracks[pick % tracks.length] as string;
        // Each question gets an answer pointing to the favoured track alone.
        const list = asQuestions(questions.map((o) => [...o, option({ [favoured]: 1 + (count % 3) })]));
        const answers: FitAnswers = Object.fromEntries(list.map((q) => [q.id, q.options.length - 1]));
        const result = scoreFit(list, tracks, answers);
        expect(result.tracks[0]?.track).toBe(favoured);
        expect(result.tracks[0]?.reasons).toHaveLength(list.length);
        expect(result.tracks.slice(1).every((t) => t.score === 0)).toBe(true);
      }),
    );
  });

  it('ranks every track once, by score, with shares within 0–1 and reasons adding up to the score', () => {
    fc.assert(
      fc.property(questionnaire, fc.array(fc.nat()), ({ tracks, questions }, picks) => {
        const list = asQuestions(questions);
        const answers = Object.fromEntries(list.map((q, i) => [q.id, (picks[i] ?? 0) % q.options.length]));
        const result = scoreFit(list, tracks, answers);
        expect(result.tracks.map((t) => t.track).sort()).toEqual([...tracks].sort());
        result.tracks.forEach((t, i) => {
          expect(t.score).toBe(t.reasons.reduce((a, r) => a + r.weight, 0));
          expect(t.share).toBeGreaterThanOrEqual(0);
          expect(t.share).toBeLessThanOrEqual(1);
          if (i > 0) expect(t.score).toBeLessThanOrEqual(result.tracks[i - 1]?.score ?? 0);
        });
      }),
    );
  });

  it('does not depend on the order the answers are listed in', () => {
    fc.assert(
      fc.property(questionnaire, fc.array(fc.nat()), ({ tracks, questions }, picks) => {
        const list = asQuestions(questions);
        const pairs = list.map((q, i) => [q.id, (picks[i] ?? 0) % q.options.length] as const);
        const forward = scoreFit(list, tracks, Object.fromEntries(pairs));
        const backward = scoreFit(list, tracks, Object.fromEntries([...pairs].reverse()));
        expect(backward).toEqual(forward);
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The fixture's questionnaire and the share link
// ---------------------------------------------------------------------------------------------

const service = (await checkContent(SERVICE)).frameworks?.en as Framework;
const serviceTracks = service.tracks.map((t) => t.id);

describe('the Service Advance Track fixture', () => {
  it('has 8–15 questions, and for every track some answers that put it first', () => {
    const { questions } = service.fit;
    expect(questions.length).toBeGreaterThanOrEqual(8);
    expect(questions.length).toBeLessThanOrEqual(15);
    for (const track of serviceTracks) {
      // Per question, the answer giving the track most, relative to the others.
      const answers = Object.fromEntries(
        questions.map((q) => {
          const lead = q.options.map((o) => (o.tracks[track] ?? 0) * 10 - Object.keys(o.tracks).length);
          return [q.id, lead.indexOf(Math.max(...lead))];
        }),
      );
      expect(scoreFit(questions, serviceTracks, answers).tracks[0]?.track).toBe(track);
    }
  });
});

describe('the fit share link', () => {
  const answersArb = fc.dictionary(
    fc.constantFrom(...service.fit.questions.map((q) => q.id)),
    fc.integer({ min: 0, max: 4 }),
  );

  it('reads back what it wrote, under its own prefix', async () => {
    await fc.assert(
      fc.asyncProperty(answersArb, async (answers) => {
        const link = await encodeFitLink(fitState(service.fit.version, answers));
        expect(link.startsWith(FIT_LINK_PREFIX)).toBe(true);
        expect(await decodeFitLink(`#${link}`)).toEqual({ ok: true, state: fitState(service.fit.version, answers) });
      }),
      { numRuns: 30 },
    );
  });

  it('reports a link with any one character changed, never other answers', async () => {
    const state = fitState(service.fit.version, { 'busy-queue': 1, pace: 3, numbers: 0 });
    const link = await encodeFitLink(state);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: link.length - 1 }), fc.constantFrom(...'abcdefXYZ019-_.'), async (at, c) => {
        const tampered = link.slice(0, at) + c + link.slice(at + 1);
        const loaded = await decodeFitLink(tampered);
        if (loaded.ok) expect(loaded.state).toEqual(state);
        else expect(['damaged', 'not-a-fit-result', 'unsupported-version']).toContain(loaded.reason);
      }),
      { numRuns: 60 },
    );
  });

  it.each([
    ['an assessment link', 'a2.00000000.abc', 'not-a-fit-result'],
    ['a later format', 'f9.00000000.abc', 'unsupported-version'],
    ['a wrong check', 'f1.00000000.q1YqVrJU0lFKy8xRslIqKMrPSk0uUQIA', 'damaged'],
    ['no check at all', 'f1.q1YqVrJU0lFKy8xRslIqKMrPSk0uUQIA', 'damaged'],
    ['far too long', `f1.${'x'.repeat(20_000)}`, 'too-large'],
  ])('refuses %s', async (_, fragment, reason) => {
    const loaded = await decodeFitLink(fragment);
    expect(loaded.ok ? 'ok' : loaded.reason).toBe(reason);
  });
});
