/**
 * `npm run export` and `npm run import`: the competency matrix as a spreadsheet. Exporting and
 * importing into an empty folder gives the same framework; every malformed row is reported with the
 * row and column a spreadsheet shows, and then nothing is written; existing content changes only with
 * --update, and then only in what the spreadsheet shows.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import Papa from 'papaparse';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { FORMULA_START, unescapeFormula } from '../../src/assessment/export.ts';
import { formatDiagnostic } from '../../src/framework/diagnostics.ts';
import type { Framework } from '../../src/framework/model.ts';
import type { Locale } from '../../src/framework/schema.ts';
import { checkContent } from '../../src/node/check-content.ts';
import { splitFrontmatter } from '../../src/node/read-content.ts';
import { exportMatrix } from '../../src/node/spreadsheet/export.ts';
import { importIntoFolder } from '../../src/node/spreadsheet/folder.ts';
import { decodeCsv, formatProblem, type MatrixProblem } from '../../src/node/spreadsheet/format.ts';
import { BASE, SERVICE, copyToTemp, FIXTURES } from '../helpers/content.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const SHEETS = join(FIXTURES, 'spreadsheet');
const BASE_SETTINGS = join(BASE, 'framework.yaml');
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder; `content` inside it does not exist yet. */
function tempFolder(prefix = 'trackbook-sheet-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

function copyOf(dir: string): string {
  const copy = copyToTemp(dir, 'trackbook-sheet-');
  temps.push(copy);
  return copy;
}

function sheet(name: string): string {
  const decoded = decodeCsv(readFileSync(join(SHEETS, name)));
  if (!decoded.ok) throw new Error(`${name}: ${decoded.problem.message}`);
  return decoded.text;
}

/** Every file under `dir` with its text, to show that a folder did not change. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((d) => d.isFile())
      .map((d) => {
        const path = join(d.parentPath, d.name);
        return [relative(dir, path), readFileSync(path, 'utf8')];
      }),
  );
}

async function frameworksOf(dir: string): Promise<Record<Locale, Framework>> {
  const result = await checkContent(dir);
  expect(result.errorCount, result.diagnostics.map(formatDiagnostic).join('\n')).toBe(0);
  return result.frameworks ?? {};
}

/** What the matrix carries, in every locale: the parts of the framework an export and import keep. */
function matrixView(frameworks: Record<Locale, Framework>) {
  return Object.fromEntries(
    Object.entries(frameworks).map(([locale, f]) => [
      locale,
      {
        tracks: f.tracks.map((t) => ({
          id: t.id,
          title: t.title,
          summary: t.summary,
          kind: t.kind,
          order: t.order,
          levels: t.levels,
        })),
        levels: f.levels.map((l) => ({
          id: l.id,
          track: l.track,
          rank: l.rank,
          grade: l.grade,
          title: l.title,
          summary: l.summary,
          // Which level below set an inherited step is not in a spreadsheet of steps, only the step.
          expectations: l.expectations.map((e) => [e.competency, e.step]),
          band: l.band,
          typicalMonths: l.typicalMonths,
          overlayOf: l.overlayOf,
          responsibilities: l.responsibilities,
          kpis: l.kpis,
          promotion: l.promotion,
          probation: l.probation,
          criteria: l.criteria,
        })),
        competencies: f.competencies.map((c) => ({
          id: c.id,
          title: c.title,
          summary: c.summary,
          area: c.area,
          weight: c.weight,
          code: c.code,
          order: c.order,
          indicators: c.indicators,
          knowledge: c.knowledge,
        })),
      },
    ]),
  );
}

function frontmatterKeys(text: string): string[] {
  return Object.keys(parse(splitFrontmatter(text)?.yaml ?? '') as Record<string, unknown>);
}

/** The rows of a CSV, header included. */
function rowsOf(csv: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

/** `csv` with one cell changed, found by row id and column header. */
function withCell(csv: string, id: string, column: string, value: string): string {
  const rows = rowsOf(csv);
  const index = rows[0]?.indexOf(column) ?? -1;
  const row = rows.find((r) => r[0] === id);
  if (row === undefined || index < 0) throw new Error(`no cell ${id} × ${column}`);
  row[index] = value;
  return Papa.unparse(rows, { newline: '\r\n' });
}

const where = (p: MatrixProblem) => ({ row: p.row, column: p.column, cell: p.cell, message: p.message });

const STANDARDS = join(FIXTURES, 'frameworks/standards');
describe('text that starts like a formula', () => {
  it('is exported behind an apostrophe and imported back as it was, the round trip byte-identical', async () => {
    const dir = copyOf(BASE);
    const file = join(dir, 'competencies/coaching.md');
    const text = '=SUM(1) is not a formula; -Notes; @team; +1 more';
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^summary: .*$/m, `summary: '${text}'`));
    const csv = exportMatrix(await frameworksOf(dir));
    expect(rowsOf(csv).find((r) => r[0] === 'coaching')).toContain(`'${text}`);

    const target = join(tempFolder(), 'content');
    const outcome = await importIntoFolder(csv, target, { settingsFile: join(BASE, 'framework.yaml') });
    expect(outcome.problems.map(formatProblem)).toEqual([]);
    const imported = await frameworksOf(target);
    expect(imported['en']?.competencies.find((c) => c.id === 'coaching')?.summary).toBe(text);
    // Base's promotions require trainings, which an empty folder does not have yet.
    expect(outcome.result.warnings.map((w) => w.cell)).toEqual(['F19', 'G19']);
    expect(exportMatrix(imported)).toBe(withoutRow(csv, 'promotion:trainings'));
  });
});

/** The view without the trainings promotions require: an empty folder has no trainings to require. */
function withoutPromotionTrainings(view: ReturnType<typeof matrixView>) {
  return Object.fromEntries(
    Object.entries(view).map(([locale, f]) => [
      locale,
      {
        ...f,
        levels: f.levels.map((l) => ({
          ...l,
          promotion: l.promotion === null ? null : { ...l.promotion, trainings: [] },
        })),
      },
    ]),
  );
}

