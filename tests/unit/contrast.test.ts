/** The colour maths of the brand check, against values published with WCAG 2. */
import { describe, expect, it } from 'vitest';
import { contrastRatio, formatRatio, mix, nearestPassing, relativeLuminance } from '../../src/framework/contrast.ts';

describe('relative luminance', () => {
  it.each([
    ['#000000', 0],
    ['#ffffff', 1],
    ['#FFFFFF', 1],
    ['#808080', 0.2158605],
    ['#ff0000', 0.2126],
    ['#00ff00', 0.7152],
    ['#0000ff', 0.0722],
  ])('of %s is %d', (colour, expected) => {
    expect(relativeLuminance(colour)).toBeCloseTo(expected, 6);
  });

  it('refuses what is not #rrggbb', () => {
    expect(() => relativeLuminance('#abc')).toThrow('not a #rrggbb colour: #abc');
  });
});

describe('contrast ratio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#000000', 21],
    ['#ffffff', '#ffffff', 1],
    // The grey usually quoted as the lightest that passes AA on white, and the one just lighter.
    ['#767676', '#ffffff', 4.54],
    ['#777777', '#ffffff', 4.48],
    ['#0000ff', '#ffffff', 8.59],
    ['#ff0000', '#ffffff', 4.0],
  ])('of %s and %s is %d', (a, b, expected) => {
    expect(contrastRatio(a, b)).toBeCloseTo(expected, 2);
  });

  it('is shown rounded down, so a ratio just short of 4.5 never reads as 4.5', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1');
    expect(formatRatio(21)).toBe('21.00:1');
  });
});

describe('mix', () => {
  it.each([
    ['#000000', '#ffffff', 0.5, '#808080'],
    ['#0b5cad', '#ffffff', 0, '#ffffff'],
    ['#0b5cad', '#ffffff', 1, '#0b5cad'],
    ['#ff0000', '#0000ff', 0.25, '#4000bf'],
  ])('%s into %s at %d is %s', (a, b, weight, expected) => {
    expect(mix(a, b, weight)).toBe(expected);
  });
});

describe('nearest passing colour', () => {
  const onWhite = (c: string) => contrastRatio(c, '#ffffff') >= 4.5;

  it('is the colour itself when it passes', () => {
    expect(nearestPassing('#0b5cad', true, onWhite)).toBe('#0b5cad');
  });

  it('darkens a yellow until it passes on white, no further', () => {
    const found = nearestPassing('#ffcc00', true, onWhite);
    expect(onWhite(found)).toBe(true);
    expect(contrastRatio(found, '#ffffff')).toBeLessThan(5);
    // Same hue: red stays above green, and blue stays zero.
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(found.slice(i, i + 2), 16)) as [number, number, number];
    expect(r).toBeGreaterThan(g);
    expect(b).toBe(0);
  });

  it('lightens a dark blue until it passes on a dark background', () => {
    const found = nearestPassing('#0b5cad', false, (c) => contrastRatio(c, '#15181c') >= 4.5);
    expect(contrastRatio(found, '#15181c')).toBeGreaterThanOrEqual(4.5);
    expect(relativeLuminance(found)).toBeGreaterThan(relativeLuminance('#0b5cad'));
  });

  it('ends at black or white when nothing nearer passes', () => {
    expect(nearestPassing('#808080', true, () => false)).toBe('#000000');
    expect(nearestPassing('#808080', false, () => false)).toBe('#ffffff');
  });
});
