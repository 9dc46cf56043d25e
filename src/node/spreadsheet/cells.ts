/**
 * Cells whose text a spreadsheet changed or would change: Excel's error values (a formula failed and
 * its text is lost), text that starts a formula (`=HYPERLINK(…`, `@`, `+`), and text in the wrong
 * language's column (Chinese typed where the English is read).
 */
import { localised, type MatrixProblem } from './format.ts';
import type { Place } from './read.ts';

/** What Excel (and LibreOffice) show, and save, where a formula fails. */
const EXCEL_ERROR = /^#(?:NAME\?|VALUE!|REF!|DIV\/0!|N\/A|NUM!|NULL!|SPILL!|CALC!)$/i;
/** A formula's start; `-` only before a letter or bracket, so `-1` and a `- item` list are text. */
const FORMULA = /^(?:[=+@]|-[\p{L}(=])/u;

/** The problem with a cell's text as saved in the file (before an export's apostrophe is read off). */
export function cellProblem(cell: string, at: Place): MatrixProblem | undefined {
  const text = cell.trim();
  if (EXCEL_ERROR.test(text)) {
    return {
      ...at,
      message: `the cell holds Excel's error \`${text.toUpperCase()}\`: a formula failed here, and the text it stood for is lost`,
      fix: 'type the text (or number) itself into the cell, not a formula, and save the file again',
    };
  }
  if (FORMULA.test(text)) {
    const shown = text.length > 30 ? `${text.slice(0, 30)}…` : text;
    return {
      ...at,
      message: `\`${shown}\` starts with \`${text.charAt(0)}\`, so a spreadsheet opening the file runs it as a formula`,
      fix: `write the text without the leading \`${text.charAt(0)}\` (the import takes text, not formulas)`,
    };
  }
  return undefined;
}

const SCRIPTS = [
  { language: 'Japanese', locale: 'ja', test: /[\p{Script=Hiragana}\p{Script=Katakana}]/u },
  { language: 'Korean', locale: 'ko', test: /\p{Script=Hangul}/u },
  { language: 'Chinese', locale: 'zh', test: /\p{Script=Han}/u },
] as const;

/**
 * A warning when the default language's column of `name` holds Chinese, Japanese or Korean text
 * while the default language is written in another script: it would show on the English pages.
 */
export function wrongLanguage(
  cell: string,
  at: Place,
  name: string,
  defaultLocale: string,
  others: readonly string[],
): MatrixProblem | undefined {
  const script = SCRIPTS.find((s) => s.test.test(cell));
  if (script === undefined || SCRIPTS.some((s) => defaultLocale.startsWith(s.locale))) return undefined;
  const language = new Intl.DisplayNames(['en'], { type: 'language' }).of(defaultLocale) ?? defaultLocale;
  const target = others.find((l) => l.startsWith(script.locale));
  return {
    ...at,
    message: `${script.language} text in \`${name}\`, which holds the ${language} text`,
    fix:
      target === undefined
        ? `write the ${language} text here`
        : `move it to \`${localised(name, target)}\` and write the ${language} text here`,
  };
}
