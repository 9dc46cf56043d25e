/**
 * Career fit: from the answers a person chose to a ranking of the tracks, with the answers behind
 * each track's place. Pure and deterministic like the assessment engine beside it: no DOM, no
 * storage; the fit page's island, the tests and the build call it unchanged.
 */
import type { FitOption, FitQuestion } from '../framework/model.ts';

/** What scoring needs of a question: its id and the weights of its answers. */
export interface FitQuestionInput {
  id: FitQuestion['id'];
  options: readonly Pick<FitOption, 'tracks' | 'competencies'>[];
}

/** Question id → position (from 0) of the chosen answer. */
export type FitAnswers = Readonly<Record<string, number>>;

/** One chosen answer that pointed to a track or competency, and how strongly. */
export interface FitReason {
  question: string;
  option: number;
  weight: number;
}

export interface TrackFit {
  track: string;
  /** Sum of the weights the chosen answers gave this track. */
  score: number;
  /** score ÷ the most the answered questions could have given it, 0–1. */
  share: number;
  /** The chosen answers that pointed here, in question order. */
  reasons: FitReason[];
}

export interface StrengthFit {
  competency: string;
  score: number;
  reasons: FitReason[];
}

export interface FitResult {
  /** Every track, best fit first; ties keep the handbook's track order. */
  tracks: TrackFit[];
  /** Competencies the answers suggest as strengths, strongest first; only those with a score. */
  strengths: StrengthFit[];
  /** Questions with a usable answer, of all questions. */
  answered: number;
  total: number;
}

/** The answers that name a question and one of its answers; the rest (ids of questions gone, positions out of range). */
export function usableAnswers(
  questions: readonly FitQuestionInput[],
  answers: FitAnswers,
): { answers: Record<string, number>; dropped: string[] } {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const kept: Record<string, number> = {};
  const dropped: string[] = [];
  for (const [id, option] of Object.entries(answers)) {
    const question = byId.get(id);
    if (question !== undefined && Number.isInteger(option) && option >= 0 && option < question.options.length) {
      kept[id] = option;
    } else dropped.push(id);
  }
  return { answers: kept, dropped };
}

/** Ranks `tracks` (ids, in the handbook's order) by the weights of the chosen answers. */
export function scoreFit(
  questions: readonly FitQuestionInput[],
  tracks: readonly string[],
  answers: FitAnswers,
): FitResult {
  const { answers: usable } = usableAnswers(questions, answers);
  const chosen = questions.filter((q) => usable[q.id] !== undefined);
  const fits = tracks.map((track) => trackFit(track, chosen, usable));
  const order = (id: string) => tracks.indexOf(id);
  fits.sort((a, b) => b.score - a.score || order(a.track) - order(b.track));
  return { tracks: fits, strengths: strengths(chosen, usable), answered: chosen.length, total: questions.length };
}

function trackFit(track: string, chosen: readonly FitQuestionInput[], answers: FitAnswers): TrackFit {
  const reasons = reasonsFor(chosen, answers, (o) => o.tracks[track]);
  const score = sum(reasons.map((r) => r.weight));
  const most = sum(chosen.map((q) => Math.max(0, ...q.options.map((o) => o.tracks[track] ?? 0))));
  return { track, score, share: most === 0 ? 0 : score / most, reasons };
}

function strengths(chosen: readonly FitQuestionInput[], answers: FitAnswers): StrengthFit[] {
  const ids = new Set(chosen.flatMap((q) => Object.keys(q.options[answers[q.id] ?? -1]?.competencies ?? {})));
  return [...ids]
    .map((competency) => {
      const reasons = reasonsFor(chosen, answers, (o) => o.competencies[competency]);
      return { competency, score: sum(reasons.map((r) => r.weight)), reasons };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.competency.localeCompare(b.competency));
}

/** The chosen answers whose `weightOf` is positive, in question order. */
function reasonsFor(
  chosen: readonly FitQuestionInput[],
  answers: FitAnswers,
  weightOf: (option: FitQuestionInput['options'][number]) => number | undefined,
): FitReason[] {
  return chosen.flatMap((q) => {
    const option = answers[q.id] ?? -1;
    const weight = weightOf(q.options[option] ?? { tracks: {}, competencies: {} }) ?? 0;
    return weight > 0 ? [{ question: q.id, option, weight }] : [];
  });
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
