/**
 * Writes the team view's fixture files, `tests/fixtures/assessments/team/`: thirty exports as a team
 * lead would collect them from the Service Advance Track fixture, each written by the codec's own
 * `toJsonFile`. 25 people (some without a name, labelled by their file name), 1 copy of one of them
 * under another file name, 1 made against an older handbook version, and 3 files the page must turn
 * away: not JSON, another tool's JSON, and an assessment for another handbook. Deterministic: run it
 * again and nothing changes, unless the fixture's structure (and so its version) changed.
 *   node scripts/team-fixtures.ts
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toJsonFile } from '../src/assessment/codec.ts';
import { emptyState, type AssessmentState } from '../src/assessment/state.ts';
import type { Framework, Level } from '../src/framework/model.ts';
import { checkContent } from '../src/node/check-content.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const OUT = join(ROOT, 'tests/fixtures/assessments/team');
/** The version `tests/fixtures/assessments/older-version.json` was made against. */
export const OLDER_VERSION = 'a1b2c3d4e5f6';

const framework = (await checkContent(join(ROOT, 'tests/fixtures/service-advance'))).frameworks?.en as
  Framework | undefined;
if (framework === undefined) throw new Error('the Service Advance Track fixture does not build');

/** People of the team: name (empty for some: the file name labels them), current and target level. */
const PEOPLE: [name: string, current: string | null, target: string][] = [
  ['Li Wei', 'cs-junior', 'cs-intermediate'],
  ['Wang Fang', 'cs-intermediate', 'cs-senior'],
  ['Zhang Min', 'cs-senior', 'cs-expert'],
  ['Chen Jing', 'cs-expert', 'cs-elite'],
  ['Liu Yang', 'cs-senior', 'team-lead'],
  ['', 'cs-junior', 'cs-intermediate'],
  ['Huang Lei', 'cs-intermediate', 'cs-senior'],
  ['Zhao Li', 'cs-senior', 'qa-analyst'],
  ['Wu Hao', 'cs-expert', 'team-lead'],
  ['Zhou Yan', 'cs-intermediate', 'cs-senior'],
  ['', 'cs-senior', 'cs-expert'],
  ['Xu Ming', 'cs-junior', 'cs-intermediate'],
  ['Sun Qing', 'cs-senior', 'vip-advisor'],
  ['Ma Jun', 'cs-expert', 'trainer'],
  ['Zhu Hong', 'cs-intermediate', 'cs-senior'],
  ['Hu Bo', 'cs-senior', 'cs-expert'],
  ['Guo Xin', 'cs-junior', 'cs-intermediate'],
  ['He Ping', 'team-lead', 'supervisor'],
  ['', 'cs-intermediate', 'cs-senior'],
  ['Lin Tao', 'cs-senior', 'cs-expert'],
  ['Luo Na', 'cs-expert', 'cs-elite'],
  ['Gao Yu', 'cs-junior', 'cs-intermediate'],
  ['=HYPERLINK("http://example.com","Zheng Kai")', 'cs-senior', 'team-lead'],
  ['Liang Rui', 'cs-intermediate', 'cs-senior'],
  ['Song Jie', 'cs-senior', 'cs-expert'],
];

/** A small deterministic generator (mulberry32), so the files are the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function level(id: string): Level {
  const found = framework?.levels.find((l) => l.id === id);
  if (found === undefined) throw new Error(`the fixture has no level ${id}`);
  return found;
}

/**
 * Ratings at or up to two steps below what the target expects, some competencies a step above; every
 * eighth person meets every expectation.
 */
function person(i: number, [name, current, target]: (typeof PEOPLE)[number]): AssessmentState {
  const next = random(i + 1);
  const strong = i % 8 === 3;
  const ratings = Object.fromEntries(
    level(target).expectations.map((e) => {
      const r = strong ? 0 : next();
      const step = r < 0.45 ? e.step : r < 0.75 ? e.step - 1 : r < 0.9 ? e.step - 2 : e.step + 1;
      return [e.competency, Math.max(0, Math.min(4, step))];
    }),
  );
  const trainings = (framework?.trainings ?? []).filter(() => next() < 0.15).map((t) => t.id);
  const base = emptyState(framework?.version ?? '', new Date(Date.UTC(2026, 10, 1 + i, 9)));
  return {
    ...base,
    name,
    current,
    target,
    ratings,
    facts: { ...base.facts, monthsInLevel: 6 + Math.floor(next() * 24), trainings },
  };
}

const fileName = (i: number, name: string) =>
  `${String(i + 1).padStart(2, '0')}-${
    name === ''
      ? 'unnamed'
      : name
          .toLowerCase()
          .replace(/[^a-z]+/g, '-')
          .replace(/^-|-$/g, '')
  }.json`;

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const write = (name: string, text: string) => writeFileSync(join(OUT, name), text);
const states = PEOPLE.map((p, i) => person(i, p));
states.forEach((state, i) => write(fileName(i, state.name), toJsonFile(state, framework.name)));

const [first] = states;
if (first === undefined) throw new Error('no people');
// The same export sent twice, under another name.
write('26-li-wei-copy.json', toJsonFile(first, framework.name));
// Made in spring, against the handbook as it was then.
const older = person(26, ['Deng Lan', 'cs-intermediate', 'cs-senior']);
write('27-deng-lan-spring.json', toJsonFile({ ...older, framework: OLDER_VERSION }, framework.name));
write(
  '28-broken.json',
  toJsonFile(person(27, ['Cut off', 'cs-junior', 'cs-intermediate']), framework.name).slice(0, 200),
);
write('29-other-tool.json', `${JSON.stringify({ format: 'skills-matrix-export', people: [] }, null, 2)}\n`);
const foreign = { ...person(28, ['Ana Souza', 'cs-junior', 'cs-intermediate']), target: 'barista-2' };
write('30-other-handbook.json', toJsonFile(foreign, 'Coffee Career Path'));
console.log(`wrote 30 files to ${OUT} (handbook version ${framework.version})`);
