/**
 * Share links, saves and files: a round trip keeps everything, and a corpus of tampered links, saves
 * and import files each gives its reason without throwing, or, for an assessment with some bad
 * fields, keeps every valid field and names the ones it left out.
 */
import { describe, expect, it } from 'vitest';
import {
  decodeSave,
  decodeShareLink,
  encodeSave,
  encodeShareLink,
  fromJsonText,
  LINK_PREFIX,
  reconcile,
  toJsonFile,
  type Loaded,
} from '../../src/assessment/codec.ts';
import { emptyState, LIMITS, type AssessmentState } from '../../src/assessment/state.ts';
import type { Framework } from '../../src/framework/model.ts';
import { checkContent } from '../../src/node/check-content.ts';
import { BASE } from '../helpers/content.ts';

const en = (await checkContent(BASE)).frameworks?.en as Framework;

const sample: AssessmentState = {
  ...emptyState(en.version, new Date('2026-11-23T10:00:00Z')),
  label: 'Me',
  otherLabel: 'My team lead',
  name: 'Li Wei 李伟',
  current: 'agent-1',
  target: 'agent-2',
  ratings: { communication: 1, 'complaint-handling': 2 },
  notes: { communication: 'Led the “calm caller” workshop — 冷静处理 😊' },
  facts: {
    monthsInLevel: 7,
    metrics: { csat: 91.5, aht: 398 },
    trainings: ['basics'],
    assessments: ['written-exam'],
    conditions: [0],
  },
};

const deflate = async (text: string | Uint8Array) => {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  const out = new Uint8Array(await new Response(stream).arrayBuffer());
  return btoa(String.fromCharCode(...out))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
};
/** A link of the first format (`a1.`, no check), as people may still have them. */
const LEGACY = 'a1.';
const link = async (value: unknown) => LEGACY + (await deflate(JSON.stringify(value)));
const file = (state: unknown) => JSON.stringify({ format: 'trackbook-assessment', handbook: 'Test', state });

describe('round trips', () => {
  it('a share link carries the whole state', async () => {
    const fragment = await encodeShareLink(sample);
    expect(fragment.startsWith(LINK_PREFIX)).toBe(true);
    expect(/^[A-Za-z0-9._-]+$/.test(fragment)).toBe(true);
    expect(await decodeShareLink(`#${fragment}`)).toEqual({ ok: true, state: sample, dropped: [] });
  });

  it('a link of the first format (no check) is still read', async () => {
    expect(await decodeShareLink(await link(sample))).toEqual({ ok: true, state: sample, dropped: [] });
  });

  it('a link or save made before names existed still loads, with no name', async () => {
    const { name: _name, otherLabel: _other, ...older } = sample;
    const expected = { ok: true, state: { ...sample, name: '', otherLabel: '' }, dropped: [] };
    expect(await decodeShareLink(await link(older))).toEqual(expected);
    expect(decodeSave(JSON.stringify(older))).toEqual(expected);
  });

  it('months at the next level travel in links, saves and files; a state without them loads without them', async () => {
    const atNext: AssessmentState = { ...sample, facts: { ...sample.facts, monthsAtNext: 3 } };
    expect(await decodeShareLink(await encodeShareLink(atNext))).toEqual({ ok: true, state: atNext, dropped: [] });
    expect(decodeSave(encodeSave(atNext))).toEqual({ ok: true, state: atNext, dropped: [] });
    expect(fromJsonText(toJsonFile(atNext, 'Test Track'))).toEqual({ ok: true, state: atNext, dropped: [] });
    const loaded = decodeSave(encodeSave(sample));
    expect(loaded.ok && 'monthsAtNext' in loaded.state.facts).toBe(false);
  });

  it('a JSON file carries the whole state', () => {
    expect(fromJsonText(toJsonFile(sample, 'Test Track'))).toEqual({ ok: true, state: sample, dropped: [] });
  });

  it('a save on the device carries the whole state, and an older bare save is still read', () => {
    expect(encodeSave(sample).startsWith('s1.')).toBe(true);
    expect(decodeSave(encodeSave(sample))).toEqual({ ok: true, state: sample, dropped: [] });
    expect(decodeSave(JSON.stringify(sample))).toEqual({ ok: true, state: sample, dropped: [] });
  });
});

