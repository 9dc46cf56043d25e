/**
 * Recovery copies: earlier versions of the assessment kept on the device, newest first, so a reset, an
 * import, a shared link opened over one's own or a choice between two tabs can always be taken back.
 * Pure: the list in, the list out; the island stores it.
 */

/** How many earlier versions are kept. */
export const MAX_COPIES = 5;

export interface RecoveryCopy {
  /** ISO date-time the copy was taken. */
  kept: string;
  /** The assessment, as saved (`encodeSave`). */
  save: string;
}

/** The list with `save` added first, unless the newest copy is the same; at most `MAX_COPIES`. */
export function withCopy(copies: readonly RecoveryCopy[], save: string, now: Date): RecoveryCopy[] {
  if (copies[0]?.save === save) return [...copies];
  return [{ kept: now.toISOString(), save }, ...copies.filter((c) => c.save !== save)].slice(0, MAX_COPIES);
}

/** Reads a stored list; anything unreadable counts as no copies (never throws). */
export function parseCopies(text: string | null): RecoveryCopy[] {
  if (text === null) return [];
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value)) return [];
    return value
      .filter(
        (c): c is RecoveryCopy =>
          typeof c === 'object' &&
          c !== null &&
          typeof (c as RecoveryCopy).kept === 'string' &&
          typeof (c as RecoveryCopy).save === 'string',
      )
      .slice(0, MAX_COPIES);
  } catch {
    return [];
  }
}
