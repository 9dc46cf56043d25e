/**
 * The assessment kept on this device (local storage, one key per handbook). Every write is guarded
 * (storage may be missing, blocked or full), a save carries its check (`encodeSave`), and a change made
 * in another tab or window is reported instead of being overwritten by this one's next edit.
 */
import { decodeSave, encodeSave, type Loaded } from '../../assessment/codec.ts';
import { parseCopies, withCopy, type RecoveryCopy } from '../../assessment/copies.ts';
import type { AssessmentState } from '../../assessment/state.ts';

export type WriteResult = 'saved' | 'full' | 'unavailable';

export class DeviceStore {
  /** What this tab last wrote or read, to tell its own writes from another tab's. */
  private known: string | null = null;
  private readonly key: string;

  constructor(key: string) {
    this.key = key;
  }

  /** The saved text and what it holds, or null when nothing is saved (or storage is unavailable). */
  read(): { text: string; loaded: Loaded } | null {
    const text = this.attempt((s) => s.getItem(this.key));
    if (text === undefined || text === null) return null;
    this.known = text;
    return { text, loaded: decodeSave(text) };
  }

  write(state: AssessmentState): WriteResult {
    const text = encodeSave(state);
    const result = writeStorage(this.key, text);
    if (result === 'saved') this.known = text;
    return result;
  }

  /** The earlier versions kept on this device, newest first. */
  copies(): RecoveryCopy[] {
    return parseCopies(this.attempt((s) => s.getItem(`${this.key}:copies`)) ?? null);
  }

  /**
   * Keeps `state` as a recovery copy (before something replaces it). When storage is full the oldest
   * copies make room; never throws.
   */
  keepCopy(state: AssessmentState): void {
    let copies = withCopy(this.copies(), encodeSave(state), new Date());
    while (copies.length > 0) {
      const text = JSON.stringify(copies);
      if (this.attempt((s) => (s.setItem(`${this.key}:copies`, text), true)) === true) return;
      copies = copies.slice(0, -1);
    }
  }

  /** Keeps a copy of what could not be read beside the save, if there is room; never throws. */
  keepUnreadable(text: string): void {
    this.attempt((s) => s.setItem(`${this.key}:unreadable`, text));
  }

  /** Calls `changed` with what another tab saved under this key (never for this tab's own writes). */
  watch(changed: (loaded: Loaded) => void): void {
    window.addEventListener('storage', (event) => {
      if (event.key !== this.key || event.newValue === null || event.newValue === this.known) return;
      this.known = event.newValue;
      changed(decodeSave(event.newValue));
    });
  }

  private attempt<T>(use: (storage: Storage) => T): T | undefined {
    return attemptStorage(use);
  }
}

/** Local storage, or null where it is missing or blocked (reading `localStorage` itself may throw). */
function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Runs `use` on local storage; undefined when storage is unavailable or `use` throws. Never throws. */
export function attemptStorage<T>(use: (storage: Storage) => T): T | undefined {
  const storage = localStore();
  if (storage === null) return undefined;
  try {
    return use(storage);
  } catch {
    return undefined;
  }
}

/** Writes `text` under `key`, telling a full storage from a missing or blocked one. Never throws. */
export function writeStorage(key: string, text: string): WriteResult {
  const storage = localStore();
  if (storage === null) return 'unavailable';
  try {
    storage.setItem(key, text);
    return 'saved';
  } catch (error) {
    return error instanceof DOMException && /quota/i.test(error.name) ? 'full' : 'unavailable';
  }
}
