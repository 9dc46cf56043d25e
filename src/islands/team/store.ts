/**
 * The team kept on this device, only when the lead asks for it ("keep this team on this device"):
 * each usable assessment as a checked save (`encodeSave`) with its file name, under one key beside the
 * self-assessment's. Every access is guarded like the self-assessment's store; what cannot be read
 * back is left out, never loaded as something else.
 */
import { decodeSave, encodeSave } from '../../assessment/codec.ts';
import type { TeamEntry } from '../../assessment/team.ts';
import { attemptStorage, writeStorage, type WriteResult } from '../assessment/store.ts';

interface KeptEntry {
  source: string;
  save: string;
  rescored: boolean;
}

const isKept = (x: unknown): x is KeptEntry =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as KeptEntry).source === 'string' &&
  typeof (x as KeptEntry).save === 'string';

/** The entries in a kept text; an unreadable text or entry is left out (never throws). */
export function parseKeptTeam(text: string | null | undefined): TeamEntry[] {
  if (text == null) return [];
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value)) return [];
    return value
      .filter(isKept)
      .map((k) => ({ source: k.source, loaded: decodeSave(k.save), rescored: k.rescored === true }));
  } catch {
    return [];
  }
}

export class TeamStore {
  private readonly key: string;

  constructor(key: string) {
    this.key = key;
  }

  /** The kept entries, or null when no team is kept (or storage is unavailable). */
  read(): TeamEntry[] | null {
    const text = attemptStorage((s) => s.getItem(this.key));
    return text == null ? null : parseKeptTeam(text);
  }

  /** Keeps the usable entries (a file that could not be read has nothing to keep). */
  write(entries: readonly TeamEntry[]): WriteResult {
    const kept = entries.flatMap((e): KeptEntry[] =>
      e.loaded.ok ? [{ source: e.source, save: encodeSave(e.loaded.state), rescored: e.rescored === true }] : [],
    );
    return writeStorage(this.key, JSON.stringify(kept));
  }

  forget(): void {
    attemptStorage((s) => s.removeItem(this.key));
  }
}
