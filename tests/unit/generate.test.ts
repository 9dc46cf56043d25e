/**
 * The scale benchmark's synthetic framework (scripts/lib/generate.ts): valid content with nothing to warn
 * about, translated in full, the same for the same seed, and about as many pages as asked for.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/framework/diagnostics.ts';
import type { Framework } from '../../src/framework/model.ts';
import { staticComparisons } from '../../src/framework/queries.ts';
import { checkContent } from '../../src/node/check-content.ts';
import { generateContent, htmlPageCount, writeContent } from '../../scripts/lib/generate.ts';

const PAGES = 300;
const generated = generateContent({ pages: PAGES }, 42);
const dir = mkdtempSync(join(tmpdir(), 'trackbook-generate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeContent(dir, generated.files);
const result = await checkContent(dir);

describe('a generated framework', () => {
  it('passes the content check with no errors and no warnings', () => {
    expect(result.errorCount, result.diagnostics.map(formatDiagnostic).join('\n')).toBe(0);
    expect(result.warningCount, result.diagnostics.map(formatDiagnostic).join('\n')).toBe(0);
  });

  it('has a Chinese translation of every entry', () => {
    const zh = result.frameworks?.['zh-cn'] as Framework;
    const entries = [...zh.tracks, ...zh.levels, ...zh.competencies, ...zh.trainings, ...zh.recognition, ...zh.pages];
    expect(entries.filter((e) => e.fallback).map((e) => e.file)).toEqual([]);
    expect(entries.every((e) => /[\u4e00-\u9fff]/.test(e.title))).toBe(true);
  });

  it('links what a realistic framework links: lateral moves, prerequisites, mandatory trainings, recognition', () => {
    const en = result.frameworks?.en as Framework;
    expect(en.levels.some((l) => l.lateralMoves.length > 0)).toBe(true);
    expect(en.trainings.some((t) => t.prerequisites.length > 0)).toBe(true);
    expect(en.trainings.some((t) => t.mandatoryFor.length > 0)).toBe(true);
    expect(en.trainings.some((t) => t.tracks.length === 0)).toBe(true);
    expect(en.levels.some((l) => (l.promotion?.trainings.length ?? 0) > 0)).toBe(true);
    expect(en.recognition.some((r) => r.levels.length > 0)).toBe(true);
    const indicators = en.competencies.flatMap((c) => Object.values(c.indicators).flat());
    expect(Math.min(...indicators.map((i) => i.split(' ').length))).toBeGreaterThanOrEqual(15);
  });

  it('has about the requested number of pages, as counted from the framework the check built', () => {
    const en = result.frameworks?.en as Framework;
    const counts = {
      tracks: en.tracks.length,
      levels: en.levels.length,
      comparisons: staticComparisons(en).length,
      competencies: en.competencies.length,
      trainings: en.trainings.length,
      recognition: en.recognition.length,
      pages: en.pages.length,
    };
    expect(counts).toEqual(generated.counts);
    expect(htmlPageCount(counts)).toBe(generated.expectedPages);
    expect(Math.abs(generated.expectedPages - PAGES) / PAGES).toBeLessThanOrEqual(0.05);
  });

  it.each([1_000, 4_000])('scales to %i pages', (pages) => {
    const { expectedPages, counts } = generateContent({ pages }, 7);
    expect(Math.abs(expectedPages - pages) / pages).toBeLessThanOrEqual(0.05);
    // Trainings fill the page budget: they stay in proportion to the levels.
    expect(counts.trainings / counts.levels).toBeGreaterThan(0.5);
    expect(counts.trainings / counts.levels).toBeLessThan(2);
  });
});

describe('determinism', () => {
  it('gives the same files for the same seed', () => {
    expect(generateContent({ pages: PAGES }, 42)).toEqual(generated);
  });

  it('gives other files for another seed', () => {
    const other = generateContent({ pages: PAGES }, 43);
    expect(other.files.map((f) => f.text)).not.toEqual(generated.files.map((f) => f.text));
  });
});
