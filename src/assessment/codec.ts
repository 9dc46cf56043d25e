/**
 * Getting an assessment in and out: share links (state compressed into the URL fragment, which
 * browsers never send to a server), JSON files (lossless), and checks against the framework a state
 * is loaded into. Every decode is validated and returns a reason instead of throwing.
 */
import type { Framework } from '../framework/model.ts';
import { indexFramework } from '../framework/queries.ts';
import { validateState, type AssessmentState, type StateProblem } from './state.ts';

/** Prefix of the fragment, with the link format's version: `#a1.<data>`. */
export const LINK_PREFIX = 'a1.';
/** Longest share-link data accepted; longer input is refused before any decoding. */
export const MAX_LINK_DATA = 12_000;
/** Largest file accepted for import. */
export const MAX_FILE_BYTES = 512 * 1024;
/** Marker of an exported assessment file. */
export const FILE_FORMAT = 'trackbook-assessment';

export type LoadFailure =
  | { ok: false; reason: 'too-large' }
  | { ok: false; reason: 'not-an-assessment' }
  | { ok: false; reason: 'unsupported-version'; version: string }
  | { ok: false; reason: 'corrupt' }
  | { ok: false; reason: 'invalid'; problems: StateProblem[] };

export type Loaded = { ok: true; state: AssessmentState } | LoadFailure;

// ---------------------------------------------------------------------------------------------
// Share links
// ---------------------------------------------------------------------------------------------

/** The fragment (without `#`) that carries the state. */
export async function encodeShareLink(state: AssessmentState): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(state));
  return LINK_PREFIX + toBase64Url(await transform(json, new CompressionStream('deflate-raw')));
}

/** Reads a fragment made by `encodeShareLink` (with or without the leading `#`). */
export async function decodeShareLink(fragment: string): Promise<Loaded> {
  const data = fragment.replace(/^#/, '');
  if (data.length > MAX_LINK_DATA) return { ok: false, reason: 'too-large' };
  const match = /^a(\d+)\.(.*)$/s.exec(data);
  if (match === null) return { ok: false, reason: 'not-an-assessment' };
  if (`a${match[1]}.` !== LINK_PREFIX) return { ok: false, reason: 'unsupported-version', version: match[1] ?? '' };
  let json: unknown;
  try {
    const bytes = fromBase64Url(match[2] ?? '');
    const inflated = await transform(bytes, new DecompressionStream('deflate-raw'), 64 * MAX_LINK_DATA);
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  return fromValue(json);
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

/** Reads an exported file (or, leniently, a bare state as kept in local storage). */
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
  return checked.ok ? checked : { ok: false, reason: 'invalid', problems: checked.problems };
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
  for (const id of Object.keys(state.facts.metrics)) check('metrics', id, metrics);
  for (const id of state.facts.trainings) check('trainings', id, trainings);
  for (const id of state.facts.assessments) check('assessments', id, assessments);
  return { outdated: state.framework !== framework.version, unknown };
}

// ---------------------------------------------------------------------------------------------
// Bytes
// ---------------------------------------------------------------------------------------------

async function transform(
  input: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  limit = Infinity,
): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  void writer.write(input as Uint8Array<ArrayBuffer>).catch(() => undefined);
  void writer.close().catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.readable.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new Error('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