/** `csv` without the row whose id is `key`. */
function withoutRow(csv: string, key: string): string {
  const kept = rowsOf(csv)
    .filter((r) => r[0] !== key)
    .map((r) => r.map(unescapeFormula));
  return `\uFEFF${Papa.unparse(kept, { newline: '\r\n', escapeFormulae: FORMULA_START })}\r\n`;
}

const FRAMEWORKS = [
  ['the Service Advance Track fixture', SERVICE],
  ['the test fixture', BASE],
  ['the standards fixture (codes, order and groups)', STANDARDS],
  [
    'the customer-operations ladder fixture (sub-levels, KPI bands, probation in weeks)',
    join(FIXTURES, 'frameworks/ops-ladder'),
  ],
  ['the IC ladder fixture (criteria per level, a role held alongside)', join(FIXTURES, 'frameworks/ic-ladder')],
] as const;

describe.each(FRAMEWORKS)('export of %s, then import into an empty folder', (_name, source) => {
  it('gives the same tracks, levels, competencies and details, in both languages', async () => {
    const original = await frameworksOf(source);
    const csv = exportMatrix(original);
    const dir = join(tempFolder(), 'content');

    const outcome = await importIntoFolder(csv, dir, { settingsFile: join(source, 'framework.yaml') });

    expect(outcome.problems.map(formatProblem)).toEqual([]);
    const imported = await frameworksOf(dir);
    expect(Object.keys(imported)).toEqual(['en', 'zh-cn']);
    // The trainings a promotion requires are not in an empty folder: each is left out with a warning.
    const required = (original.en?.levels ?? []).flatMap((l) => l.promotion?.trainings ?? []);
    expect(outcome.result.warnings.map((w) => /`([a-z0-9-]+)`/.exec(w.message)?.[1])).toEqual(required);
    expect(withoutPromotionTrainings(matrixView(imported))).toEqual(withoutPromotionTrainings(matrixView(original)));
    // Exporting the imported content gives the very same spreadsheet (less the trainings row).
    expect(exportMatrix(imported)).toBe(required.length === 0 ? csv : withoutRow(csv, 'promotion:trainings'));
  });

  it('imported over the content it came from, with --update, changes nothing', async () => {
    const dir = copyOf(source);
    const before = snapshot(dir);
    const csv = exportMatrix(await frameworksOf(dir));
    const outcome = await importIntoFolder(csv, dir, { update: true });
    expect(outcome.problems.map(formatProblem)).toEqual([]);
    expect(outcome.files.map((f) => f.path)).toEqual([]);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('import of the Service Advance Track fixture into an empty folder', async () => {
  const original = await frameworksOf(SERVICE);
  const dir = join(tempFolder(), 'content');
  await importIntoFolder(exportMatrix(original), dir, { settingsFile: join(SERVICE, 'framework.yaml') });
  const read = (path: string) => readFileSync(join(dir, path), 'utf8');

  it('copies the settings and creates every track, level and competency with its Chinese text', () => {
    expect(read('framework.yaml')).toBe(readFileSync(join(SERVICE, 'framework.yaml'), 'utf8'));
    expect(readdirSync(join(dir, 'tracks'))).toHaveLength(original.en?.tracks.length ?? 0);
    expect(readdirSync(join(dir, 'levels'))).toHaveLength(14);
    expect(readdirSync(join(dir, 'competencies'))).toHaveLength(original.en?.competencies.length ?? 0);
    expect(read('translations/zh-cn/levels/cs-senior.md')).toContain('title: 高级客服\n');
  });

  it('writes fields in the order the handbook uses, lists one item per line', () => {
    expect(frontmatterKeys(read('levels/cs-senior.md'))).toEqual([
      'title',
      'summary',
      'track',
      'rank',
      'grade',
      'responsibilities',
      'expectations',
      'promotion',
    ]);
    expect(frontmatterKeys(read('competencies/communication.md'))).toEqual([
      'title',
      'summary',
      'area',
      'weight',
      'indicators',
      'knowledge',
    ]);
    expect(frontmatterKeys(read('tracks/customer-service.md'))).toEqual(['title', 'summary', 'kind', 'order']);
    expect(frontmatterKeys(read('translations/zh-cn/competencies/communication.md'))).toEqual([
      'title',
      'summary',
      'indicators',
      'knowledge',
    ]);
    expect(read('competencies/communication.md')).toContain(
      'indicators:\n  1:\n    - Uses the approved greeting, identity check and closing on every contact.\n',
    );
  });

  it('writes only the expectations that differ from the level below, as the handbook does', () => {
    const expectations = (text: string) =>
      (parse(splitFrontmatter(text)?.yaml ?? '') as { expectations: Record<string, number> }).expectations;
    for (const level of ['cs-junior', 'cs-senior', 'cs-expert', 'team-lead', 'qa-lead']) {
      const path = `levels/${level}.md`;
      expect(expectations(read(path)), level).toEqual(expectations(readFileSync(join(SERVICE, path), 'utf8')));
    }
    expect(expectations(read('levels/cs-senior.md'))).not.toHaveProperty('systems-tools');
    // A step repeated in a file is inherited after the round trip: the level still expects it.
    expect(readFileSync(join(SERVICE, 'levels/service-manager.md'), 'utf8')).toContain('  communication: 4\n');
    expect(expectations(read('levels/service-manager.md'))).not.toHaveProperty('communication');
  });
});

describe('export', async () => {
  const base = await frameworksOf(BASE);
  const csv = exportMatrix(base);

  it('starts with a byte-order mark, has a column per level and a row per competency', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = rowsOf(csv);
    expect(rows[0]).toEqual([
      'id',
      'title',
      'title@zh-cn',
      'area',
      'weight',
      'agent-1',
      'agent-2',
      'agent-3',
      'lead-1',
      'summary',
      'summary@zh-cn',
      'indicators 1',
      'indicators 1@zh-cn',
      'indicators 2',
      'indicators 2@zh-cn',
      'indicators 3',
      'indicators 3@zh-cn',
      'knowledge',
      'knowledge@zh-cn',
    ]);
    expect(rows.map((r) => r[0])).toEqual([
      'id',
      'level:title',
      'level:title@zh-cn',
      'level:summary',
      'level:summary@zh-cn',
      'level:track',
      'level:rank',
      'level:grade',
      'track:title',
      'track:title@zh-cn',
      'track:summary',
      'track:summary@zh-cn',
      'track:kind',
      'track:order',
      'level:responsibilities',
      'level:responsibilities@zh-cn',
      'promotion:minMonths',
      'promotion:metrics',
      'promotion:trainings',
      'promotion:assessments',
      'promotion:conditions',
      'promotion:conditions@zh-cn',
      'probation:months',
      'probation:conditions',
      'probation:conditions@zh-cn',
      'communication',
      'complaint-handling',
      'coaching',
    ]);

    const row = (id: string) => rows.find((r) => r[0] === id)?.slice(0, 9);
    // Agent II inherits communication 1 from Agent I: the cell shows it, as the level page does.
    expect(row('communication')).toEqual([
      'communication',
      'Communication',
      '沟通',
      'service',
      '1.5',
      '1',
      '1',
      '3',
      '2',
    ]);
    expect(row('coaching')).toEqual(['coaching', 'Coaching', '', 'people', '1', '', '', '', '2']);
    expect(row('level:title@zh-cn')?.slice(5)).toEqual(['一级客服', '二级客服', '', '']);
    // Details one per line of a cell, metrics with their target.
    expect(row('promotion:metrics')?.slice(5)).toEqual(['csat 85\naht 420', '', '', '']);
    expect(row('level:responsibilities@zh-cn')?.slice(5)).toEqual([
      '回答常规问题。\n记录每次接触。',
      '处理投诉。',
      '',
      '',
    ]);
  });

  it('can use semicolons, for spreadsheets set to a decimal comma', () => {
    const semicolon = exportMatrix(base, { delimiter: ';' });
    expect(Papa.parse<string[]>(semicolon.slice(1), { delimiter: ';', skipEmptyLines: true }).data).toEqual(
      rowsOf(csv),
    );
  });
});

describe('the template', () => {
  it('imports into an empty folder with the handbook settings, without problems', async () => {
    const dir = join(tempFolder(), 'content');
    const text = readFileSync(join(ROOT, 'scripts/templates/competency-matrix.csv'), 'utf8');
    const outcome = await importIntoFolder(text, dir, { settingsFile: join(SERVICE, 'framework.yaml') });
    expect(outcome.problems.map(formatProblem)).toEqual([]);
    const { en, 'zh-cn': zh } = await frameworksOf(dir);
    expect(en?.tracks.map((t) => [t.id, t.kind, t.levels])).toEqual([
      ['customer-service', 'individual', ['cs-junior', 'cs-senior']],
      // Written only under the track's first level, as merged cells are saved.
      ['team-leadership', 'management', ['team-lead']],
    ]);
    expect(zh?.levels.find((l) => l.id === 'team-lead')?.title).toBe('组长');
    expect(en?.levels.find((l) => l.id === 'team-lead')?.expectations.map((e) => [e.competency, e.step])).toEqual([
      ['communication', 3],
      ['complaint-handling', 3],
      ['leading-teams', 2],
    ]);
    const senior = zh?.levels.find((l) => l.id === 'cs-senior');
    expect(senior?.responsibilities).toEqual(['承接升级案件。', '带教新人。']);
    expect(senior?.criteria.map((c) => [c.competency, c.text])).toEqual([
      ['communication', '解释无法满足的请求时，能让客户接受。'],
    ]);
    expect(en?.levels.find((l) => l.id === 'cs-junior')?.promotion?.minMonths).toBe(12);
  });
});

describe('the same spreadsheet saved in another way imports the same', async () => {
  const plainFiles = (
    await importIntoFolder(sheet('valid.csv'), join(tempFolder(), 'content'), {
      settingsFile: BASE_SETTINGS,
      dryRun: true,
    })
  ).files;

  it('reads a step written as its label, in either language and any case, as that step', async () => {
    let csv = sheet('valid.csv');
    for (const [id, level, label] of [
      ['listening', 'desk-1', 'basic'],
      ['listening', 'desk-2', '扎实'],
      ['coaching', 'coach-1', 'STRONG'],
    ] as const) {
      csv = withCell(csv, id, level, label);
    }
    const outcome = await importIntoFolder(csv, join(tempFolder(), 'content'), { settingsFile: BASE_SETTINGS });
    expect(outcome.problems.map(formatProblem)).toEqual([]);
    expect(outcome.files.map((f) => f.text)).toEqual(plainFiles.map((f) => f.text));
  });

  it('valid.csv imports as intended', () => {
    const text = (path: string) => plainFiles.find((f) => f.path === path)?.text;
    expect(plainFiles).toHaveLength(15);
    expect(text('levels/desk-2.md')).toBe(
      '---\ntitle: Desk agent II\nsummary: Solves most problems alone.\ntrack: desk\nrank: 2\ngrade: g2\nexpectations:\n  listening: 2\n  coaching: 1\n---\n',
    );
    expect(text('competencies/coaching.md')).toContain('\nweight: 1.5\nindicators:\n  1:\n    - Shares tips.\n  3:\n');
    expect(text('translations/zh-cn/competencies/listening.md')).toContain(
      '  2:\n    - 追问细节。\n    - 回答前先总结。\n',
    );
    expect(text('tracks/coaching.md')).toBe(
      '---\ntitle: Coaching\nsummary: Helping agents grow.\nkind: specialist\norder: 2\n---\n',
    );
  });

  it.each([
    ['with a byte-order mark, semicolons and a decimal comma', 'valid-bom-semicolon.csv'],
    ["as Excel's Unicode text (UTF-16, tabs)", 'valid-utf16-tab.csv'],
  ])('%s', async (_how, name) => {
    const outcome = await importIntoFolder(sheet(name), join(tempFolder(), 'content'), {
      settingsFile: BASE_SETTINGS,
      dryRun: true,
    });
    expect(outcome.problems).toEqual([]);
    expect(outcome.files).toEqual(plainFiles);
  });

  it('refuses a file in another encoding instead of reading garbled text', () => {
    const decoded = decodeCsv(readFileSync(join(SHEETS, 'not-utf8.csv')));
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.problem.message).toBe(
      'the file is not saved as UTF-8, so its Chinese (and other non-English) text cannot be read',
    );
    expect(!decoded.ok && decoded.problem.fix).toContain('CSV UTF-8');
  });
});

describe('a malformed spreadsheet: every problem by row and column, and nothing written', () => {
  it.each<[string, Partial<MatrixProblem>[], string]>([
    [
      'bad-step.csv',
      [{ row: 14, column: 'desk-2', cell: 'G14', message: '`two` is not a step' }],
      'write the step `desk-2` expects as a whole number from 0 to 3 or its name (None, Basic, Solid, Strong), or leave the cell empty if it expects nothing',
    ],
    [
      'step-off-scale.csv',
      [{ row: 15, column: 'coach-1', cell: 'H15', message: 'step 4 is not on the proficiency scale (0, 1, 2, 3)' }],
      'use a step from 0 to 3',
    ],
    [
      'duplicate-competency.csv',
      [{ row: 16, column: 'id', cell: 'A16', message: 'the competency `listening` is already in row 14' }],
      'keep one row per competency',
    ],
    [
      'missing-id.csv',
      [{ row: 16, column: 'id', cell: 'A16', message: 'this row has values but no id' }],
      'write the competency id',
    ],
    [
      'invalid-id.csv',
      [
        {
          row: 15,
          column: 'id',
          cell: 'A15',
          message: '`Coaching Skills` is not a valid competency id: ids are lowercase words joined by hyphens',
        },
      ],
      'write `coaching-skills`',
    ],
    [
      'too-few-cells.csv',
      [
        {
          row: 14,
          message:
            'this row has 15 cells but the header (row 1) has 16 columns, so its values may not be under the right headers',
        },
      ],
      'a comma is missing or extra',
    ],
    [
      'unquoted-comma.csv',
      [
        {
          row: 15,
          message:
            'this row has 17 cells but the header (row 1) has 16 columns, so its values may not be under the right headers',
        },
      ],
      'a cell containing one is not in quotes',
    ],
    [
      'unclosed-quote.csv',
      [
        {
          row: 14,
          message:
            'a quote (") is in the wrong place, so the cells after it run together and the rest of the file cannot be read',
        },
      ],
      'a cell that starts with a quote must end with one',
    ],
    [
      'unknown-level-column.csv',
      [
        {
          row: 1,
          column: 'desk-3',
          cell: 'Q1',
          message: '`desk-3` is not a level in the content, and the rows above give nothing to create it from',
        },
      ],
      'fill in its title, track, rank and grade',
    ],
    [
      'misspelt-column.csv',
      [
        {
          row: 1,
          column: 'weigth',
          cell: 'E1',
          message: '`weigth` is not a level in the content, and the rows above give nothing to create it from',
        },
        // The column is read as a level, so its cells must be steps: the second problem points there too.
        { row: 15, column: 'weigth', cell: 'E15', message: '`1.5` is not a step' },
      ],
      'did you mean the column `weight`?',
    ],
    [
      'unknown-language.csv',
      [
        {
          row: 1,
          column: 'title@fr',
          cell: 'C1',
          message: "`title@fr`: `fr` is not one of the handbook's languages (en, zh-cn)",
        },
      ],
      'use `title@zh-cn`',
    ],
    [
      'duplicate-column.csv',
      [{ row: 1, column: 'desk-2', cell: 'H1', message: 'the column `desk-2` appears twice (also column G)' }],
      'keep one of the two columns',
    ],
    [
      'no-id-column.csv',
      [
        {
          row: 1,
          column: 'competency',
          cell: 'A1',
          message: "the first column is called `competency`, but it must be `id`: it holds each row's id",
        },
      ],
      'write `id` in cell A1',
    ],
    [
      'unnamed-column.csv',
      [{ row: 1, column: 'Q', cell: 'Q1', message: 'column Q has no header but has values (row 14)' }],
      'or delete the column',
    ],
    [
      'bad-indicators-column.csv',
      [
        {
          row: 1,
          column: 'indicators 5',
          cell: 'Q1',
          message: '`indicators 5`: `5` is not a step of the proficiency scale (0, 1, 2, 3)',
        },
      ],
      'name the column after a step, e.g. `indicators 3`',
    ],
    [
      'unknown-row.csv',
      [{ row: 5, column: 'id', cell: 'A5', message: '`level:sumary@zh-cn` is not a row this import knows' }],
      'did you mean `level:summary@zh-cn`?',
    ],
    [
      'bad-rank.csv',
      [{ row: 7, column: 'desk-2', cell: 'G7', message: '`second` is not a rank' }],
      'write a whole number from 1 up',
    ],
    [
      'unknown-grade.csv',
      [{ row: 8, column: 'coach-1', cell: 'H8', message: 'unknown grade `g9`' }],
      'use one of `g1`, `g2`, `g3`, or add it to the grades in framework.yaml',
    ],
    [
      'bad-track-kind.csv',
      [{ row: 12, column: 'desk-1', cell: 'F12', message: '`individal` is not a kind of track' }],
      'did you mean `individual`?',
    ],
    [
      'unknown-area.csv',
      [{ row: 14, column: 'area', cell: 'D14', message: 'unknown area `servce`' }],
      'did you mean `service`?',
    ],
    [
      'bad-weight.csv',
      [{ row: 15, column: 'weight', cell: 'E15', message: '`heavy` is not a weight' }],
      'write a number above 0',
    ],
    [
      'missing-track-kind.csv',
      [
        {
          row: 12,
          column: 'desk-1',
          cell: 'F12',
          message: 'the track `desk` is new, so it needs a kind (individual, management or specialist)',
        },
      ],
      'write it in row 12 (`track:kind`)',
    ],
    [
      'missing-competency-area.csv',
      [{ row: 15, column: 'area', cell: 'D15', message: '`coaching` is a new competency, so it needs an area' }],
      'fill in the `area` cell',
    ],
    [
      'track-conflict.csv',
      [
        {
          row: 9,
          column: 'desk-2',
          cell: 'G9',
          message: 'the track `desk` is given two different titles: `Front desk` (cell F9) and `Desk`',
        },
      ],
      'a track has one title',
    ],
    [
      'duplicate-rank.csv',
      [
        {
          row: 7,
          column: 'desk-2',
          cell: 'G7',
          message: 'rank 1 on the track `desk` is given to both `desk-1` and `desk-2`',
        },
      ],
      'give each level of a track its own rank',
    ],
    [
      'inherited-gap.csv',
      [
        {
          row: 14,
          column: 'desk-2',
          cell: 'G14',
          message:
            'this cell is empty, but `desk-1`, the level below on `desk`, expects step 1 of `listening`, and a level keeps what the level below it expects',
        },
      ],
      'write the step `desk-2` expects (normally 1 or more)',
    ],
    [
      'translation-lines.csv',
      [{ row: 14, column: 'indicators 2@zh-cn', cell: 'N14', message: '1 line here, but `indicators 2` has 2' }],
      'write one zh-cn line for each English line, in the same order',
    ],
    [
      'translation-without-english.csv',
      [
        {
          row: 15,
          column: 'indicators 2@zh-cn',
          cell: 'N15',
          message: 'there are zh-cn indicators for step 2 but no English ones',
        },
      ],
      'write the English indicators in `indicators 2` first',
    ],
    [
      'formula-cell.csv',
      [
        {
          row: 14,
          column: 'summary',
          cell: 'I14',
          message:
            '`=HYPERLINK("http://example.com…` starts with `=`, so a spreadsheet opening the file runs it as a formula',
        },
      ],
      'write the text without the leading `=`',
    ],
    [
      'at-sign-cell.csv',
      [
        {
          row: 15,
          column: 'indicators 1',
          cell: 'K15',
          message: '`@Shares tips.` starts with `@`, so a spreadsheet opening the file runs it as a formula',
        },
      ],
      'write the text without the leading `@`',
    ],
    [
      'plus-cell.csv',
      [
        {
          row: 4,
          column: 'desk-1',
          cell: 'F4',
          message:
            '`+Answers routine questions.` starts with `+`, so a spreadsheet opening the file runs it as a formula',
        },
      ],
      'write the text without the leading `+`',
    ],
    [
      'excel-error.csv',
      [
        {
          row: 15,
          column: 'desk-2',
          cell: 'G15',
          message: "the cell holds Excel's error `#N/A`: a formula failed here, and the text it stood for is lost",
        },
        {
          row: 15,
          column: 'summary',
          cell: 'I15',
          message: "the cell holds Excel's error `#NAME?`: a formula failed here, and the text it stood for is lost",
        },
      ],
      'type the text (or number) itself into the cell, not a formula',
    ],
    [
      'many-problems.csv',
      [
        { row: 7, column: 'desk-2', cell: 'G7', message: '`second` is not a rank' },
        { row: 14, column: 'area', cell: 'D14', message: 'unknown area `servce`' },
        { row: 14, column: 'desk-2', cell: 'G14', message: '`two` is not a step' },
        { row: 16, column: 'id', cell: 'A16', message: 'the competency `coaching` is already in row 15' },
      ],
      'write a whole number from 1 up',
    ],
    [
      'bad-kpi-band.csv',
      [{ row: 14, column: 'desk-1', cell: 'F14', message: '`csat above 80` is not a metric with a band' }],
      '`qa-score ≥ 85` (at least)',
    ],
    [
      'unknown-kpi-metric.csv',
      [{ row: 14, column: 'desk-2', cell: 'G14', message: '`cast ≥ 80`: unknown metric `cast`' }],
      'did you mean `csat`?',
    ],
    [
      'kpi-band-reversed.csv',
      [{ row: 14, column: 'desk-1', cell: 'F14', message: '`aht 600–300`: the lowest value is above the highest' }],
      'write `aht 300–600`',
    ],
    [
      'bad-promotion-target.csv',
      [{ row: 14, column: 'desk-1', cell: 'F14', message: '`csat high`: the target is not a number' }],
      'e.g. `qa-score 90`',
    ],
    [
      'bad-promotion-months.csv',
      [{ row: 14, column: 'desk-1', cell: 'F14', message: '`six` is not a number of months or weeks' }],
      'write a whole number',
    ],
    [
      'unknown-assessment.csv',
      [{ row: 14, column: 'desk-1', cell: 'F14', message: 'unknown assessment `oral-exam`' }],
      'did you mean `written-exam`?',
    ],
    [
      'unknown-promotion-row.csv',
      [{ row: 14, column: 'id', cell: 'A14', message: '`promotion:minMonth` is not a row this import knows' }],
      'did you mean `promotion:minMonths`?',
    ],
    [
      'untranslatable-row.csv',
      [
        {
          row: 14,
          column: 'id',
          cell: 'A14',
          message: '`promotion:minMonths@zh-cn`: `promotion:minMonths` is not text, so it has no translation',
        },
      ],
      'delete the row',
    ],
    [
      'misspelt-detail-row.csv',
      [{ row: 14, column: 'id', cell: 'A14', message: '`level:bnad` is not a row this import knows' }],
      'did you mean `level:band`?',
    ],
    [
      'examples-without-criterion.csv',
      [
        {
          row: 14,
          column: 'desk-2',
          cell: 'G14',
          message: 'there are examples for `listening` but no criterion for this level',
        },
      ],
      'write the criterion in the `listening:criterion` row',
    ],
    [
      'criterion-unknown-competency.csv',
      [
        {
          row: 14,
          column: 'id',
          cell: 'A14',
          message: '`listenin` is not a competency in the spreadsheet or the content',
        },
      ],
      'did you mean `listening`?',
    ],
    [
      'detail-translation-lines.csv',
      [
        {
          row: 15,
          column: 'desk-1',
          cell: 'F15',
          message: '1 line here, but the English responsibilities of `desk-1` have 2',
        },
      ],
      'write one zh-cn line for each English line',
    ],
  ])('%s', async (name, expected, fix) => {
    const dir = join(tempFolder(), 'content');
    const outcome = await importIntoFolder(sheet(name), dir, { settingsFile: BASE_SETTINGS });
    expect(outcome.problems.map(where)).toEqual(
      expected.map((p) => ({ row: p.row, column: p.column, cell: p.cell, message: p.message })),
    );
    expect(outcome.problems.map((p) => p.fix).join('\n')).toContain(fix);
    expect(outcome.files).toEqual([]);
    expect(existsSync(dir)).toBe(false);
  });

  it('warns of Chinese text in the English column, naming the cell, and imports', async () => {
    const dir = join(tempFolder(), 'content');
    const outcome = await importIntoFolder(sheet('chinese-in-english-column.csv'), dir, {
      settingsFile: BASE_SETTINGS,
    });
    expect(outcome.problems).toEqual([]);
    expect(outcome.result.warnings.map(formatProblem)).toEqual([
      'row 14, column title (cell B14): Chinese text in `title`, which holds the English text\n    fix: move it to `title@zh-cn` and write the English text here',
    ]);
    expect(outcome.files.length).toBeGreaterThan(0);
  });

  it('says where and how to fix it, in one line and a fix', async () => {
    const outcome = await importIntoFolder(sheet('bad-step.csv'), join(tempFolder(), 'content'), {
      settingsFile: BASE_SETTINGS,
    });
    expect(outcome.problems.map(formatProblem)).toEqual([
      'row 14, column desk-2 (cell G14): `two` is not a step\n    fix: write the step `desk-2` expects as a whole number from 0 to 3 or its name (None, Basic, Solid, Strong), or leave the cell empty if it expects nothing',
    ]);
  });
});

describe('level details and criteria in a spreadsheet', () => {
  it('valid-details.csv writes bands, time, responsibilities, KPI bands, promotion, probation, criteria and knowledge', async () => {
    const dir = join(tempFolder(), 'content');
    const outcome = await importIntoFolder(sheet('valid-details.csv'), dir, { settingsFile: BASE_SETTINGS });
    expect(outcome.problems.map(formatProblem)).toEqual([]);
    const read = (path: string) => readFileSync(join(dir, path), 'utf8');
    const data = (path: string) => parse(splitFrontmatter(read(path))?.yaml ?? '') as Record<string, unknown>;
    expect(data('levels/desk-1.md')).toMatchObject({
      band: 'Level 1',
      typicalMonths: 6,
      responsibilities: ['Answer routine questions.', 'Log every contact.'],
      // `>=` and `300 to 600` read as the band they mean.
      kpis: [
        { metric: 'csat', min: 80 },
        { metric: 'aht', min: 300, max: 600 },
      ],
      promotion: {
        minMonths: 6,
        metrics: [{ metric: 'csat', target: 85 }],
        assessments: ['written-exam'],
        conditions: ['No open warnings.'],
      },
      probation: { weeks: 12, metrics: [{ metric: 'csat', target: 75 }] },
    });
    expect(data('levels/desk-2.md')['criteria']).toEqual({
      listening: {
        text: 'Hears what an upset customer needs before offering a fix.',
        examples: ['Lets the customer finish before answering.', "Names the need back in the customer's words."],
      },
    });
    expect(data('translations/zh-cn/levels/desk-2.md')).toEqual({
      title: '前台 1B',
      band: '一级',
      responsibilities: ['处理投诉。'],
      criteria: {
        listening: {
          text: '先听懂情绪激动的客户需要什么，再给出办法。',
          examples: ['等客户说完再回答。', '用客户自己的话复述需求。'],
        },
      },
    });
    expect(data('translations/zh-cn/levels/desk-1.md')['promotion']).toEqual({ conditions: ['没有未结的警告。'] });
    expect(data('competencies/listening.md')['knowledge']).toHaveLength(2);
    // `indicators Basic`: a column may name its step by the scale's label.
    expect(data('competencies/listening.md')['indicators']).toEqual({
      1: ['Repeats the request back.'],
      2: ['Asks follow-up questions.'],
    });
    // A summary is optional for a new level, a new track and a new competency.
    expect(data('levels/desk-1.md')).not.toHaveProperty('summary');
    const built = await frameworksOf(dir);
    expect(built.en?.levels.find((l) => l.id === 'desk-2')?.criteria[0]?.setBy).toBe('desk-2');
  });

  it('a new level without a summary imports, and its page shows the title alone', async () => {
    const dir = join(tempFolder(), 'content');
    const outcome = await importIntoFolder(sheet('new-level-without-summary.csv'), dir, {
      settingsFile: BASE_SETTINGS,
    });
    expect(outcome.problems.map(formatProblem)).toEqual([]);
    expect(parse(splitFrontmatter(readFileSync(join(dir, 'levels/desk-2.md'), 'utf8'))?.yaml ?? '')).not.toHaveProperty(
      'summary',
    );
  });

  it('in a handbook with trainings, an unknown training a promotion requires stops the import at its cell', async () => {
    const dir = copyOf(BASE);
    const before = snapshot(dir);
    const csv = withCell(exportMatrix(await frameworksOf(dir)), 'promotion:trainings', 'agent-2', 'complaint-workshop');
    const outcome = await importIntoFolder(csv, dir, { update: true });
    expect(outcome.problems.map(formatProblem)).toEqual([
      'row 19, column agent-2 (cell G19): unknown training `complaint-workshop`: trainings are not part of the spreadsheet, so it must be in the content already\n    fix: did you mean `complaints-workshop`?',
    ]);
    expect(snapshot(dir)).toEqual(before);
  });

  it('with --update changes a KPI band and drops a translation the English outgrew, keeping the rest', async () => {
    const dir = copyOf(BASE);
    const csv = exportMatrix(await frameworksOf(dir));
    const changed = withCell(
      withCell(
        withCell(csv, 'level:responsibilities', 'agent-2', 'Handle complaints.\nCoach new agents.'),
        'level:responsibilities@zh-cn',
        'agent-2',
        '',
      ),
      'promotion:metrics',
      'agent-1',
      'csat 88\naht 420',
    );
    const levelBefore = readFileSync(join(dir, 'levels/agent-1.md'), 'utf8');
    const outcome = await importIntoFolder(changed, dir, { update: true });
    expect(outcome.problems.map(formatProblem)).toEqual([]);
    expect(outcome.result.notes).toContain(
      'The zh-cn responsibilities of `agent-2` were removed because the English ones changed; translate them again.',
    );
    const levelAfter = readFileSync(join(dir, 'levels/agent-1.md'), 'utf8');
    expect(parse(splitFrontmatter(levelAfter)?.yaml ?? '')).toEqual({
      ...(parse(splitFrontmatter(levelBefore)?.yaml ?? '') as Record<string, unknown>),
      promotion: {
        ...(parse(splitFrontmatter(levelBefore)?.yaml ?? '') as { promotion: object }).promotion,
        metrics: [
          { metric: 'csat', target: 88 },
          { metric: 'aht', target: 420 },
        ],
      },
    });
    // The body below the frontmatter is untouched.
    expect(levelAfter.slice(levelAfter.lastIndexOf('---'))).toBe(levelBefore.slice(levelBefore.lastIndexOf('---')));
    const zh = parse(
      splitFrontmatter(readFileSync(join(dir, 'translations/zh-cn/levels/agent-2.md'), 'utf8'))?.yaml ?? '',
    );
    expect(zh).not.toHaveProperty('responsibilities');
    expect((await frameworksOf(dir)).en?.levels.find((l) => l.id === 'agent-2')?.responsibilities).toEqual([
      'Handle complaints.',
      'Coach new agents.',
    ]);
  });
});

describe('the standards fixture in a spreadsheet', async () => {
  const standards = await frameworksOf(STANDARDS);
  const exported = exportMatrix(standards);

  it('carries code and order in columns after weight; a framework without them has neither', async () => {
    expect(rowsOf(exported)[0]?.slice(0, 8)).toEqual([
      'id',
      'title',
      'title@zh-cn',
      'area',
      'weight',
      'code',
      'order',
      'practitioner',
    ]);
    const row = rowsOf(exported).find((r) => r[0] === 'data-protection');
    expect(row?.slice(5, 7)).toEqual(['K2', '2']);
    expect(rowsOf(exportMatrix(await frameworksOf(BASE)))[0]).not.toContain('code');
  });

  it('imported over itself with --update changes nothing', async () => {
    const dir = copyOf(STANDARDS);
    const before = snapshot(dir);
    const outcome = await importIntoFolder(exported, dir, { update: true });
    expect(outcome.problems).toEqual([]);
    expect(outcome.files).toEqual([]);
    expect(snapshot(dir)).toEqual(before);
  });

  it.each([
    ['K-1', '`K-1` is not a competency code'],
    ['1.5', '`1.5` is not a position'],
  ])('reports a bad cell (%s) where the spreadsheet shows it', async (value, message) => {
    const column = value === 'K-1' ? 'code' : 'order';
    const outcome = await importIntoFolder(withCell(exported, 'data-protection', column, value), copyOf(STANDARDS), {
      update: true,
    });
    expect(outcome.problems.map((p) => p.message)).toEqual([message]);
  });
});

describe('import into a folder that already has content', async () => {
  const base = await frameworksOf(BASE);
  const exported = exportMatrix(base);

  it('changes nothing when the spreadsheet says what the content says', async () => {
    const dir = copyOf(BASE);
    const before = snapshot(dir);
    for (const update of [false, true]) {
      const outcome = await importIntoFolder(exported, dir, { update });
      expect(outcome.problems).toEqual([]);
      expect(outcome.files).toEqual([]);
    }
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses to change existing entries without --update, and writes nothing', async () => {
    const dir = copyOf(BASE);
    const before = snapshot(dir);
    const outcome = await importIntoFolder(sheet('update-steps.csv'), dir);
    expect(outcome.problems).toEqual([
      {
        message:
          'the spreadsheet would change 1 existing file (levels/agent-2.md), and an import only adds new entries unless asked to update',
        fix: "to apply the spreadsheet's values to the existing entries, run the import again with --update (everything the spreadsheet does not show stays as it is); otherwise remove those rows and columns from the spreadsheet",
      },
    ]);
    expect(snapshot(dir)).toEqual(before);
  });

  it('with --update changes only the expectation that differs, keeping the rest of the file', async () => {
    const dir = copyOf(BASE);
    const before = snapshot(dir);
    const outcome = await importIntoFolder(sheet('update-steps.csv'), dir, { update: true });
    expect(outcome.problems).toEqual([]);
    expect(outcome.files.map((f) => [f.path, f.change])).toEqual([['levels/agent-2.md', 'update']]);
    expect(outcome.result.notes).toEqual([
      'Not in the spreadsheet, left as they are: levels `lead-1`.',
      'Not in the spreadsheet, left as they are: competencies `coaching`.',
    ]);
    const after = snapshot(dir);
    expect(after['levels/agent-2.md']).toBe(
      before['levels/agent-2.md']?.replace('  complaint-handling: 2\n', '  complaint-handling: 3\n'),
    );
    expect({ ...after, 'levels/agent-2.md': '' }).toEqual({ ...before, 'levels/agent-2.md': '' });
    const { en } = await frameworksOf(dir);
    expect(en?.levels.find((l) => l.id === 'agent-2')?.expectations).toEqual([
      { competency: 'communication', step: 1, setBy: 'agent-1' },
      { competency: 'complaint-handling', step: 3, setBy: 'agent-2' },
    ]);
  });

  it('points at a misspelt level column', async () => {
    const outcome = await importIntoFolder(sheet('update-misspelt-level.csv'), copyOf(BASE), { update: true });
    expect(outcome.problems).toEqual([
      {
        row: 1,
        column: 'agnet-2',
        cell: 'C1',
        message: '`agnet-2` is not a level in the content, and the rows above give nothing to create it from',
        fix: 'did you mean the level `agent-2`? Rename the column; to add a new level instead, fill in its `level:` rows',
      },
    ]);
  });

  it('with --update applies titles and indicators, and drops a translation whose English changed', async () => {
    const dir = copyOf(BASE);
    const before = snapshot(dir);
    let csv = withCell(exported, 'communication', 'title', 'Communication skills');
    csv = withCell(csv, 'level:title@zh-cn', 'agent-2', '客服二级');
    csv = withCell(csv, 'communication', 'indicators 2', 'Explains options plainly.\nChecks the customer understood.');
    csv = withCell(csv, 'communication', 'indicators 2@zh-cn', '');
    csv = withCell(csv, 'coaching', 'agent-3', '1');

    const outcome = await importIntoFolder(csv, dir, { update: true });

    expect(outcome.problems).toEqual([]);
    expect(outcome.files.map((f) => f.path).sort()).toEqual([
      'competencies/communication.md',
      'levels/agent-3.md',
      'translations/zh-cn/competencies/communication.md',
      'translations/zh-cn/levels/agent-2.md',
    ]);
    expect(outcome.result.notes).toContain(
      'The zh-cn indicators of step 2 of `communication` were removed because the English ones changed; translate them again.',
    );
    const after = snapshot(dir);
    const communication = before['competencies/communication.md'] ?? '';
    expect(after['competencies/communication.md']).toBe(
      communication
        .replace('title: Communication\n', 'title: Communication skills\n')
        .replace(
          'indicators:\n  1: [Greets and confirms the need.]\n  2: [Explains options plainly.]\n  3: [Handles tense conversations calmly.]\n',
          'indicators:\n  1:\n    - Greets and confirms the need.\n  2:\n    - Explains options plainly.\n    - Checks the customer understood.\n  3:\n    - Handles tense conversations calmly.\n',
        ),
    );
    expect(after['levels/agent-3.md']).toBe(
      before['levels/agent-3.md']?.replace('  complaint-handling: 3\n', '  complaint-handling: 3\n  coaching: 1\n'),
    );
    const { en, 'zh-cn': zh } = await frameworksOf(dir);
    expect(zh?.levels.find((l) => l.id === 'agent-2')?.title).toBe('客服二级');
    expect(zh?.competencies.find((c) => c.id === 'communication')?.missing).toEqual(['indicators.2']);
    expect(en?.competencies.find((c) => c.id === 'communication')?.title).toBe('Communication skills');
  });
});

describe('the command line', () => {
  const run = (command: string, ...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'src/cli/trackbook.js'), command, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
    });

  it('npm run import lists every problem with its row and writes nothing', () => {
    const dir = join(tempFolder(), 'content');
    const result = run('import', join(SHEETS, 'many-problems.csv'), '--content', dir, '--settings', BASE_SETTINGS);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('✖ 4 problems in');
    expect(result.stderr).toContain('row 7, column desk-2 (cell G7): `second` is not a rank\n    fix: ');
    expect(result.stderr).toContain('row 16, column id (cell A16): the competency `coaching` is already in row 15');
    expect(result.stderr).toContain('Nothing was written.');
    expect(existsSync(dir)).toBe(false);
  });

  it('npm run import writes the files and says what it wrote', () => {
    const dir = join(tempFolder(), 'content');
    const result = run('import', join(SHEETS, 'valid.csv'), '--content', dir, '--settings', BASE_SETTINGS);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Wrote 2 competencies, 3 levels, 2 tracks to .*content\/ \(new\)\./);
    expect(result.stdout).toContain('Wrote 7 translation files as well.');
    expect(result.stdout).toContain('✔ content is valid.');
    expect(existsSync(join(dir, 'levels/desk-2.md'))).toBe(true);
  });

  it('npm run import needs settings for an empty folder', () => {
    const dir = join(tempFolder(), 'content');
    const result = run('import', join(SHEETS, 'valid.csv'), '--content', dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('add --settings content/framework.yaml');
  });

  it('npm run export writes the file once and will not overwrite it without --force', () => {
    const out = join(tempFolder(), 'matrix.csv');
    const first = run('export', '--content', BASE, '--out', out);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('3 competencies × 4 levels on 2 tracks');
    const written = readFileSync(out, 'utf8');
    expect(written.startsWith('\uFEFFid,title,title@zh-cn,')).toBe(true);

    writeFileSync(out, 'edited by hand');
    const second = run('export', '--content', BASE, '--out', out);
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('Not overwriting');
    expect(readFileSync(out, 'utf8')).toBe('edited by hand');

    expect(run('export', '--content', BASE, '--out', out, '--force').status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(written);
    expect(run('export', '--content', BASE, '--out', '-').stdout).toBe(written);
  });
});
