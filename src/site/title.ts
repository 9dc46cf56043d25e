/**
 * Document titles (the `<title>` in the browser tab and in search results) that fit: at most
 * `TITLE_MAX` characters (UTF-16 code units, as search engines and browsers count them). The page's
 * own heading keeps its full wording; only the document title is shortened.
 */
import type { Level } from '../framework/model.ts';
import { levelName, type Translate } from './format.ts';

/** The longest document title a page gets. */
export const TITLE_MAX = 70;

const ELLIPSIS = '…';

/** Below this many characters a shortened text keeps only its start. */
const KEEP_END_FROM = 16;

/**
 * `text` within `max` characters: whole when it fits, else its start, an ellipsis and its last words
 * when they fit in a third of the room, so "Principal Support Engineer (IC5)" becomes "Principal
 * Support En… (IC5)" and two similar titles stay told apart; a run of words without spaces
 * keeps its start only. Cut between graphemes (never inside a surrogate
 * pair or an accented letter).
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const graphemes = Array.from(new Intl.Segmenter().segment(text), (s) => s.segment);
  const room = max - ELLIPSIS.length;
  const end = max >= KEEP_END_FROM ? ending(graphemes, Math.floor(room / 3)) : '';
  return beginning(graphemes, room - end.length).trimEnd() + ELLIPSIS + end;
}

/** The longest start of `graphemes` within `max` characters. */
function beginning(graphemes: readonly string[], max: number): string {
  let kept = '';
  for (const g of graphemes) {
    if (kept.length + g.length > max) break;
    kept += g;
  }
  return kept;
}

/** Where an end of a title may start: a space, or an opening bracket as in "（IC5）". */
const WORD_START = /^[\s\p{Ps}]/u;

/** The longest end of `graphemes` within `max` characters that starts at a word (space included); '' if none fits. */
function ending(graphemes: readonly string[], max: number): string {
  let kept = '';
  let words = '';
  for (const g of graphemes.toReversed()) {
    if (kept.length + g.length > max) break;
    kept = g + kept;
    if (WORD_START.test(g) && kept.trim() !== '') words = kept;
  }
  return words;
}

/** The page's title followed by the handbook's name, or the title alone when both do not fit. */
export function documentTitle(title: string, siteName: string, max = TITLE_MAX): string {
  const full = title === siteName ? title : `${title} · ${siteName}`;
  return full.length <= max ? full : shorten(title, max);
}

/**
 * Two names filled into `template` (`{from}`, `{to}`) within `max` characters: when they do not
 * fit, the longer one is shortened first, and both share the room evenly when both are long.
 */
export function pairText(
  template: (from: string, to: string) => string,
  from: string,
  to: string,
  max = TITLE_MAX,
): string {
  const room = max - template('', '').length;
  if (from.length + to.length <= room) return template(from, to);
  const half = Math.floor(room / 2);
  const toRoom = from.length <= half ? room - from.length : Math.min(to.length, half);
  return template(shorten(from, Math.max(room - toRoom, 1)), shorten(to, Math.max(toRoom, 1)));
}

/** The document title of the comparison of two levels: "<from> compared with <to>", fitted. */
export function compareTitle(
  t: Translate,
  from: Pick<Level, 'band' | 'title'>,
  to: Pick<Level, 'band' | 'title'>,
): string {
  const template = (a: string, b: string) => t('compare.pairTitle', { from: a, to: b });
  return pairText(template, levelName(t, from), levelName(t, to));
}
