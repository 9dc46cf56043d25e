/**
 * The checked link format both share links use (the self-assessment's `a2.` and the career fit's
 * `f1.`): a JSON value compressed into the URL fragment, with a CRC-32 of it, so a damaged link is
 * reported, never read as something else. Kept apart from the codec so that the career-fit page
 * loads only this, not the assessment's state validation.
 */
import { crc32 } from './checksum.ts';

/** Longest share-link data accepted; longer input is refused before any decoding. */
export const MAX_LINK_DATA = 12_000;

/**
 * The checked link format, for any JSON value: `<prefix><check>.<data>`, the data the value's JSON
 * compressed and in base64url, the check its CRC-32. The career-fit result uses it too.
 */
export async function sealLink(prefix: string, value: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(value));
  return `${prefix}${crc32(json)}.${toBase64Url(await transform(json, new CompressionStream('deflate-raw')))}`;
}

/** The value in what follows the prefix of a link made by `sealLink`; null when it is damaged. */
export async function openLink(checkedData: string): Promise<unknown> {
  const checked = /^([0-9a-f]{8})\.(.*)$/s.exec(checkedData);
  if (checked === null) return null;
  try {
    const bytes = await transform(
      fromBase64Url(checked[2] ?? ''),
      new DecompressionStream('deflate-raw'),
      64 * MAX_LINK_DATA,
    );
    if (crc32(bytes) !== checked[1]) return null;
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Bytes
// ---------------------------------------------------------------------------------------------

export async function transform(
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

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
