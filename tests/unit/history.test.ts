/**
 * The content history: a repository is built in a temporary folder with a few commits to `content/`
 * (and one outside it), and the history must list them with the right details; a shallow clone and a
 * folder without git degrade to a clear status, never an exception.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changesForTarget } from '../../src/framework/changes.ts';
import { readContentHistory, type ContentHistory } from '../../src/node/history.ts';

const BASE = new URL('../fixtures/base/', import.meta.url).pathname;
const temp = mkdtempSync(join(tmpdir(), 'trackbook-history-'));
const repo = join(temp, 'repo');
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const IDENTITY = {
  GIT_AUTHOR_NAME: 'HR',
  GIT_AUTHOR_EMAIL: 'hr@example.com',
  GIT_COMMITTER_NAME: 'HR',
  GIT_COMMITTER_EMAIL: 'hr@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: temp,
};

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...IDENTITY } });
}

function commit(message: string, date: string): void {
  git(repo, 'add', '-A');
  execFileSync('git', ['commit', '-q', '-m', message], {
    cwd: repo,
    env: { ...process.env, ...IDENTITY, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
}

function edit(file: string, from: string, to: string): void {
  const path = join(repo, 'content', file);
  const text = readFileSync(path, 'utf8');
  expect(text, `${file} should contain ${from}`).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

let history: ContentHistory;

beforeAll(async () => {
  git(temp, 'init', '-q', '-b', 'main', repo);
  cpSync(BASE, join(repo, 'content'), { recursive: true });
  writeFileSync(join(repo, 'README.md'), 'The handbook.\n');
  commit('First version of the handbook', '2026-01-05T10:00:00Z');

  // Raise an expectation and a promotion target, add a promotion condition, drop a required training.
  edit('levels/agent-2.md', 'complaint-handling: 2', 'complaint-handling: 3');
  edit('levels/agent-1.md', '{ metric: csat, target: 85 }', '{ metric: csat, target: 88 }');
  edit(
    'levels/agent-1.md',
    '    - No open warnings.\n',
    '    - No open warnings.\n    - A recommendation from the team lead.\n',
  );
  edit(
    'translations/zh-cn/levels/agent-1.md',
    '    - 没有未结的警告。\n',
    '    - 没有未结的警告。\n    - 获得组长推荐。\n',
  );
  edit('levels/agent-2.md', '  minMonths: 12\n  trainings: [complaints-workshop]', '  minMonths: 12');
  commit('Raise complaint handling for Agent II', '2026-02-10T09:00:00Z');

  // Only outside content/: not a content change.
  writeFileSync(join(repo, 'README.md'), 'The handbook, edited.\n');
  commit('Edit the README', '2026-02-11T09:00:00Z');

  // A training made mandatory for a level (a level change through another file), and a new training.
  edit('trainings/complaints-workshop.md', 'hours:', 'mandatoryFor: [agent-2]\nhours:');
  writeFileSync(
    join(repo, 'content/trainings/listening-lab.md'),
    '---\ntitle: Listening lab\nsummary: Practice.\nformat: workshop\nphase: on-the-job\nhours: 2\ndevelops:\n  communication: 2\n---\n',
  );
  commit('Make the complaints workshop mandatory\n\nAsked for by the service manager.', '2026-03-01T08:30:00Z');

  // A translation only, then a removal.
  writeFileSync(
    join(repo, 'content/translations/zh-cn/levels/agent-1.md'),
    readFileSync(join(repo, 'content/translations/zh-cn/levels/agent-1.md'), 'utf8') + '\n补充说明。\n',
  );
  unlinkSync(join(repo, 'content/trainings/listening-lab.md'));
  commit('Translate Agent I; withdraw the listening lab', '2026-04-20T12:00:00Z');

  history = await readContentHistory(join(repo, 'content'));
});

describe('a repository with a few commits to content/', () => {
  it('lists every commit that changed content, newest first, and none that did not', () => {
    expect(history.status).toBe('complete');
    expect(history.reason).toBeNull();
    expect(history.commits.map((c) => [c.date.slice(0, 10), c.message])).toEqual([
      ['2026-04-20', 'Translate Agent I; withdraw the listening lab'],
      ['2026-03-01', 'Make the complaints workshop mandatory'],
      ['2026-02-10', 'Raise complaint handling for Agent II'],
      ['2026-01-05', 'First version of the handbook'],
    ]);
    expect(history.commits.at(-1)).toMatchObject({ first: true, entries: [], settings: false });
    expect(history.commits.at(-1)?.fileCount).toBe(19);
  });

  it('names what each commit changed, and for levels how', () => {
    const [withdraw, mandatory, raise] = history.commits;
    expect(raise?.entries.map((e) => [e.collection, e.id, e.kind])).toEqual([
      ['levels', 'agent-1', 'changed'],
      ['levels', 'agent-2', 'changed'],
    ]);
    expect(raise?.unreadable).toBe(false);
    expect(raise?.entries[1]?.details.en).toEqual([
      { kind: 'expectation', competency: 'complaint-handling', from: 2, to: 3 },
      { kind: 'promotion-training', training: 'complaints-workshop', added: false },
    ]);
    expect(raise?.entries[0]?.details.en).toEqual([
      { kind: 'promotion-metric', metric: 'csat', from: 85, to: 88 },
      { kind: 'promotion-condition', text: 'A recommendation from the team lead.', added: true },
    ]);
    // The Chinese framework sees the same structural change, and the condition in Chinese.
    expect(raise?.entries[1]?.details['zh-cn']).toEqual(raise?.entries[1]?.details.en);
    expect(raise?.entries[0]?.details['zh-cn']?.[1]).toEqual({
      kind: 'promotion-condition',
      text: '获得组长推荐。',
      added: true,
    });

    expect(mandatory?.entries.map((e) => [e.collection, e.id, e.kind])).toEqual([
      ['levels', 'agent-2', 'changed'],
      ['trainings', 'complaints-workshop', 'changed'],
      ['trainings', 'listening-lab', 'added'],
    ]);
    expect(mandatory?.entries[0]?.details.en).toEqual([
      { kind: 'mandatory', training: 'complaints-workshop', added: true },
    ]);

    expect(withdraw?.entries.map((e) => [e.collection, e.id, e.kind])).toEqual([
      ['levels', 'agent-1', 'changed'],
      ['trainings', 'listening-lab', 'removed'],
    ]);
    expect(withdraw?.entries[0]?.details).toEqual({});
    // A removed entry keeps its title for the changes page.
    expect(history.names.en?.['listening-lab']).toBe('Listening lab');
  });

  it('knows when each file last changed', () => {
    expect(history.lastUpdated['levels/agent-2.md']?.slice(0, 10)).toBe('2026-02-10');
    expect(history.lastUpdated['translations/zh-cn/levels/agent-1.md']?.slice(0, 10)).toBe('2026-04-20');
    expect(history.lastUpdated['levels/lead-1.md']?.slice(0, 10)).toBe('2026-01-05');
    expect(history.lastUpdated['trainings/listening-lab.md']).toBeUndefined();
  });

  it('keeps each framework version with the structure needed to explain it', () => {
    // Every commit here changed the structure (withdrawing a training does too), so four versions.
    const versions = history.versions.map((v) => v.date.slice(0, 10));
    expect(versions).toEqual(['2026-04-20', '2026-03-01', '2026-02-10', '2026-01-05']);
    expect(new Set(history.versions.map((v) => v.version)).size).toBe(4);
    const [now, , , first] = history.versions;
    expect(changesForTarget(first!.structure, now!.structure, 'agent-2', 'agent-1')).toEqual([
      { kind: 'expectation', competency: 'complaint-handling', from: 2, to: 3 },
      { kind: 'mandatory', training: 'complaints-workshop', added: true },
      { kind: 'promotion-metric', metric: 'csat', from: 85, to: 88 },
    ]);
    // Aiming at Agent II from elsewhere, the promotion criteria of Agent I do not apply.
    expect(changesForTarget(first!.structure, now!.structure, 'agent-2', null)).toHaveLength(2);
    expect(changesForTarget(first!.structure, now!.structure, 'no-such-level', null)).toBeNull();
  });
});

describe('a history that starts later (history.since)', () => {
  const sha = () => history.commits[2]?.sha ?? ''; // 'Raise complaint handling for Agent II'

  it.each([
    ['a commit id', () => sha().slice(0, 7)],
    ['a full commit id', () => sha()],
    ['a date', () => '2026-02-01'],
  ])('from %s: older commits are left out and the first one kept is the start', async (_, since) => {
    const later = await readContentHistory(join(repo, 'content'), { since: since() });
    expect(later.status).toBe('complete');
    expect(later.reason).toBeNull();
    expect(later.commits.map((c) => c.message)).toEqual([
      'Translate Agent I; withdraw the listening lab',
      'Make the complaints workshop mandatory',
      'Raise complaint handling for Agent II',
    ]);
    // Not compared with the commit before it: nothing is listed as added or removed there.
    expect(later.commits.at(-1)).toMatchObject({ first: true, entries: [] });
    expect(later.versions.map((v) => v.date.slice(0, 10))).toEqual(['2026-04-20', '2026-03-01', '2026-02-10']);
    // Files unchanged since are dated by the start.
    expect(later.lastUpdated['levels/lead-1.md']?.slice(0, 10)).toBe('2026-02-10');
  });

  it('says so, and shows all of it, when the commit is not in the history', async () => {
    const all = await readContentHistory(join(repo, 'content'), { since: 'abcdef1' });
    expect(all.commits).toHaveLength(4);
    expect(all.reason).toBe(
      'history.since names commit abcdef1, which is not in the history read, so all of it is shown',
    );
  });
});

describe('a long history', () => {
  it('gives level details and versions for the newest commits only, and still lists the older ones', async () => {
    const short = await readContentHistory(join(repo, 'content'), { detailed: 2 });
    expect(short.commits.map((c) => c.summarised)).toEqual([false, false, true, true]);
    // The older of the two changes that touched levels lists them, without saying how.
    expect(short.commits[2]?.entries.map((e) => [e.id, e.details])).toEqual([
      ['agent-1', {}],
      ['agent-2', {}],
    ]);
    expect(short.commits[2]?.unreadable).toBe(false);
    expect(short.versions.map((v) => v.date.slice(0, 10))).toEqual(['2026-04-20', '2026-03-01']);
    // Dates do not depend on the window.
    expect(short.lastUpdated).toEqual(history.lastUpdated);
  });
});

describe('without the full history', () => {
  it('a shallow clone says so and still lists what it has', async () => {
    const shallow = join(temp, 'shallow');
    git(temp, 'clone', '-q', '--depth', '1', `file://${repo}`, shallow);
    const cut = await readContentHistory(join(shallow, 'content'));
    expect(cut.status).toBe('shallow');
    expect(cut.reason).toContain('shallow clone');
    expect(cut.commits.map((c) => [c.message, c.first])).toEqual([
      ['Translate Agent I; withdraw the listening lab', true],
    ]);
    // Everything present dates from the only commit known.
    expect(cut.lastUpdated['levels/lead-1.md']?.slice(0, 10)).toBe('2026-04-20');
    expect(cut.versions).toHaveLength(1);
  });

  it('a folder that is not a git repository is reported, not thrown', async () => {
    const plain = join(temp, 'plain');
    cpSync(BASE, join(plain, 'content'), { recursive: true });
    const none = await readContentHistory(join(plain, 'content'));
    expect(none).toMatchObject({ status: 'no-git', commits: [], versions: [], lastUpdated: {} });
    expect(none.reason).toContain('not a git repository');
  });

  it('a repository whose objects cannot be read is reported, not thrown', async () => {
    const broken = join(temp, 'broken');
    git(temp, 'clone', '-q', `file://${repo}`, broken);
    rmSync(join(broken, '.git/objects'), { recursive: true, force: true });
    const unreadable = await readContentHistory(join(broken, 'content'));
    expect(unreadable.status).toBe('unreadable');
    expect(unreadable.reason).toMatch(/could not be read/);
  });
});
