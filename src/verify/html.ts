/**
 * Gate `html`: every built page is valid HTML under html-validate's recommended rules, with the one
 * exception the handbook needs.
 */
import { HtmlValidate, type ConfigData } from 'html-validate';
import type { Problem } from './problems.ts';

export const HTML_RULES: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // The training catalog filters as each select changes (no change of context, WCAG 3.2.2), so its
    // form has a reset button and no submit button.
    'wcag/h32': 'off',
  },
};

/** A validator for one run: it keeps its parsed configuration between pages. */
export function htmlValidator(): (page: string, file: string) => Promise<Problem[]> {
  const validator = new HtmlValidate(HTML_RULES);
  return async (page, file) => {
    const report = await validator.validateFile(file);
    return report.results.flatMap((result) =>
      result.messages.map((m) => ({
        page,
        gate: 'html' as const,
        message: `${m.line}:${m.column} ${m.ruleId}: ${m.message}`,
      })),
    );
  };
}