type Case = [name: string, input: () => Promise<Loaded> | Loaded, reason: string, path?: string];
const valid = { ...sample } as Record<string, unknown>;
const bomb = new Uint8Array(2_000_000);

const corpus: Case[] = [
  // share links
  ['empty fragment', () => decodeShareLink(''), 'not-an-assessment'],
  ['unrelated fragment', () => decodeShareLink('#section-2'), 'not-an-assessment'],
  ['link from a future version', () => decodeShareLink('#a3.AAAA'), 'unsupported-version'],
  ['characters outside base64url', () => decodeShareLink('#a1.ab$cd!'), 'corrupt'],
  ['a checked link without its check', () => decodeShareLink('#a2.AAAAAAAA'), 'damaged'],
  [
    'a checked link whose check does not match',
    async () => decodeShareLink((await encodeShareLink(sample)).replace(/^a2\.[0-9a-f]{8}/, 'a2.00000000')),
    'damaged',
  ],
  [
    'a checked link carrying other content than it was made with',
    async () =>
      decodeShareLink(
        `a2.${(await encodeShareLink(sample)).slice(3, 12)}${await deflate(JSON.stringify({ ...sample, label: 'You' }))}`,
      ),
    'damaged',
  ],
  [
    'a save whose check does not match',
    () => decodeSave(encodeSave(sample).replace('"label":"Me"', '"label":"Mo"')),
    'damaged',
  ],
  ['a save cut short', () => decodeSave(encodeSave(sample).slice(0, 60)), 'damaged'],
  ['base64 that is not compressed data', () => decodeShareLink('#a1.AAAAAAAA'), 'corrupt'],
  ['truncated link', async () => decodeShareLink((await encodeShareLink(sample)).slice(0, 40)), 'damaged'],
  ['compressed text that is not JSON', async () => decodeShareLink(LEGACY + (await deflate('hello'))), 'corrupt'],
  [
    'compressed bytes that are not UTF-8',
    async () => decodeShareLink(LEGACY + (await deflate(new Uint8Array([0xff, 0xfe, 0x80])))),
    'corrupt',
  ],
  ['compressed JSON list', async () => decodeShareLink(await link([1, 2, 3])), 'not-an-assessment'],
  [
    'a rating given as text',
    async () => decodeShareLink(await link({ ...valid, ratings: { communication: '3' } })),
    'salvaged',
    'ratings.communication',
  ],
  ['a link far too long', () => decodeShareLink(`a1.${'A'.repeat(20_000)}`), 'too-large'],
  ['a decompression bomb', async () => decodeShareLink(LEGACY + (await deflate(bomb))), 'corrupt'],
  // import files
  ['a file that is not JSON', () => fromJsonText('{"format": "trackbook-assessment", '), 'corrupt'],
  [
    'a file of another format',
    () => fromJsonText(JSON.stringify({ format: 'spreadsheet', rows: [] })),
    'not-an-assessment',
  ],
  ['a file from a future version', () => fromJsonText(file({ ...valid, v: 2 })), 'unsupported-version'],
  ['a file without a state version', () => fromJsonText(file({ ratings: {} })), 'not-an-assessment'],
  [
    'an evidence note over the limit',
    () => fromJsonText(file({ ...valid, notes: { communication: 'x'.repeat(2_001) } })),
    'salvaged',
    'notes.communication',
  ],
  [
    'a name over the limit',
    () => fromJsonText(file({ ...valid, name: 'x'.repeat(LIMITS.nameLength + 1) })),
    'salvaged',
    'name',
  ],
  [
    'a target that is not an id',
    () => fromJsonText(file({ ...valid, target: '../../etc/passwd' })),
    'salvaged',
    'target',
  ],
  [
    'too many ratings',
    () =>
      fromJsonText(
        file({ ...valid, ratings: Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`c${i}`, 1])) }),
      ),
    'salvaged',
    'ratings',
  ],
  [
    'negative months in level',
    () => fromJsonText(file({ ...valid, facts: { ...sample.facts, monthsInLevel: -3 } })),
    'salvaged',
    'facts.monthsInLevel',
  ],
  [
    'months at the next level that are not a whole number',
    () => fromJsonText(file({ ...valid, facts: { ...sample.facts, monthsAtNext: 2.5 } })),
    'salvaged',
    'facts.monthsAtNext',
  ],
  [
    'a metric value that is not a number',
    () => fromJsonText(file({ ...valid, facts: { ...sample.facts, metrics: { csat: 'high' } } })),
    'salvaged',
    'facts.metrics.csat',
  ],
  [
    'a prototype key among the ratings',
    () => fromJsonText(file({ ...valid, ratings: JSON.parse('{"__proto__": 3}') as unknown })),
    'salvaged',
    'ratings.__proto__',
  ],
  ['a file over the size limit', () => fromJsonText(`${file(valid)}${' '.repeat(600_000)}`), 'too-large'],
  [
    'a step that is not whole',
    () => fromJsonText(file({ ...valid, ratings: { communication: 2.5 } })),
    'salvaged',
    'ratings.communication',
  ],
  // stored state (local storage holds a bare state)
  ['stored null', () => fromJsonText('null'), 'not-an-assessment'],
  [
    'stored state with a broken date',
    () => fromJsonText(JSON.stringify({ ...valid, updated: 'yesterday' })),
    'salvaged',
    'updated',
  ],
  [
    'stored state with conditions that are not numbers',
    () => fromJsonText(JSON.stringify({ ...valid, facts: { ...sample.facts, conditions: ['all'] } })),
    'salvaged',
    'facts.conditions',
  ],
];

