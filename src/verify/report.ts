/** The report of a verify run: per page, what each gate found; a one-line summary; and the same as JSON. */
import { GATES, type Gate, type Problem } from './problems.ts';
import type { VerifyReport } from './verify.ts';

function byPage(problems: readonly Problem[]): Map<string, Problem[]> {
  const pages = new Map<string, Problem[]>();
  for (const p of problems) pages.set(p.page, [...(pages.get(p.page) ?? []), p]);
  return pages;
}

function counts(problems: readonly Problem[], gates: readonly Gate[]): string {
  return gates.map((g) => `${g} ${problems.filter((p) => p.gate === g).length}`).join(', ');
}

/** `✖ 3 problems on 2 of 175 pages (links 1, html 0, …) · 174 pages in the browser · 42.1 s` */
export function summaryLine(report: VerifyReport): string {
  const { problems } = report;
  const pages = byPage(problems).size;
  const mark = problems.length === 0 ? '✔' : '✖';
  const what = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  const where =
    problems.length === 0 ? `on ${report.pages.length} pages` : `on ${pages} of ${report.pages.length} pages`;
  const browser = report.browserPages.length > 0 ? ` · ${report.browserPages.length} loaded in the browser` : '';
  return `${mark} ${what} ${where} (${counts(problems, report.gates)})${browser} · ${report.seconds.toFixed(1)} s`;
}

/** Every problem under its page, the gate first: `  links  a[href] /en/x/: no such file in the build`. */
export function formatReport(report: VerifyReport): string {
  const width = Math.max(...GATES.map((g) => g.length));
  const blocks = [...byPage(report.problems)].map(
    ([page, problems]) => `${page}\n${problems.map((p) => `  ${p.gate.padEnd(width)}  ${p.message}`).join('\n')}`,
  );
  return [...blocks, summaryLine(report)].join('\n\n');
}

/** The machine-readable report: every page checked, each with its problems (an empty list when clean). */
export function jsonReport(report: VerifyReport): string {
  const pages = new Map<string, { gate: Gate; message: string }[]>();
  for (const path of [...report.pages, ...report.browserPages]) pages.set(path, []);
  for (const p of report.problems)
    pages.set(p.page, [...(pages.get(p.page) ?? []), { gate: p.gate, message: p.message }]);
  return `${JSON.stringify(
    {
      dist: report.dist,
      base: report.base,
      gates: report.gates,
      seconds: Number(report.seconds.toFixed(2)),
      summary: {
        problems: report.problems.length,
        pages: report.pages.length,
        browserPages: report.browserPages.length,
      },
      pages: [...pages].map(([path, problems]) => ({ path, problems })),
    },
    null,
    2,
  )}\n`;
}
