/**
 * The career-fit result as a share link: the answers in the URL fragment (never sent to a server),
 * in the self-assessment's checked link format (`src/assessment/link-format.ts`): versioned, compressed
 * and with a CRC-32, so a damaged or tampered link is reported and never read as other answers.
 */
import { MAX_LINK_DATA, openLink, sealLink } from './link-format.ts';
import type { FitAnswers } from './fit.ts';

/** Prefix of the fragment, with the format's version: `#f1.<check>.<data>`. */
export const FIT_LINK_PREFIX = 'f1.';

/** What a fit link carries: the version of the questions answered and the answers. */
export interface FitState {
  v: 1;
  /** `Fit.version` of the questions the answers were given to. */
  fit: string;
  answers: Record<string, number>;
}

export type FitLoaded =
  | { ok: true; state: FitState }
  | { ok: false; reason: 'too-large' | 'not-a-fit-result' | 'damaged' }
  | { ok: false; reason: 'unsupported-version'; version: string };

export function fitState(version: string, answers: FitAnswers): FitState {
  return { v: 1, fit: version, answers: { ...answers } };
}

/** The fragment (without `#`) that carries the answers. */
export function encodeFitLink(state: FitState): Promise<string> {
  return sealLink(FIT_LINK_PREFIX, state);
}

/** Reads a fragment made by `encodeFitLink` (with or without the leading `#`). */
export async function decodeFitLink(fragment: string): Promise<FitLoaded> {
  const data = fragment.replace(/^#/, '');
  if (data.length > MAX_LINK_DATA) return { ok: false, reason: 'too-large' };
  const match = /^f(\d+)\.(.*)$/s.exec(data);
  if (match === null) return { ok: false, reason: 'not-a-fit-result' };
  if (`f${match[1]}.` !== FIT_LINK_PREFIX) return { ok: false, reason: 'unsupported-version', version: match[1] ?? '' };
  const value = await openLink(match[2] ?? '');
  if (value === null) return { ok: false, reason: 'damaged' };
  return isFitState(value) ? { ok: true, state: value } : { ok: false, reason: 'not-a-fit-result' };
}

function isFitState(value: unknown): value is FitState {
  if (typeof value !== 'object' || value === null) return false;
  const { v, fit, answers } = value as Record<string, unknown>;
  return (
    v === 1 &&
    typeof fit === 'string' &&
    typeof answers === 'object' &&
    answers !== null &&
    !Array.isArray(answers) &&
    Object.values(answers).every((a) => typeof a === 'number')
  );
}
