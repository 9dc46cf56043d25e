/** `npm run new`: each kind of entry is created valid, in both locales, with every field explained. */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Framework } from '../../src/framework/model.ts';
import { checkContent } from '../../src/node/check-content.ts';
import { scaffold } from '../../src/node/scaffold.ts';
import { BASE, copyToTemp } from '../helpers/content.ts';

const dir = copyToTemp(BASE, 'trackbook-new-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const en = (await checkContent(BASE)).frameworks?.en as Framework;
const run = (...args: string[]) =>
  execFileSync(process.execPath, ['src/cli/trackbook.js', 'new', '--content', dir, ...args], { encoding: 'utf8' });

describe.each([
  ['track', 'field-operations', []],
  ['level', 'agent-4', ['--track', 'agents']],
  ['competency', 'data-literacy', []],
  ['training', 'refund-rules', []],
] as const)('npm run new -- %s %s', (kind, id, extra) => {
  it('writes the entry and its translation, and the content stays free of errors', async () => {
    const output = run(kind, id, ...extra);
    const collection = { track: 'tracks', level: 'levels', competency: 'competencies', training: 'trainings' }[kind];
    expect(output).toContain(`created ${join(dir, `${collection}/${id}.md`)}`);
    expect(output).toContain(`translations/zh-cn/${collection}/${id}.md`);
    const result = await checkContent(dir);
    expect(result.errorCount, result.diagnostics.map((d) => d.message).join('\n')).toBe(0);
  });

  it('explains every field in a comment above it', () => {
    const collection = { track: 'tracks', level: 'levels', competency: 'competencies', training: 'trainings' }[kind];
    const text = readFileSync(join(dir, collection, `${id}.md`), 'utf8');
    const front = text.split('---')[1]?.split('\n') ?? [];
    const fields = front.map((line, i) => [line, i] as const).filter(([line]) => /^[a-zA-Z]+:/.test(line));
    expect(fields.length).toBeGreaterThan(3);
    for (const [line, i] of fields) expect(front[i - 1]?.startsWith('#'), line).toBe(true);
  });
});

it('puts a new level on top of its track, on the grade below it', () => {
  const result = scaffold(en, 'level', 'agent-4', { track: 'agents' });
  expect(result.ok && result.files[0]?.text).toMatch(/\nrank: 4\n[\s\S]*\ngrade: g3\n/);
  expect(result.ok && result.next[0]).toContain('`agent-3`');
});

it.each([
  ['level', 'Agent 4', {}, 'not a valid id'],
  ['level', 'agent-9', {}, 'a level needs its track: add --track <id>, one of `agents`, `leads`'],
  ['level', 'agent-9', { track: 'agent' }, 'there is no track `agent`: did you mean `agents`?'],
  ['level', 'agent-9', { track: 'Leads' }, 'there is no track `Leads`: did you mean `leads`?'],
  ['level', 'agent-9', { track: 'warehouse' }, 'there is no track `warehouse`: use one of `agents`, `leads`'],
  ['training', 'basics', {}, 'content/trainings/basics already exists'],
] as const)('refuses %s %s with a clear reason', (kind, id, options, problem) => {
  const result = scaffold(en, kind, id, options);
  expect(result.ok).toBe(false);
  expect(!result.ok && result.problem).toContain(problem);
});

it('puts a level on a draft track just scaffolded, and a second one above the first', async () => {
  const draft = copyToTemp(BASE, 'trackbook-new-draft-');
  try {
    const inDraft = (...args: string[]) =>
      execFileSync(process.execPath, ['src/cli/trackbook.js', 'new', '--content', draft, ...args], {
        encoding: 'utf8',
      });
    inDraft('track', 'field-operations');
    expect(inDraft('level', 'field-1', '--track', 'field-operations')).toContain('levels/field-1.md');
    inDraft('level', 'field-2', '--track', 'field-operations');
    expect(readFileSync(join(draft, 'levels/field-1.md'), 'utf8')).toMatch(
      /\ntrack: field-operations\n[\s\S]*?\nrank: 1\n/,
    );
    expect(readFileSync(join(draft, 'levels/field-2.md'), 'utf8')).toMatch(/\nrank: 2\n/);
    const result = await checkContent(draft);
    expect(result.errorCount, result.diagnostics.map((d) => d.message).join('\n')).toBe(0);
  } finally {
    rmSync(draft, { recursive: true, force: true });
  }
});

it.each([
  [['levle', 'x'], '`levle` is not something npm run new makes: did you mean `level`?'],
  [
    ['level', 'x', '--trak', 'agents'],
    "Unknown option '--trak'; the options are --track <track id> and --content <folder>",
  ],
])('npm run new -- %j says what is wrong in one line, with no stack trace', (args, message) => {
  let stderr = '';
  let status = 0;
  try {
    run(...args);
  } catch (error) {
    const failed = error as { stderr: string; status: number };
    stderr = failed.stderr;
    status = failed.status;
  }
  expect(status).toBe(2);
  expect(stderr.split('\n')[0]).toBe(message);
  expect(stderr).not.toContain('    at ');
});

it.each(['check', 'export', 'new'])(
  'trackbook %s without a content folder says so in one line, with no stack trace',
  (command) => {
    const missing = join(tmpdir(), 'trackbook-no-such-folder', 'content');
    const args = command === 'new' ? ['new', 'track', 'x'] : [command];
    const out = spawnSync(process.execPath, ['src/cli/trackbook.js', ...args, '--content', missing], {
      encoding: 'utf8',
    });
    expect(out.status).toBe(2);
    expect(out.stderr.trim()).toBe(
      `trackbook ${command}: there is no content folder at ${missing}: run the command in the handbook's folder, or give \`--content <folder>\``,
    );
  },
);

describe('npm run new with a broken file elsewhere', () => {
  const broken = copyToTemp(BASE, 'trackbook-new-broken-');
  afterAll(() => rmSync(broken, { recursive: true, force: true }));
  const file = join(broken, 'trainings/basics.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^hours: .*$/m, 'hours: one day'));
  const runIn = (...args: string[]) =>
    spawnSync(process.execPath, ['src/cli/trackbook.js', 'new', '--content', broken, ...args], { encoding: 'utf8' });

  it('creates the entry anyway, then names the other problem', () => {
    const result = runIn('competency', 'data-literacy');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`created ${join(broken, 'competencies/data-literacy.md')}`);
    expect(result.stdout).toContain('Note: the handbook has 1 other problem, not in the new entry:');
    expect(result.stdout).toContain('error trainings/basics.md:');
    expect(result.stdout).toContain('Run `npm run check` for the full report');
  });

  it('refuses when the broken file is the track the new level goes on', () => {
    const track = join(broken, 'tracks/agents.md');
    writeFileSync(track, readFileSync(track, 'utf8').replace(/^kind: .*$/m, 'kind: individul'));
    const result = runIn('level', 'agent-9', '--track', 'agents');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('The content has errors; fix them first');
    expect(result.stderr).toContain('tracks/agents.md');
  });
});
