/**
 * What the brand block of `framework.yaml` adds to the built site: the logo and the icon copied from
 * `content/`, and a stylesheet with the accent colours, each served under `/_trackbook/` below the
 * base path (an external stylesheet, so the strict Content-Security-Policy needs no exception).
 */
import { join } from 'node:path';
import { accentSoft, type Theme } from '../framework/brand.ts';
import { IMAGE_TYPES, type BrandData, type ImageExtension } from '../framework/schema.ts';

/** A file the site serves at `/_trackbook/<name>`: a file of the content folder, or generated text. */
export interface BrandFile {
  name: string;
  type: string;
  body: { file: string } | { text: string };
}

/** The brand's files; null where the brand block sets nothing, and Trackbook's own look stays. */
export interface BrandAssets {
  logo: BrandFile | null;
  favicon: BrandFile | null;
  stylesheet: BrandFile | null;
}

/** The files to serve for `brand`, whose paths are read from `contentDir`. */
export function brandAssets(brand: BrandData, contentDir: string): BrandAssets {
  const image = (key: 'logo' | 'favicon'): BrandFile | null => {
    const path = brand[key];
    if (path === undefined) return null;
    const extension = (path.split('.').pop() ?? '').toLowerCase() as ImageExtension;
    return { name: `${key}.${extension}`, type: IMAGE_TYPES[extension], body: { file: join(contentDir, path) } };
  };
  const css = brandStylesheet(brand.accent);
  return {
    logo: image('logo'),
    favicon: image('favicon'),
    stylesheet: css === null ? null : { name: 'brand.css', type: 'text/css; charset=utf-8', body: { text: css } },
  };
}

/** Every file of the brand, for the route that serves them. */
export function brandFiles(assets: BrandAssets): BrandFile[] {
  return [assets.logo, assets.favicon, assets.stylesheet].filter((f) => f !== null);
}

/** Paper is white: a printout takes the light accent, whatever the browser's scheme. */
const MEDIA: Record<Theme, string> = {
  light: 'print, (prefers-color-scheme: light)',
  dark: 'screen and (prefers-color-scheme: dark)',
};

/**
 * The accent of each theme given, with the tint mixed from it. `html:root` outranks the default
 * palette's `:root` wherever the sheet is linked in the head; each theme sits in its own media query,
 * so an accent given for one theme never shows in the other.
 */
export function brandStylesheet(accent: BrandData['accent']): string | null {
  const rules = (['light', 'dark'] as const).flatMap((theme) => {
    const colour = accent[theme];
    if (colour === undefined) return [];
    const soft = accentSoft(colour, theme);
    return [
      `@media ${MEDIA[theme]} {\n  html:root {\n    --tb-accent: ${colour};\n    --tb-accent-soft: ${soft};\n  }\n}\n`,
    ];
  });
  return rules.length === 0 ? null : `/* The brand accent from content/framework.yaml. */\n${rules.join('')}`;
}
