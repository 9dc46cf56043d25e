/**
 * Share links and files: a round trip keeps everything, and a corpus of tampered links, stored states
 * and import files each gives its reason (and, for invalid data, where) without throwing.
 */
import { describe, expect, it } from 'vitest';
import {
  decodeShareLink,
  encodeShareLink,
  fromJsonText,
  LINK_PREFIX,
  reconcile,
  toJsonFile,
  type Loaded,
} from '../../src/assessment/codec.ts';
import { emptyState, type AssessmentState } from '../../src/assessment/state.ts';
import type { Framework } from '../../src/framework/model.ts';
import { checkContent } from '../../src/node/check-content.ts';
import { BASE } from '../helpers/content.ts';

const en = (await checkContent(BASE)).frameworks?.en as Framework;

const sample: AssessmentState = {
  ...emptyState(en.version, new Date('2026-11-23T10:00:00Z')),
  label: 'Me',
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
const link = async (value: unknown) => LINK_PREFIX + (await deflate(JSON.stringify(value)));
const file = (state: unknown) => JSON.stringify({ format: 'trackbook-assessment', handbook: 'Test', state });

describe('round trips', () => {
  it('a share link carries the whole state', async () => {
    const fragment = await encodeShareLink(sample);
    expect(fragment.startsWith(LINK_PREFIX)).toBe(true);
    expect(/^[A-Za-z0-9._-]+$/.test(fragment)).toBe(true);
    expect(await decodeShareLink(`#${fragment}`)).toEqual({ ok: true, state: sample });
  });

  it('a JSON file carries the whole state', () => {
    expect(fromJsonText(toJsonFile(sample, 'Test Track'))).toEqual({ ok: true, state: sample });
  });
});

type Case = [name: string, input: () => Promise<Loaded> | Loaded, reason: string, path?: string];
const valid = { ...sample } as Record<string, unknown>;
const bomb = new Uint8Array(2_000_000);

const corpus: Case[] = [
  // share links
  ['empty fragment', () => decodeShareLink(''), 'not-an-assessment'],
  ['unrelated fragment', () => decodeShareLink('#section-2'), 'not-an-assessment'],
  ['link from a future version', () => decodeShareLink('#a2.AAAA'), 'unsupported-version'],
  ['characters outside base64url', () => decodeShareLink('#a1.ab$cd!'), 'corrupt'],
  ['base64 that is not compressed data', () => decodeShareLink('#a1.AAAAAAAA'), 'corrupt'],
  ['truncated link', async () => decodeShareLink((await encodeShareLink(sample)).slice(0, 40)), 'corrupt'],
  ['compressed text that is not JSON', async () => decodeShareLink(LINK_PREFIX + (await deflate('hello'))), 'corrupt'],
  [
    'compressed bytes that are not UTF-8',
    async () => decodeShareLink(LINK_PREFIX + (await deflate(new Uint8Array([0xff, 0xfe, 0x80])))),
    'corrupt',
  ],
  ['compressed JSON list', async () => decodeShareLink(await link([1, 2, 3])), 'not-an-assessment'],
  [
    'a rating given as text',
    async () => decodeShareLink(await link({ ...valid, ratings: { communication: '3' } })),
    'invalid',
    'ratings.communication',
  ],
  ['a link far too long', () => decodeShareLink(`a1.${'A'.repeat(20_000)}`), 'too-large'],
  ['a decompression bomb', async () => decodeShareLink(LINK_PREFIX + (await deflate(bomb))), 'corrupt'],
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
    'invalid',
    'notes.communication',
  ],
  [
    'a target that is not an id',
    () => fromJsonText(file({ ...valid, target: '../../etc/passwd' })),
    'invalid',
    'target',
  ],
  [
    'too many ratings',
    () =>
      fromJsonText(
        file({ ...valid, ratings: Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`c${i}`, 1])) }),
      ),
    'invalid',
    'ratings',
  ],
  [
    'negative months in level',
    () => fromJsonText(file({ ...valid, facts: { ...sample.facts, monthsInLevel: -3 } })),
    'invalid',
    'facts.monthsInLevel',
  ],
  [
    'a metric value that is not a number',
    () => fromJsonText(file({ ...valid, facts: { ...sample.facts, metrics: { csat: 'high' } } })),
    'invalid',
    'facts.metrics.csat',
  ],
  [
    'a prototype key among the ratings',
    () => fromJsonText(file({ ...valid, ratings: JSON.parse('{"__proto__": 3}') as unknown })),
    'invalid',
    'ratings.__proto__',
  ],
  ['a file over the size limit', () => fromJsonText(`${file(valid)}${' '.repeat(600_000)}`), 'too-large'],
  [
    'a step that is not whole',
    () => fromJsonText(file({ ...valid, ratings: { communication: 2.5 } })),
    'invalid',
    'ratings.communication',
  ],
  // stored state (local storage holds a bare state)
  ['stored null', () => fromJsonText('null'), 'not-an-assessment'],
  [
    'stored state with a broken date',
    () => fromJsonText(JSON.stringify({ ...valid, updated: 'yesterday' })),
    'invalid',
    'updated',
  ],
  [
    'stored state with conditions that are not numbers',
    () => fromJsonText(JSON.stringify({ ...valid, facts: { ...sample.facts, conditions: ['all'] } })),
    'invalid',
    'facts.conditions',
  ],
];

describe('a corpus of bad input', () => {
  it('has at least 20 cases', () => expect(corpus.length).toBeGreaterThanOrEqual(20));

  it.each(corpus)('%s', async (_name, input, reason, path) => {
    const result = await input();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe(reason);
    if (path !== undefined) {
      expect(result.reason === 'invalid' && result.problems.map((p) => p.path)).toContain(path);
    }
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
