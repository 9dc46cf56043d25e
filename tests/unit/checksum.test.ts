/** The CRC-32 that guards share links and saves: the standard check value, and single changes caught. */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { crc32 } from '../../src/assessment/checksum.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

it('gives the standard check value of CRC-32/ISO-HDLC', () => {
  expect(crc32(bytes('123456789'))).toBe('cbf43926');
  expect(crc32(new Uint8Array())).toBe('00000000');
});

it('changes whenever one byte changes', () => {
  fc.assert(
    fc.property(
      fc.uint8Array({ minLength: 1, maxLength: 400 }),
      fc.nat(),
      fc.integer({ min: 1, max: 255 }),
      (data, i, flip) => {
        const changed = data.slice();
        const at = i % data.length;
        changed[at] = (changed[at] ?? 0) ^ flip;
        expect(crc32(changed)).not.toBe(crc32(data));
      },
    ),
  );
});
