/**
 * The handbook's own vocabulary in one language, for search's "Did you mean …?": the Latin-script
 * words of every title, summary, band, responsibility, criterion and its examples, indicator,
 * knowledge item, area and group, most frequent first.
 * Every word is on some page, so a suggested word finds something.
 */
import type { Framework } from '../framework/model.ts';

/** Words shorter than this are too short to correct with any confidence. */
const MIN_LENGTH = 3;

/** The texts of the framework the vocabulary is drawn from. */
function texts(framework: Framework): string[] {
  const entries = [
    ...framework.tracks,
    ...framework.levels,
    ...framework.competencies,
    ...framework.trainings,
    ...framework.recognition,
    ...framework.pages,
  ];
  return [
    ...entries.flatMap((e) => [e.title, e.summary]),
    ...framework.levels.flatMap((l) => [
      l.band,
      ...l.responsibilities,
      ...l.subSteps.map((s) => s.title),
      ...l.criteria.flatMap((c) => [c.text, ...c.examples]),
    ]),
    ...framework.competencies.flatMap((c) => [...Object.values(c.indicators).flat(), ...c.knowledge]),
    ...framework.areas.map((a) => a.label),
    ...framework.groups.map((g) => g.label),
  ];
}

/** The words of `framework`, lower case, most frequent first (then alphabetical), at most `limit`. */
export function searchWords(framework: Framework, limit = 5000): string[] {
  const counts = new Map<string, number>();
  for (const text of texts(framework)) {
    for (const match of text.toLowerCase().matchAll(/[\p{Script=Latin}\p{M}]+(?:['-][\p{Script=Latin}\p{M}]+)*/gu)) {
      const word = match[0];
      if (word.length >= MIN_LENGTH) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, limit)
    .map(([word]) => word);
}
