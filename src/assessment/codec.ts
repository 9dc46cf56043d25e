/**
 * Getting an assessment in and out: share links (state compressed into the URL fragment, which
 * browsers never send to a server), saves on the device, JSON files (lossless), and checks against the
 * framework a state is loaded into. Links and saves carry a CRC-32 of their content, so a damaged one
 * is reported, never loaded as a different assessment. Every decode is validated, keeps every valid
 * field (listing what it left out) and returns a reason instead of throwing.
 */
import type { Framework } from '../framework/model.ts';
import { indexFramework } from '../framework/queries.ts';
import { crc32 } from './checksum.ts';
import { fromBase64Url, MAX_LINK_DATA, openLink, sealLink, transform } from './link-format.ts';

export { MAX_LINK_DATA } from './link-format.ts';
import { validateState, type AssessmentState, type StateProblem } from './state.ts';

/** Prefix of the fragment, with the link format's version: `#a2.<check>.<data>`. */
export const LINK_PREFIX = 'a2.';
/** Links made before the check existed (`#a1.<data>`) are still read. */
const LEGACY_LINK_PREFIX = 'a1.';
/** Prefix of a save on the device: `s1.<check>.<json>`; a bare JSON state is an older save. */
export const SAVE_PREFIX = 's1.';
/** Largest file accepted for import. */
export const MAX_FILE_BYTES = 512 * 1024;
/** Marker of an exported assessment file. */
export const FILE_FORMAT = 'trackbook-assessment';

export type LoadFailure =
  | { ok: false; reason: 'too-large' }
  | { ok: false; reason: 'not-an-assessment' }
  | { ok: false; reason: 'unsupported-version'; version: string }
  | { ok: false; reason: 'corrupt' }
  | { ok: false; reason: 'damaged' };

/** A loaded state, with the fields that could not be read and were left out (see `validateState`). */
export type Loaded = { ok: true; state: AssessmentState; dropped: StateProblem[] } | LoadFailure;

// ---------------------------------------------------------------------------------------------
// Share links
// ---------------------------------------------------------------------------------------------

/** The fragment (without `#`) that carries the state. */
export function encodeShareLink(state: AssessmentState): Promise<string> {
  return sealLink(LINK_PREFIX, state);
}

/** Reads a fragment made by `encodeShareLink` (with or without the leading `#`). */
export async function decodeShareLink(fragment: string): Promise<Loaded> {
  const data = fragment.replace(/^#/, '');
  if (data.length > MAX_LINK_DATA) return { ok: false, reason: 'too-large' };
  const match = /^a(\d+)\.(.*)$/s.exec(data);
  if (match === null) return { ok: false, reason: 'not-an-assessment' };
  const prefix = `a${match[1]}.`;
  if (prefix === LEGACY_LINK_PREFIX) return inflateLegacyLink(match[2] ?? '');
  if (prefix !== LINK_PREFIX) return { ok: false, reason: 'unsupported-version', version: match[1] ?? '' };
  const value = await openLink(match[2] ?? '');
  return value === null ? { ok: false, reason: 'damaged' } : fromValue(value);
}

/** The state in an unchecked link's data (`a1`, made before links had a check). */
async function inflateLegacyLink(data: string): Promise<Loaded> {
  let bytes: Uint8Array;
  try {
    bytes = await transform(fromBase64Url(data), new DecompressionStream('deflate-raw'), 64 * MAX_LINK_DATA);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  return fromJsonBytes(bytes, 'corrupt');
}

function fromJsonBytes(bytes: Uint8Array, failure: 'corrupt' | 'damaged'): Loaded {
  try {
    return fromValue(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)));
  } catch {
    return { ok: false, reason: failure };
  }
}

// ---------------------------------------------------------------------------------------------
// Files and stored state
// ---------------------------------------------------------------------------------------------

export interface AssessmentFile {
  format: typeof FILE_FORMAT;
  /** The handbook the assessment belongs to, for people reading the file. */
  handbook: string;
  state: AssessmentState;
}

/** Lossless JSON export. */
export function toJsonFile(state: AssessmentState, handbook: string): string {
  const file: AssessmentFile = { format: FILE_FORMAT, handbook, state };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** What is kept on the device: the state with its check. */
export function encodeSave(state: AssessmentState): string {
  const json = JSON.stringify(state);
  return `${SAVE_PREFIX}${crc32(new TextEncoder().encode(json))}.${json}`;
}

/** Reads a save made by `encodeSave`, or an older one (a bare state, without a check). */
export function decodeSave(text: string): Loaded {
  if (!text.startsWith(SAVE_PREFIX)) return fromJsonText(text);
  if (text.length > MAX_FILE_BYTES) return { ok: false, reason: 'too-large' };
  const match = /^s1\.([0-9a-f]{8})\.(.*)$/s.exec(text);
  if (match === null) return { ok: false, reason: 'damaged' };
  const bytes = new TextEncoder().encode(match[2] ?? '');
  if (crc32(bytes) !== match[1]) return { ok: false, reason: 'damaged' };
  return fromJsonBytes(bytes, 'damaged');
}

/** Reads an exported file (or, leniently, a bare state as older versions kept in local storage). */
export function fromJsonText(text: string): Loaded {
  if (text.length > MAX_FILE_BYTES) return { ok: false, reason: 'too-large' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (typeof value === 'object' && value !== null && 'format' in value) {
    const file = value as Record<string, unknown>;
    if (file['format'] !== FILE_FORMAT) return { ok: false, reason: 'not-an-assessment' };
    return fromValue(file['state']);
  }
  return fromValue(value);
}

function fromValue(value: unknown): Loaded {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('v' in value)) {
    return { ok: false, reason: 'not-an-assessment' };
  }
  const v = (value as { v: unknown }).v;
  if (typeof v === 'number' && v !== 1) return { ok: false, reason: 'unsupported-version', version: String(v) };
  const checked = validateState(value);
  return checked.ok ? checked : { ok: false, reason: 'not-an-assessment' };
}

// ---------------------------------------------------------------------------------------------
// Against the framework
// ---------------------------------------------------------------------------------------------

export interface Reconciliation {
  /** The state was made against another version of the framework. */
  outdated: boolean;
  /** References to things the framework does not (or no longer) have; kept in the state, not used. */
  unknown: { field: string; id: string }[];
}

/** What in a (valid) state the framework cannot use. Nothing is removed: the person decides. */
export function reconcile(framework: Framework, state: AssessmentState): Reconciliation {
  const { levels, competencies, trainings } = indexFramework(framework);
  const metrics = new Set(framework.metrics.map((m) => m.id));
  const assessments = new Set(framework.assessments.map((a) => a.id));
  const unknown: Reconciliation['unknown'] = [];
  const check = (field: string, id: string | null, known: { has(id: string): boolean }) => {
    if (id !== null && !known.has(id)) unknown.push({ field, id });
  };
  check('current', state.current, levels);
  check('target', state.target, levels);
  for (const id of Object.keys(state.ratings)) check('ratings', id, competencies);
  for (const id of Object.keys(state.notes)) check('notes', id, competencies);
  for (const key of Object.keys(state.criteria)) {
    const [level = '', competency = ''] = key.split('.');
    if (!levels.has(level) || !competencies.has(competency)) unknown.push({ field: 'criteria', id: key });
  }
  for (const id of Object.keys(state.facts.metrics)) check('metrics', id, metrics);
  for (const id of state.facts.trainings) check('trainings', id, trainings);
  for (const id of state.facts.assessments) check('assessments', id, assessments);
  return { outdated: state.framework !== framework.version, unknown };
}
