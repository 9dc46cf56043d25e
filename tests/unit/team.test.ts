/**
 * The team view's aggregation (src/assessment/team.ts) and its downloads, on the Service Advance Track
 * fixture and the thirty files of tests/fixtures/assessments/team/ (written by scripts/team-fixtures.ts):
 * what each file becomes, the matrix, the training demand and the readiness in table form, and two
 * properties: the order of the files never changes the team; a file that cannot be used never changes
 * what the others give.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromJsonText, type Loaded } from '../../src/assessment/codec.ts';
import { evaluate } from '../../src/assessment/engine.ts';
import { emptyState, type AssessmentState } from '../../src/assessment/state.ts';
import { aggregateTeam, sortMatrix, type TeamEntry } from '../../src/assessment/team.ts';
import {
  cellText,
  teamDemandCsv,
  teamMarkdown,
  teamMatrixCsv,
  type TeamExportWords,
} from '../../src/assessment/team-export.ts';
import type { Framework } from '../../src/framework/model.ts';
import { checkContent } from '../../src/node/check-content.ts';
import { FIXTURES, SERVICE } from '../helpers/content.ts';

const f = (await checkContent(SERVICE)).frameworks?.en as Framework;
const FILES = join(FIXTURES, 'assessments/team');
const entries: TeamEntry[] = readdirSync(FILES)
  .sort()
  .map((source) => ({ source, loaded: fromJsonText(readFileSync(join(FILES, source), 'utf8')) }));
const shown = { hideNames: false, person: 'Person {n}' };
const team = aggregateTeam(f, entries, shown);

function state(name: string, target: string, ratings: Record<string, number>, current: string | null = null) {
  const s = emptyState(f.version, new Date('2026-11-23T10:00:00Z'));
  return { ...s, name, target, current, ratings } satisfies AssessmentState;
}
const entry = (source: string, s: AssessmentState): TeamEntry => ({
  source,
  loaded: { ok: true, state: s, dropped: [] },
});
const expectedOf = (level: string) =>
  Object.fromEntries((f.levels.find((l) => l.id === level)?.expectations ?? []).map((e) => [e.competency, e.step]));

describe('each file is read on its own', () => {
  it('the fixture has thirty files: 26 people (one made against an older version) and 4 turned away', () => {
    expect(entries).toHaveLength(30);
    expect(team.members).toHaveLength(26);
    expect(team.members.filter((m) => m.outdated).map((m) => m.source)).toEqual(['27-deng-lan-spring.json']);
    expect(team.matrix).toHaveLength(25);
  });

  it.each([
    ['26-li-wei-copy.json', 'duplicate', '01-li-wei.json'],
    ['28-broken.json', 'corrupt', undefined],
    ['29-other-tool.json', 'not-an-assessment', undefined],
    ['30-other-handbook.json', 'foreign', undefined],
  ])('%s is turned away: %s', (source, reason, duplicateOf) => {
    expect(team.rejected).toContainEqual({ source, reason, ...(duplicateOf ? { duplicateOf } : {}) });
  });

  it.each([
    [{ ok: false, reason: 'too-large' } as Loaded, 'too-large'],
    [{ ok: false, reason: 'unsupported-version', version: '9' } as Loaded, 'unsupported-version'],
    [{ ok: true, state: { ...state('A', 'cs-senior', {}), target: null }, dropped: [] } as Loaded, 'no-target'],
  ])('a file the codec refuses, or without a target, is listed with its reason (%#)', (loaded, reason) => {
    expect(aggregateTeam(f, [{ source: 'x.json', loaded }], shown).rejected).toEqual([{ source: 'x.json', reason }]);
  });

  it('an assessment made against an older version is scored once the lead rescores it', () => {
    const older = entries.find((e) => e.source === '27-deng-lan-spring.json');
    if (older === undefined) throw new Error('fixture missing');
    const rescored = aggregateTeam(f, [{ ...older, rescored: true }], shown);
    expect(rescored.members[0]?.outdated).toBe(false);
    expect(rescored.matrix[0]?.member.label).toBe('Deng Lan');
  });
});

describe('labels', () => {
  it.each([
    ['01-li-wei.json', 'Li Wei'],
    ['06-unnamed.json', '06-unnamed.json'],
    ['11-unnamed.json', '11-unnamed.json'],
  ])('%s is labelled %s: the name in the file, else the file name', (source, label) => {
    expect(team.members.find((m) => m.source === source)?.label).toBe(label);
  });

  it('hiding names numbers people in the team order, everywhere', () => {
    const hidden = aggregateTeam(f, entries, { hideNames: true, person: 'Person {n}' });
    expect(hidden.members.map((m) => m.label)).toEqual(hidden.members.map((_, i) => `Person ${i + 1}`));
    const names = team.members.map((m) => m.state.name).filter((n) => n !== '');
    const everything = JSON.stringify(hidden.demand) + JSON.stringify(hidden.coaching);
    for (const name of names) expect(everything).not.toContain(name);
  });
});

describe('the matrix', () => {
  const a = state('Ann', 'cs-intermediate', { ...expectedOf('cs-intermediate'), communication: 0 });
  const b = state('Bo', 'cs-senior', expectedOf('cs-senior'));
  const small = aggregateTeam(f, [entry('a.json', a), entry('b.json', b)], shown);

  it('each cell is the step against the step the person’s own target expects', () => {
    const [ann, bo] = small.matrix;
    const communication = expectedOf('cs-intermediate')['communication'] ?? 0;
    expect(ann?.cells['communication']).toEqual({
      expected: communication,
      self: 0,
      gap: communication,
      scale: 'steps',
    });
    expect(ann?.totalGap).toBe(communication);
    expect(bo?.totalGap).toBe(0);
    expect(Object.values(bo?.cells ?? {}).every((c) => c.gap === 0)).toBe(true);
  });

  it('columns are the competencies some target expects, grouped by area in the handbook order', () => {
    const columns = small.areas.flatMap((x) => x.competencies);
    const expected = new Set([...Object.keys(expectedOf('cs-intermediate')), ...Object.keys(expectedOf('cs-senior'))]);
    expect(new Set(columns)).toEqual(expected);
    const areaOrder = f.areas.map((x) => x.id);
    expect(small.areas.map((x) => x.area)).toEqual(areaOrder.filter((id) => small.areas.some((x) => x.area === id)));
  });

  it.each([
    [{ expected: 3, self: 1, gap: 2, scale: 'steps' }, '1/3 −2'],
    [{ expected: 3, self: 3, gap: 0, scale: 'steps' }, '3/3 ✓'],
    [{ expected: 2, self: null, gap: 2, scale: 'steps' }, '?/2 −2'],
    [{ expected: null, self: 2, gap: 0, scale: 'steps' }, '—'],
    // A criterion is rated on the criteria scale: the rating's name, not numbers.
    [{ expected: 2, self: 1, gap: 1, scale: 'criteria' }, 'Working towards −1'],
    [{ expected: 2, self: 3, gap: 0, scale: 'criteria' }, 'Exceeding ✓'],
    [{ expected: 2, self: null, gap: 2, scale: 'criteria' }, '? −2'],
  ] as const)('a cell %o reads %s', (c, text) =>
    expect(
      cellText(c, [{ label: 'Not yet' }, { label: 'Working towards' }, { label: 'Meeting' }, { label: 'Exceeding' }]),
    ).toBe(text),
  );

  it.each([
    ['person', ['Ann', 'Bo', 'Cy']],
    ['target', ['Ann', 'Cy', 'Bo']],
    ['gap', ['Cy', 'Ann', 'Bo']],
  ] as const)('sorted by %s', (by, order) => {
    const c = state('Cy', 'cs-intermediate', {});
    const three = aggregateTeam(f, [entry('b.json', b), entry('c.json', c), entry('a.json', a)], shown);
    expect(sortMatrix(f, three.matrix, by).map((r) => r.member.label)).toEqual(order);
  });
});

describe('training demand, coaching and readiness', () => {
  it('adds up the members’ own plans: people helped, steps closed, hours', () => {
    const scored = team.matrix.map((r) => r.member);
    for (const d of team.demand) {
      const plans = scored.flatMap((m) =>
        m.evaluation.plan.filter((p) => p.training === d.training && p.closes.length > 0).map((p) => ({ m, p })),
      );
      expect(d.helps).toEqual(plans.map((x) => x.m.label));
      expect(d.steps).toBe(plans.reduce((s, x) => s + x.p.closes.reduce((t, c) => t + c.to - c.from, 0), 0));
      expect(d.totalHours).toBe(d.hours === null ? null : d.hours * d.helps.length);
    }
    const steps = team.demand.map((d) => d.steps);
    expect(steps).toEqual([...steps].sort((x, y) => y - x));
  });

  it('names every gap no training meant for the person closes as a coaching need', () => {
    const uncovered = team.matrix.flatMap((r) => r.member.evaluation.uncovered.map((u) => u.competency));
    expect(new Set(team.coaching.map((c) => c.competency))).toEqual(new Set(uncovered));
  });

  it('counts verdicts and unmet criteria by kind, as the engine decides them', () => {
    expect(Object.values(team.distribution).reduce((s, n) => s + n, 0)).toBe(team.matrix.length);
    for (const r of team.readiness) {
      const result = evaluate(f, r.member.state);
      expect(r.verdict).toBe(result?.verdict);
      expect(Object.values(r.unmet).reduce((s, n) => s + n, 0)).toBe(
        result?.criteria.filter((c) => c.status !== 'met').length,
      );
    }
  });
});

describe('properties', () => {
  const bad: TeamEntry[] = [
    { source: 'bad.json', loaded: { ok: false, reason: 'corrupt' } },
    {
      source: 'other.json',
      loaded: { ok: true, state: { ...state('X', 'cs-senior', {}), target: 'nope' }, dropped: [] },
    },
  ];

  it('the order of the files never changes the team', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(entries, { minLength: entries.length }), (shuffled) => {
        expect(aggregateTeam(f, shuffled, shown)).toEqual(team);
      }),
      { numRuns: 25 },
    );
  });

  it('a file that cannot be used never changes what the others give', () => {
    fc.assert(
      fc.property(fc.subarray(entries, { minLength: 1 }), fc.constantFrom(...bad), fc.nat(), (some, extra, at) => {
        const without = aggregateTeam(f, some, shown);
        const mixed = [...some];
        mixed.splice(at % (some.length + 1), 0, extra);
        const withBad = aggregateTeam(f, mixed, shown);
        expect(withBad.members).toEqual(without.members);
        expect(withBad.matrix).toEqual(without.matrix);
        expect(withBad.demand).toEqual(without.demand);
        expect(withBad.readiness).toEqual(without.readiness);
        expect(withBad.rejected).toContainEqual(expect.objectContaining({ source: extra.source }));
      }),
      { numRuns: 25 },
    );
  });
});

describe('downloads', () => {
  const words: TeamExportWords = {
    title: 'Team view',
    person: 'Person',
    target: 'Target level',
    area: 'Area',
    competency: 'Competency',
    step: 'Step',
    expected: 'Expected',
    gap: 'Gap',
    totalGap: 'Total gap',
    matrixTitle: 'Team matrix',
    demandTitle: 'Training demand',
    coachingTitle: 'On-the-job coaching',
    readinessTitle: 'Readiness',
    rank: 'Rank',
    training: 'Training',
    people: 'People helped',
    steps: 'Steps closed',
    hours: 'Hours each',
    totalHours: 'Total hours',
    effortUnknown: 'effort unknown',
    prerequisites: 'Prerequisites',
    helps: 'Helps',
    verdict: 'Verdict',
    verdicts: { ready: 'Ready', 'nearly-ready': 'Nearly ready', 'not-yet': 'Not yet' },
    unmet: { months: 'Months', metric: 'Metrics', training: 'Trainings', assessment: 'Exams', condition: 'Conditions' },
    separator: ', ',
    summary: '{count} assessments; handbook version {version}.',
  };

  it('a name that looks like a formula is text in the CSV, and markup-free in Markdown', () => {
    const csv = teamMatrixCsv(f, team, words, 'person');
    expect(csv).toContain(`"'=HYPERLINK(""http://example.com"",""Zheng Kai"")"`);
    expect(csv.split('\r\n').some((line) => line.startsWith('='))).toBe(false);
    expect(teamMarkdown(f, team, words, 'person')).toContain('=HYPERLINK\\("http://example.com","Zheng Kai"\\)');
  });

  it('one CSV row per person and expected competency; one per training in ranking order', () => {
    const rows = teamMatrixCsv(f, team, words, 'gap').trim().split('\r\n');
    const cells = team.matrix.reduce((s, r) => s + r.member.evaluation.competencies.length, 0);
    expect(rows).toHaveLength(cells + 1);
    expect(rows[0]).toBe('Person,Target level,Area,Competency,Step,Expected,Gap');
    const demand = teamDemandCsv(f, team, words).trim().split('\r\n');
    expect(demand).toHaveLength(team.demand.length + 1);
    expect(demand[1]?.startsWith('1,')).toBe(true);
  });

  it('a criterion (a level written in its own words) names the rating in the matrix, its CSV and Markdown', async () => {
    const ic = (await checkContent(join(FIXTURES, 'frameworks/ic-ladder'))).frameworks?.en as Framework;
    const ic3 = ic.levels.find((l) => l.id === 'ic3');
    const stepped = new Set(ic3?.expectations.map((e) => e.competency));
    const criterion = ic3?.criteria.find((c) => !stepped.has(c.competency));
    if (criterion === undefined) throw new Error('the ic-ladder fixture has no criterion-only row at ic3');
    const person = {
      ...emptyState(ic.version, new Date('2026-11-23T10:00:00Z')),
      name: 'Ana',
      target: 'ic3',
      criteria: { [`${criterion.setBy}.${criterion.competency}`]: 1 },
    } satisfies AssessmentState;
    const icTeam = aggregateTeam(ic, [entry('ana.json', person)], shown);
    const cell = icTeam.matrix[0]?.cells[criterion.competency];
    expect(cell).toMatchObject({ scale: 'criteria', self: 1, expected: ic.criteriaScale.meets });
    const working = ic.criteriaScale.ratings[1]?.label ?? '';
    const meets = ic.criteriaScale.ratings[ic.criteriaScale.meets]?.label ?? '';
    const label = ic.competencies.find((c) => c.id === criterion.competency)?.label ?? '';
    expect(teamMatrixCsv(ic, icTeam, words, 'person')).toContain(`,${label},${working},${meets},`);
    expect(teamMarkdown(ic, icTeam, words, 'person')).toContain(`${working} −`);
  });

  it('hidden names stay hidden in every download', () => {
    const hidden = aggregateTeam(f, entries, { hideNames: true, person: 'Person {n}' });
    const all = [
      teamMatrixCsv(f, hidden, words, 'person'),
      teamDemandCsv(f, hidden, words),
      teamMarkdown(f, hidden, words, 'target'),
    ].join('\n');
    for (const m of team.members) if (m.state.name !== '') expect(all).not.toContain(m.state.name);
    for (const m of team.members) expect(all).not.toContain(m.source);
    expect(all).toContain('Person 1');
  });

  it('gives nobody a verdict label when the framework turns the verdict off', () => {
    const off: Framework = { ...f, verdict: { ...f.verdict, policy: 'off' } };
    const offTeam = aggregateTeam(off, entries, shown);
    const markdown = teamMarkdown(off, offTeam, words, 'person');
    for (const label of Object.values(words.verdicts)) expect(markdown).not.toContain(`| ${label} |`);
    expect(markdown).not.toContain(`| ${words.verdict} |`);
    // The open items per person remain.
    expect(markdown).toContain(`## ${words.readinessTitle}`);
    expect(teamMarkdown(f, team, words, 'person')).toContain(`| ${words.verdict} |`);
  });
});
