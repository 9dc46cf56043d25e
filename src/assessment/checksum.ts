/**
 * CRC-32 (IEEE 802.3, the checksum of zip and PNG) of some bytes, as 8 hex digits. It detects every
 * change confined to 32 consecutive bits, so any single changed, added or removed character of a share
 * link or a save is caught. Written out (a dozen lines) rather than taken from a package, to keep the
 * self-assessment's JavaScript small; checked against the standard test vector in the unit tests.
 */
const TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): string {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return ((crc ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}
