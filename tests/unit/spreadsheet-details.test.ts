/**
 * The level-detail cells of the competency matrix: KPI bands and metric targets, one per line, read
 * back as the export wrote them, whatever the numbers; and the other ways people type a band.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandText, detailRow, parseDetail, targetText, type DetailRow } from '../../src/node/spreadsheet/details.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { settingsSchema } from '../../src/framework/schema.ts';
import { BASE } from '../helpers/content.ts';

// The test fixture's settings: metrics `csat` (higher is better) and `aht` (lower is better).
const settings = settingsSchema.parse(parse(readFileSync(join(BASE, 'framework.yaml'), 'utf8')));

function row(key: string): DetailRow {
  const found = detailRow(key);
  if (found === undefined) throw new Error(key);
  return found;
}

/** Numbers as metric values are written: whole or with up to two decimals, negative allowed. */
const value = fc.integer({ min: -100_000, max: 1_000_000 }).map((n) => n / 100);
const metric = fc.constantFrom('csat', 'aht');

describe('KPI bands in a cell', () => {
  it('read back as the export writes them, for any minimum, maximum or range', () => {
    const band = fc
      .record({ metric, min: fc.option(value), max: fc.option(value) })
      .filter((b) => b.min !== null || b.max !== null)
      .map((b) => (b.min !== null && b.max !== null && b.min > b.max ? { ...b, min: b.max, max: b.min } : b));
    fc.assert(
      fc.property(fc.array(band, { minLength: 1, maxLength: 4 }), (bands) => {
        const cell = bands.map(bandText).join('\n');
        const parsed = parseDetail(row('level:kpis'), cell, settings);
        expect(parsed).toEqual({
          ok: true,
          value: bands.map((b) => ({
            metric: b.metric,
            ...(b.min === null ? {} : { min: b.min }),
            ...(b.max === null ? {} : { max: b.max }),
          })),
        });
      }),
    );
  });

  it.each([
    ['csat >= 85', { metric: 'csat', min: 85 }],
    ['csat: min 85', { metric: 'csat', min: 85 }],
    ['csat at least 85', { metric: 'csat', min: 85 }],
    ['aht <= 8', { metric: 'aht', max: 8 }],
    ['aht max 8,5', { metric: 'aht', max: 8.5 }],
    ['aht 6 to 8', { metric: 'aht', min: 6, max: 8 }],
    ['aht 6-8', { metric: 'aht', min: 6, max: 8 }],
    ['- aht 6 – 8', { metric: 'aht', min: 6, max: 8 }],
  ])('`%s` is read as the band it means', (cell, band) => {
    expect(parseDetail(row('level:kpis'), cell, settings)).toEqual({ ok: true, value: [band] });
  });
});

describe('metric targets in a cell', () => {
  it('read back as the export writes them, for any value', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ metric, target: value }), { minLength: 1, maxLength: 4 }), (targets) => {
        const parsed = parseDetail(row('promotion:metrics'), targets.map(targetText).join('\n'), settings);
        expect(parsed).toEqual({ ok: true, value: targets });
      }),
    );
  });

  it('accept a colon after the metric', () => {
    expect(parseDetail(row('probation:metrics'), 'csat: 85', settings)).toEqual({
      ok: true,
      value: [{ metric: 'csat', target: 85 }],
    });
  });
});

describe('detail rows', () => {
  it('are found however the key is typed', () => {
    expect(detailRow('Promotion:MinMonths')?.key).toBe('promotion:minMonths');
    expect(detailRow('level : band')?.key).toBe('level:band');
    expect(detailRow('level:title')).toBeUndefined();
  });
});