describe('a corpus of bad input', () => {
  it('has at least 20 cases', () => expect(corpus.length).toBeGreaterThanOrEqual(20));

  it.each(corpus)('%s', async (_name, input, reason, path) => {
    const result = await input();
    if (reason === 'salvaged') {
      // Every valid field is kept; the bad one is named and left out.
      expect(result.ok && result.dropped.map((d) => d.path)).toContain(path);
      expect(result.ok && result.state.current).toBe(sample.current);
      expect(result.ok && result.state.facts.trainings).toEqual(sample.facts.trainings);
      return;
    }
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe(reason);
  });

  it('names a field it does not know, e.g. a misspelt one, instead of dropping it silently', () => {
    const { ratings, ...rest } = sample;
    const result = fromJsonText(JSON.stringify({ ...rest, ratingz: ratings }));
    expect(result.ok && result.dropped).toEqual([{ path: 'ratingz', problem: 'not part of an assessment' }]);
    expect(result.ok && result.state.notes).toEqual(sample.notes);
  });
});

describe('against the framework', () => {
  it('finds nothing to report in a current state', () => {
    expect(reconcile(en, sample)).toEqual({ outdated: false, unknown: [] });
  });

  it('reports an older framework version and every reference it no longer has', () => {
    const old: AssessmentState = {
      ...sample,
      framework: '000000000000',
      target: 'agent-9',
      ratings: { ...sample.ratings, 'complaint-handeling': 2 },
      facts: { ...sample.facts, trainings: ['basics', 'old-course'], metrics: { nps: 40 } },
    };
    expect(reconcile(en, old)).toEqual({
      outdated: true,
      unknown: [
        { field: 'target', id: 'agent-9' },
        { field: 'ratings', id: 'complaint-handeling' },
        { field: 'metrics', id: 'nps' },
        { field: 'trainings', id: 'old-course' },
      ],
    });
  });
});
