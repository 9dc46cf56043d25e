/**
 * The query set of the first-search budget (PRODUCT.md §6): every entry with a page of its own, by its
 * title, in one locale. A budget measured on one word says little: a reader searches for the names of
 * things, and multi-word or Chinese names touch more of the index than one common word does.
 */
import type { Framework } from '../framework/model.ts';

export interface TitledPage {
  title: string;
  /** The page's path under the site's base: `en/levels/senior/`. */
  path: string;
}

const FOLDERS = {
  tracks: 'tracks/',
  levels: 'levels/',
  competencies: 'competencies/',
  trainings: 'trainings/',
  pages: '',
} as const;

/** Every entry with a page of its own in `framework` (one locale's framework JSON), in a stable order. */
export function titledPages(framework: Pick<Framework, 'locale' | keyof typeof FOLDERS>): TitledPage[] {
  return (Object.keys(FOLDERS) as (keyof typeof FOLDERS)[]).flatMap((collection) =>
    framework[collection].map((entry) => ({
      title: entry.title,
      path: `${framework.locale}/${FOLDERS[collection]}${entry.id}/`,
    })),
  );
}

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
