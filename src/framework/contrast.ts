/**
 * Colour maths for the brand check: WCAG 2 relative luminance and contrast ratio, mixing, and the
 * nearest colour of the same hue that reaches a ratio. Colours are `#rrggbb`; pure functions only.
 * (The formulas are a few lines each, so no colour library is added for them.)
 */

/** Red, green and blue, each 0–255. */
type Rgb = readonly [number, number, number];

/** `#rrggbb` (either case) as its channels. */
function rgb(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (match === null) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(match[1] ?? '', 16), parseInt(match[2] ?? '', 16), parseInt(match[3] ?? '', 16)];
}

function hex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG 2 relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance(colour: string): number {
  const [r, g, b] = rgb(colour).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours, 1 to 21, whichever is lighter. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** A ratio as people read it: rounded down to two decimals, so 4.499 never shows as a passing 4.5. */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}

/** `weight` of `a` mixed into `b` (0: all `b`, 1: all `a`), channel by channel as CSS `color-mix(in srgb)`. */
export function mix(a: string, b: string, weight: number): string {
  const [x, y] = [rgb(a), rgb(b)];
  return hex(x.map((c, i) => c * weight + (y[i] ?? 0) * (1 - weight)) as unknown as Rgb);
}

/**
 * The colour of the same hue and saturation closest in lightness to `colour` for which `passes`
 * holds, searched towards darker (`darken`) or lighter; black or white when nothing nearer passes.
 */
export function nearestPassing(colour: string, darken: boolean, passes: (c: string) => boolean): string {
  const [h, s, l] = toHsl(rgb(colour));
  // Steps of 0.1 % lightness: finer than one step of a channel, so no nearer colour is skipped.
  const at = (step: number) => hex(fromHsl(h, s, Math.min(1, Math.max(0, l + (darken ? -step : step) / 1000))));
  for (let step = 0; step < 1000; step++) {
    if (passes(at(step))) return at(step);
  }
  return at(1000);
}

function toHsl([r, g, b]: Rgb): [number, number, number] {
  const [rs, gs, bs] = [r / 255, g / 255, b / 255];
  const max = Math.max(rs, gs, bs);
  const min = Math.min(rs, gs, bs);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === rs ? (gs - bs) / d + (gs < bs ? 6 : 0) : max === gs ? (bs - rs) / d + 2 : (rs - gs) / d + 4;
  return [h / 6, s, l];
}

function fromHsl(h: number, s: number, l: number): Rgb {
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  return [channel(h + 1 / 3) * 255, channel(h) * 255, channel(h - 1 / 3) * 255];
}
