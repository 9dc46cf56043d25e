/** The brand block beyond its schema: its files, its accents' contrast, and the stylesheet it adds. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accentContrast, accentSoft, checkBrand, THEMES } from '../../src/framework/brand.ts';
import { contrastRatio } from '../../src/framework/contrast.ts';
import { DiagnosticList } from '../../src/framework/diagnostics.ts';
import { brandAssets, brandFiles, brandStylesheet } from '../../src/integration/brand.ts';

const CSS = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');

/** The custom properties of the first `:root { … }` after `from` in global.css. */
function palette(from: number): Record<string, string> {
  const block = /:root \{([^}]*)\}/.exec(CSS.slice(from))?.[1] ?? '';
  return Object.fromEntries([...block.matchAll(/--tb-([a-z-]+):\s*(#[0-9a-f]{6});/g)].map((m) => [m[1], m[2]]));
}

function problems(brand: Parameters<typeof checkBrand>[0], files?: string[]) {
  const list = new DiagnosticList();
  checkBrand(brand, 'framework.yaml', files, list);
  return list.items.map((d) => `${d.field}: ${d.message} | ${d.fix ?? ''}`);
}

describe('the colours the accent is checked against', () => {
  it.each([
    ['light', 0],
    ['dark', CSS.indexOf('@media screen and (prefers-color-scheme: dark)')],
  ] as const)('are those of the %s theme in global.css', (theme, from) => {
    const css = palette(from);
    expect(THEMES[theme]).toEqual({ bg: css['bg'], surface: css['surface'], text: css['text'] });
    // Trackbook's own accent passes its own check.
    expect(accentContrast(css['accent'] ?? '', theme)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('checkBrand', () => {
  it('accepts an empty brand and readable accents', () => {
    expect(problems({ accent: {} }, [])).toEqual([]);
    expect(problems({ accent: { light: '#7a1f5c', dark: '#f0a8d8' } }, [])).toEqual([]);
  });

  it('measures the accent against the lighter of page and card in light mode', () => {
    // #767676 reaches 4.5:1 on white but not on the page's off-white: the lower ratio counts.
    expect(contrastRatio('#767676', THEMES.light.surface)).toBeGreaterThanOrEqual(4.5);
    expect(problems({ accent: { light: '#767676' } })).toEqual([
      "brand.accent.light: `#767676` has a contrast of 4.38:1 with the light theme's background; links and buttons in it need 4.5:1 (WCAG AA) | use `#747474`, the same hue darker, at 4.51:1",
    ]);
  });

  it('finds files in the content folder, with a did-you-mean for a near miss', () => {
    const files = ['framework.yaml', 'assets/logo.svg', 'assets/favicon.png'];
    expect(problems({ logo: 'assets/logo.svg', favicon: 'assets/favicon.png', accent: {} }, files)).toEqual([]);
    expect(problems({ logo: 'asset/logo.svg', accent: {} }, files)).toEqual([
      'brand.logo: `asset/logo.svg` is not in the content folder | did you mean `assets/logo.svg`?',
    ]);
  });

  it('leaves file paths alone when the reader cannot list the files', () => {
    expect(problems({ logo: 'assets/logo.svg', accent: {} })).toEqual([]);
  });
});

describe('the brand stylesheet', () => {
  it('sets each accent given, with its tint, in its own theme only', () => {
    expect(brandStylesheet({ light: '#7a1f5c', dark: '#f0a8d8' })).toBe(
      [
        '/* The brand accent from content/framework.yaml. */',
        '@media print, (prefers-color-scheme: light) {',
        '  html:root {',
        '    --tb-accent: #7a1f5c;',
        `    --tb-accent-soft: ${accentSoft('#7a1f5c', 'light')};`,
        '  }',
        '}',
        '@media screen and (prefers-color-scheme: dark) {',
        '  html:root {',
        '    --tb-accent: #f0a8d8;',
        `    --tb-accent-soft: ${accentSoft('#f0a8d8', 'dark')};`,
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    expect(brandStylesheet({ dark: '#f0a8d8' })).not.toContain('light');
    expect(brandStylesheet({})).toBeNull();
  });

  it('mixes the tint from the accent over the card colour', () => {
    expect(accentSoft('#000000', 'light')).toBe('#e6e6e6');
    expect(accentSoft('#ffffff', 'dark')).toBe('#3f4247');
  });
});

describe('brand assets', () => {
  it('name each file by its role, with its content type, read from the content folder', () => {
    const assets = brandAssets({ logo: 'assets/Logo.SVG', favicon: 'icons/site.ico', accent: {} }, '/site/content');
    expect(assets.logo).toEqual({
      name: 'logo.svg',
      type: 'image/svg+xml',
      body: { file: '/site/content/assets/Logo.SVG' },
    });
    expect(assets.favicon).toEqual({
      name: 'favicon.ico',
      type: 'image/x-icon',
      body: { file: '/site/content/icons/site.ico' },
    });
    expect(assets.stylesheet).toBeNull();
    expect(brandFiles(assets).map((f) => f.name)).toEqual(['logo.svg', 'favicon.ico']);
  });

  it('are none for an empty brand', () => {
    expect(brandFiles(brandAssets({ accent: {} }, '/site/content'))).toEqual([]);
  });
});
