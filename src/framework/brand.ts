/**
 * The brand block of `framework.yaml` beyond its schema: the files it names must be in the content
 * folder, and each accent colour must stay readable where the stylesheet uses it (WCAG AA).
 */
import { contrastRatio, formatRatio, mix, nearestPassing } from './contrast.ts';
import { DiagnosticList, suggestId } from './diagnostics.ts';
import type { BrandData } from './schema.ts';

export type Theme = 'light' | 'dark';

/**
 * The colours of each theme the accent meets, as `src/styles/global.css` sets them (a unit test
 * keeps the two equal): the page background and the cards' surface, and the body text.
 */
export const THEMES: Record<Theme, { bg: string; surface: string; text: string }> = {
  light: { bg: '#fbfbfa', surface: '#ffffff', text: '#1d2126' },
  dark: { bg: '#15181c', surface: '#1d2126', text: '#e8eaed' },
};

/**
 * The accent is text (links on the page and on cards) and the background of button labels written
 * in the page colour, so it needs the text ratio against both. Its other uses (focus ring, the
 * border of a chosen step and of the verdict) need only 3:1 against the same colours, which the text
 * ratio already covers.
 */
export const ACCENT_MIN_RATIO = 4.5;

/**
 * The tint behind table headings, chosen steps and buttons, mixed from the accent as the default
 * palette's is. Body text on it keeps well above 4.5:1 whatever the accent (it is at most 15 % of the
 * accent over the surface), so it needs no check of its own.
 */
export function accentSoft(accent: string, theme: Theme): string {
  return mix(accent, THEMES[theme].surface, theme === 'light' ? 0.1 : 0.15);
}

/** The lowest contrast of the accent against the colours it is used with in its theme. */
export function accentContrast(accent: string, theme: Theme): number {
  const { bg, surface } = THEMES[theme];
  return Math.min(contrastRatio(accent, bg), contrastRatio(accent, surface));
}

/**
 * Every problem of a valid brand block: files it names that are not in `files` (the content folder's
 * paths; left out when the reader does not list them) and accents below the contrast they need.
 */
export function checkBrand(brand: BrandData, file: string, files: readonly string[] | undefined, list: DiagnosticList) {
  if (files !== undefined) {
    for (const key of ['logo', 'favicon'] as const) {
      const path = brand[key];
      if (path !== undefined && !files.includes(path)) missingFile(key, path, file, files, list);
    }
  }
  for (const theme of ['light', 'dark'] as const) {
    const accent = brand.accent[theme];
    if (accent !== undefined) checkAccent(accent, theme, file, list);
  }
}

function missingFile(
  key: 'logo' | 'favicon',
  path: string,
  file: string,
  files: readonly string[],
  list: DiagnosticList,
) {
  const near = suggestId(path, files);
  list.error(
    'brand',
    file,
    `brand.${key}`,
    `\`${path}\` is not in the content folder`,
    near !== undefined
      ? `did you mean \`${near}\`?`
      : `put the ${key} at content/${path}, or correct the path (it is written from content/)`,
  );
}

function checkAccent(accent: string, theme: Theme, file: string, list: DiagnosticList): void {
  const ratio = accentContrast(accent, theme);
  if (ratio >= ACCENT_MIN_RATIO) return;
  const passes = (c: string) => accentContrast(c, theme) >= ACCENT_MIN_RATIO;
  const darken = theme === 'light';
  const better = nearestPassing(accent, darken, passes);
  list.error(
    'brand',
    file,
    `brand.accent.${theme}`,
    `\`${accent}\` has a contrast of ${formatRatio(ratio)} with the ${theme} theme's background; links and buttons in it need ${ACCENT_MIN_RATIO}:1 (WCAG AA)`,
    `use \`${better}\`, the same hue ${darken ? 'darker' : 'lighter'}, at ${formatRatio(accentContrast(better, theme))}`,
  );
}
