/**
 * Invisible and look-alike characters that break YAML where its syntax is: a tab or a non-breaking
 * space in the indentation, a full-width colon after a field name, curly quotes around a text. The
 * YAML parser reports each as a cascade of unrelated errors ("put in quotes" sixteen times for one
 * tab); the author needs the one character, where it is, and what to type instead.
 */

export interface LookAlike {
  /** 1-based, within the YAML text. */
  line: number;
  column: number;
  message: string;
  fix: string;
}

interface Pattern {
  /** Matches a line; the character is at the end of the first group. */
  at: RegExp;
  /** Whether it breaks the structure even when the YAML still parses (a field silently lost). */
  always: boolean;
  describe: (where: string, char: string) => { message: string; fix: string };
}

/** A field name as frameworks write them (`minMonths`, `complaint-handling`, `nav.assess`). */
const KEY = String.raw`[A-Za-z_][\w.-]*`;
/** What follows indentation when the line is structure: a list item or a field, not a text. */
const STRUCTURE = String.raw`(?=[\s\u00a0\u3000]*(?:-[ \u00a0\u3000]|${KEY}:))`;

const PATTERNS: Pattern[] = [
  {
    at: /^([ \u00a0\u3000]*\t)/,
    always: true,
    describe: (where) => ({
      message: 'a tab is used to indent, and YAML only reads spaces there',
      fix: `replace the tab at ${where} with two spaces`,
    }),
  },
  {
    at: new RegExp(String.raw`^([ \t\u3000]*\u00a0)${STRUCTURE}`),
    always: true,
    describe: (where) => ({
      message: 'a non-breaking space (pasted from Word or a web page) is used to indent',
      fix: `replace the non-breaking space at ${where} with an ordinary space`,
    }),
  },
  {
    at: new RegExp(String.raw`^([ \t\u00a0]*\u3000)${STRUCTURE}`),
    always: true,
    describe: (where) => ({
      message: 'a full-width space `　` is used to indent',
      fix: `replace the full-width space at ${where} with an ordinary space (type it with the keyboard in half-width mode)`,
    }),
  },
  {
    at: new RegExp(String.raw`^([ \t]*${KEY}[ \t]*：)`),
    always: true,
    describe: fullWidthColon,
  },
  {
    // In a list, `- CSAT：90 %` may be a text; only a list that cannot be read is this mistake.
    at: new RegExp(String.raw`^([ \t]*- ${KEY}[ \t]*：)`),
    always: false,
    describe: fullWidthColon,
  },
  {
    at: new RegExp(String.raw`^([ \t]*(?:(?:- )?${KEY}:|-)[\u00a0\u3000])`),
    always: true,
    describe: (where, char) => ({
      message: `a \`:\` or \`-\` is followed by ${char === '\u3000' ? 'a full-width space `　`' : 'a non-breaking space'}, which YAML does not read as a space`,
      fix: `replace the ${char === '\u3000' ? 'full-width' : 'non-breaking'} space at ${where} with an ordinary space`,
    }),
  },
  {
    // `communication:1`: YAML reads the line as text, then cannot go on. Only when it cannot be read
    // (`time:10` in a text is fine), and not a link (`https://`).
    at: new RegExp(String.raw`^([ \t]*(?:- )?${KEY}:)(?=[^\s/:])`),
    always: false,
    describe: (where) => ({
      message: 'a field name is followed by `:` with no space after it, so YAML does not read it as a field',
      fix: `put a space after the \`:\` at ${where}, e.g. \`communication: 1\``,
    }),
  },
  {
    at: new RegExp(String.raw`^([ \t]*(?:- )?(?:${KEY}:[ \t]+)?[“”‘’])`),
    always: false,
    describe: (where) => ({
      message: 'a text is quoted with curly quotes “ ” or ‘ ’, which YAML does not read as quotes',
      fix: `replace the curly quotes (the first at ${where}) with straight ones: \`"\``,
    }),
  },
];

function fullWidthColon(where: string): { message: string; fix: string } {
  return {
    message: 'a field name is followed by a full-width colon `：`, which YAML does not read as a colon',
    fix: `replace the \`：\` at ${where} with \`:\` and a space (type it with the keyboard in half-width mode)`,
  };
}

/**
 * The first character of the YAML text that breaks its syntax; curly quotes only when the YAML
 * cannot be read (around a text that parses, they are just text).
 */
export function findLookAlike(yaml: string, yamlHasErrors: boolean, lineOffset = 0): LookAlike | undefined {
  const lines = yaml.split(/\r?\n/);
  for (const pattern of PATTERNS) {
    if (!pattern.always && !yamlHasErrors) continue;
    const index = lines.findIndex((l) => pattern.at.test(l));
    if (index === -1) continue;
    const upTo = pattern.at.exec(lines[index] ?? '')?.[1] ?? '';
    const line = index + 1 + lineOffset;
    return { line, column: upTo.length, ...pattern.describe(`line ${line}, column ${upTo.length}`, upTo.slice(-1)) };
  }
  return undefined;
}
