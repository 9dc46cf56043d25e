/** Plain-text report of a content check, for the terminal and the build log. */
import { formatDiagnostic } from '../framework/diagnostics.ts';
import type { BuildResult } from '../framework/build.ts';
import type { Framework } from '../framework/model.ts';

export function formatReport(result: BuildResult): string {
  const lines = result.diagnostics.map(formatDiagnostic);
  const files = new Set(result.diagnostics.map((d) => d.file)).size;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (result.errorCount > 0) {
    lines.push(
      '',
      `✖ ${plural(result.errorCount, 'error')} and ${plural(result.warningCount, 'warning')} in ${plural(files, 'file')}. Nothing was published.`,
    );
  } else {
    for (const framework of Object.values(result.frameworks ?? {})) lines.push(summary(framework));
    lines.push(
      result.warningCount > 0
        ? `⚠ content is valid, with ${plural(result.warningCount, 'warning')} (run with --strict to treat them as errors).`
        : '✔ content is valid.',
    );
  }
  return lines.join('\n');
}

/** One line of counts for a locale, with how many entries fall back to the default locale. */
export function summary(f: Framework): string {
  const all = [...f.tracks, ...f.levels, ...f.competencies, ...f.trainings, ...f.recognition, ...f.pages];
  const fallback = all.filter((e) => e.fallback).length;
  return (
    `${f.locale}: ${f.tracks.length} tracks, ${f.levels.length} levels, ${f.competencies.length} competencies, ` +
    `${f.trainings.length} trainings, ${f.recognition.length} recognition programmes, ${f.pages.length} pages` +
    (f.locale === f.defaultLocale
      ? ` (version ${f.version})`
      : `; ${fallback} of ${all.length} entries not fully translated`)
  );
}
