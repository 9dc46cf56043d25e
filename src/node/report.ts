/** Plain-text report of a content check, for the terminal and the build log. */
import { formatDiagnostic } from '../framework/diagnostics.ts';
import type { BuildResult } from '../framework/build.ts';
import type { Framework } from '../framework/model.ts';
import { hasDictionary, languageName, missingUiStrings } from '../i18n/index.ts';

/** Said when errors kept the checks that need the whole framework from running. */
export const WHOLE_CHECKS_LATER =
  'Some warnings need content without errors (the shape of each ladder, the use of trainings, steps without indicators): run the check again once these are fixed.';

export function formatReport(result: BuildResult): string {
  const lines = result.diagnostics.map(formatDiagnostic);
  const policy = policyLine(result);
  if (policy !== null) lines.unshift(policy);
  const files = new Set(result.diagnostics.map((d) => d.file)).size;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (result.errorCount > 0) {
    lines.push(
      '',
      `✖ ${plural(result.errorCount, 'error')} and ${plural(result.warningCount, 'warning')} in ${plural(files, 'file')}. Nothing was published.`,
    );
    if (!result.wholeChecked) lines.push(WHOLE_CHECKS_LATER);
  } else {
    for (const framework of Object.values(result.frameworks ?? {})) lines.push(summary(framework));
    const frameworks = Object.values(result.frameworks ?? {});
    for (const section of [coverageTable(frameworks), uiCoverage(frameworks)]) {
      if (section !== '') lines.push('', section, '');
    }
    lines.push(
      result.warningCount > 0
        ? `⚠ content is valid, with ${plural(result.warningCount, 'warning')} (run with --strict to treat them as errors).`
        : '✔ content is valid.',
    );
  }
  return lines.join('\n');
}

/** Every entry of every collection, career-fit questions included. */
function entriesOf(f: Framework) {
  return [
    ...f.tracks,
    ...f.levels,
    ...f.competencies,
    ...f.trainings,
    ...f.recognition,
    ...f.pages,
    ...f.fit.questions,
  ];
}

/** One line of counts for a locale, with how many entries fall back to the default locale. */
export function summary(f: Framework): string {
  const all = entriesOf(f);
  const fallback = all.filter((e) => e.fallback).length;
  const n = (count: number, one: string, other: string) => `${count} ${count === 1 ? one : other}`;
  return (
    `${f.locale}: ${n(f.tracks.length, 'track', 'tracks')}, ${n(f.levels.length, 'level', 'levels')}, ` +
    `${n(f.competencies.length, 'competency', 'competencies')}, ${n(f.trainings.length, 'training', 'trainings')}, ` +
    `${n(f.recognition.length, 'recognition programme', 'recognition programmes')}, ${n(f.pages.length, 'page', 'pages')}` +
    (f.fit.questions.length > 0 ? `, ${n(f.fit.questions.length, 'fit question', 'fit questions')}` : '') +
    (f.locale === f.defaultLocale
      ? ` (version ${f.version})`
      : `; ${fallback} of ${all.length} entries not fully translated`)
  );
}

/**
 * Translation coverage: per locale other than the default, every entry shown partly in the default
 * locale and which of its texts are missing, as a table.
 */
export function coverageTable(frameworks: Framework[]): string {
  const rows: string[][] = [];
  for (const f of frameworks) {
    if (f.locale === f.defaultLocale) continue;
    const all = entriesOf(f);
    for (const e of all.filter((x) => x.fallback)) {
      rows.push([
        f.locale,
        e.translationFile ?? `translations/${f.locale}/${e.file} (no file yet)`,
        e.missing.includes('*') ? 'all text' : e.missing.join(', '),
      ]);
    }
  }
  if (rows.length === 0) return '';
  const head = ['locale', 'translation file', 'shown in the default locale'];
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(width[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [
    'Translation coverage: texts not translated yet',
    line(head),
    line(width.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ].join('\n');
}

/**
 * UI coverage: per locale Trackbook has no dictionary for, the UI strings the handbook has not worded
 * under `ui:`, which its pages show in the default locale's wording.
 */
export function uiCoverage(frameworks: Framework[]): string {
  const sections: string[] = [];
  for (const f of frameworks.filter((x) => !hasDictionary(x.locale))) {
    const missing = missingUiStrings(f);
    if (missing.length === 0) continue;
    const fallback = languageName(f.defaultLocale, 'en');
    sections.push(
      `UI coverage: ${f.locale} (${languageName(f.locale, 'en')}) has no bundled labels; ${missing.length} UI strings are shown in ${fallback}.`,
      `Word them under \`ui: ${f.locale}:\` in framework.yaml (\`trackbook check --ui-template ${f.locale}\` prints them to translate):`,
      ...wrap(missing, 100).map((line) => `  ${line}`),
    );
  }
  return sections.join('\n');
}

/** Words joined by ", " in lines of at most `width` characters. */
function wrap(words: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line === '' ? word : `${line}, ${word}`;
    if (next.length > width && line !== '') {
      lines.push(`${line},`);
      line = word;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** "Check policy from framework.yaml: …", or null when the framework keeps every default. */
export function policyLine({ policy }: Pick<BuildResult, 'policy'>): string | null {
  const rules = Object.entries(policy).filter(([, level]) => level !== undefined);
  if (rules.length === 0) return null;
  return `Check policy from framework.yaml: ${rules.map(([rule, level]) => `\`${rule}\` ${level}`).join(', ')}.`;
}
