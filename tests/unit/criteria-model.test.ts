/**
 * Criteria per level: inherited up a track with the level that wrote them, translated, checked like
 * expectations, counted in the version only once used; and the views the pages show of them.
 */
import { describe, expect, it } from 'vitest';
import { buildFrameworks } from '../../src/framework/build.ts';
import type { Framework } from '../../src/framework/model.ts';
import { competencyAcrossLevels, levelRows, newCriteria } from '../../src/framework/queries.ts';
import type { ContentSource } from '../../src/framework/source.ts';
import { readContent } from '../../src/node/read-content.ts';
import { BASE, IC_LADDER } from '../helpers/content.ts';

const source = (dir: string): ContentSource => structuredClone(readContent(dir).source);

async function build(src: ContentSource) {
  const result = await buildFrameworks(src);
  if (result.frameworks === null) throw new Error(JSON.stringify(result.diagnostics, null, 2));
  return result.frameworks as Record<'en' | 'zh-cn', Framework>;
}

function edit(src: ContentSource, file: string, change: (data: Record<string, unknown>) => void): ContentSource {
  const entry = [...src.entries, ...src.translations].find((e) => e.file === file);
  if (entry === undefined) throw new Error(`no ${file}`);
  change(entry.data as Record<string, unknown>);
  return src;
}

const { en, 'zh-cn': zh } = await build(source(IC_LADDER));
const criterion = (f: Framework, level: string, competency: string) =>
  f.levels.find((l) => l.id === level)?.criteria.find((c) => c.competency === competency);

describe('criteria are inherited up a track', () => {
  it.each([
    // level, competency, set by (null: no criterion there)
    ['ic1', 'troubleshooting', 'ic1'],
    ['ic2', 'troubleshooting', 'ic2'],
    ['ic3', 'troubleshooting', 'ic2'],
    ['ic4', 'troubleshooting', 'ic2'],
    ['ic5', 'troubleshooting', 'ic5'],
    ['ic2', 'escalations', 'ic1'],
    ['ic3', 'escalations', 'ic3'],
    ['ic1', 'mentoring', null],
    ['ic2', 'mentoring', null],
    ['ic3', 'mentoring', 'ic3'],
    ['ic5', 'sla-ownership', 'ic4'],
  ])('%s › %s is set by %s', (level, competency, setBy) => {
    expect(criterion(en, level, competency)?.setBy ?? null).toBe(setBy);
  });

  it('keeps the words and examples of the level that wrote them', () => {
    expect(criterion(en, 'ic4', 'troubleshooting')).toEqual({
      competency: 'troubleshooting',
      text: 'Finds the cause of problems nobody has documented yet, and writes the fix down.',
      examples: ['Adds a knowledge-base article after solving a new kind of problem.'],
      setBy: 'ic2',
    });
    expect(criterion(en, 'ic1', 'troubleshooting')?.examples).toEqual([]);
  });

  it('lists them in competency order', () => {
    expect(en.levels.find((l) => l.id === 'ic3')?.criteria.map((c) => c.competency)).toEqual([
      'escalations',
      'product-knowledge',
      'troubleshooting',
      'sla-ownership',
      'mentoring',
    ]);
  });
});

describe('criteria are translated', () => {
  it.each([
    ['ic1', 'troubleshooting', '能复现客户反馈的问题，并按操作手册修复已知问题。'],
    // Inherited in Chinese too: the words of the level that wrote it, in that level's translation.
    ['ic4', 'troubleshooting', '能找出尚无记录的问题的原因，并把解决办法写下来。'],
  ])('%s › %s', (level, competency, text) => {
    expect(criterion(zh, level, competency)?.text).toBe(text);
  });

  it('translates the examples', () => {
    expect(criterion(zh, 'ic3', 'escalations')?.examples).toEqual([
      '在重大升级未解决期间，主持与研发的每日沟通。',
      '把升级交接给下一个区域时附上书面进展说明。',
    ]);
  });

  it('falls back to the default locale and reports the field missing', async () => {
    const src = edit(source(IC_LADDER), 'translations/zh-cn/levels/ic2.md', (d) => {
      delete d['criteria'];
    });
    const zhFallback = (await build(src))['zh-cn'];
    expect(criterion(zhFallback, 'ic2', 'sla-ownership')?.text).toBe(criterion(en, 'ic2', 'sla-ownership')?.text);
    expect(zhFallback.levels.find((l) => l.id === 'ic2')?.missing).toContain('criteria');
  });

  it('accepts a bare text for a criterion written with examples, and reports the examples missing', async () => {
    const src = edit(source(IC_LADDER), 'translations/zh-cn/levels/ic2.md', (d) => {
      (d['criteria'] as Record<string, unknown>)['troubleshooting'] = '找出原因。';
    });
    const result = await buildFrameworks(src);
    const zhLevel = result.frameworks?.['zh-cn']?.levels.find((l) => l.id === 'ic2');
    expect(zhLevel?.criteria.find((c) => c.competency === 'troubleshooting')?.text).toBe('找出原因。');
    expect(zhLevel?.missing).toContain('criteria.troubleshooting.examples');
  });

  it('refuses a criterion the original does not have', async () => {
    const src = edit(source(IC_LADDER), 'translations/zh-cn/levels/ic1.md', (d) => {
      (d['criteria'] as Record<string, unknown>)['mentoring'] = '带教。';
    });
    const result = await buildFrameworks(src);
    expect(result.diagnostics.map((d) => [d.code, d.field])).toEqual([['translation-structure', 'criteria.mentoring']]);
  });
});

describe('criteria are checked', () => {
  it('names an unknown competency with a did-you-mean', async () => {
    const src = edit(source(IC_LADDER), 'levels/ic1.md', (d) => {
      (d['criteria'] as Record<string, unknown>)['Mentorng'] = 'x';
    });
    const result = await buildFrameworks(src);
    expect(result.diagnostics.map((d) => [d.code, d.field])).toContainEqual(['invalid-field', 'criteria.Mentorng']);
    const typo = edit(source(IC_LADDER), 'levels/ic1.md', (d) => {
      (d['criteria'] as Record<string, unknown>)['mentorng'] = 'x';
    });
    const diagnostics = (await buildFrameworks(typo)).diagnostics;
    expect(diagnostics.map((d) => [d.code, d.field, d.fix])).toEqual([
      ['unknown-reference', 'criteria.mentorng', 'did you mean `mentoring`?'],
    ]);
  });

  it.each([
    [{ meets: 4 }, 'criteriaScale.meets'],
    [{ ratings: [{ en: 'No' }, { en: 'Yes' }] }, 'criteriaScale.ratings'],
  ])('refuses a criteria scale whose met rating does not exist: %j', async (criteriaScale, field) => {
    const src = source(IC_LADDER);
    (src.settings?.data as Record<string, unknown>)['criteriaScale'] = criteriaScale;
    const result = await buildFrameworks(src);
    expect(result.diagnostics.map((d) => [d.code, d.field])).toEqual([['settings', field]]);
  });
});

describe('criteria scale and verdict policy', () => {
  it('carries the ratings in each locale and the first that meets', () => {
    expect(en.criteriaScale).toEqual({
      ratings: ['Not yet', 'Sometimes', 'Consistently (about 6 months)', 'Role model'].map((label) => ({ label })),
      meets: 2,
    });
    expect(zh.criteriaScale.ratings.map((r) => r.label)).toEqual([
      '尚未做到',
      '有时做到',
      '稳定做到（约 6 个月）',
      '堪称榜样',
    ]);
    expect(en.verdict.policy).toBe('indicative');
  });

  it('defaults to Trackbook’s ratings in each locale and the rules policy', async () => {
    const base = await build(source(BASE));
    expect(base.en.criteriaScale.ratings.map((r) => r.label)).toEqual([
      'Not yet',
      'Working towards',
      'Meeting',
      'Exceeding',
    ]);
    expect(base['zh-cn'].criteriaScale.ratings.map((r) => r.label)).toEqual(['尚未达到', '正在努力', '达到', '超出']);
    expect(base.en.criteriaScale.meets).toBe(2);
    expect(base.en.verdict.policy).toBe('rules');
  });
});

describe('the version counts criteria once they are used', () => {
  it('is unchanged for a framework without criteria or a policy', async () => {
    const base = await build(source(BASE));
    const withRules = source(BASE);
    (withRules.settings?.data as Record<string, unknown>)['verdict'] = { policy: 'rules' };
    expect((await build(withRules)).en.version).toBe(base.en.version);
  });

  it.each([
    [
      'a criterion written',
      (s: ContentSource) => edit(s, 'levels/agent-1.md', (d) => (d['criteria'] = { communication: 'Is kind.' })),
    ],
    [
      'the policy',
      (s: ContentSource) => ((s.settings?.data as Record<string, unknown>)['verdict'] = { policy: 'off' }),
    ],
  ])('changes with %s', async (_, change) => {
    const base = await build(source(BASE));
    const changed = source(BASE);
    change(changed);
    expect((await build(changed)).en.version).not.toBe(base.en.version);
  });

  it('does not change when a criterion is reworded', async () => {
    const reworded = edit(source(IC_LADDER), 'levels/ic1.md', (d) => {
      (d['criteria'] as Record<string, unknown>)['troubleshooting'] = 'Fixes known issues.';
    });
    expect((await build(reworded)).en.version).toBe(en.version);
  });
});

describe('the views of criteria', () => {
  it('gives each competency of a level with its step, its criterion, or both', () => {
    expect(
      levelRows(en, 'ic3').map((r) => [r.competency, r.expectation?.step ?? null, r.criterion?.setBy ?? null]),
    ).toEqual([
      ['escalations', null, 'ic3'],
      ['product-knowledge', 3, 'ic3'],
      ['troubleshooting', null, 'ic2'],
      ['customer-communication', 2, null],
      ['sla-ownership', null, 'ic2'],
      ['mentoring', null, 'ic3'],
    ]);
  });

  it.each([
    ['ic2', 'ic3', ['escalations', 'product-knowledge', 'mentoring']],
    ['ic1', 'ic2', ['troubleshooting', 'sla-ownership']],
    ['ic3', 'ic3', []],
    // Downwards: what the lower level states differently.
    ['ic3', 'ic1', ['escalations', 'troubleshooting', 'sla-ownership']],
  ])('what is new from %s to %s', (from, to, competencies) => {
    expect(newCriteria(en, from, to).map((c) => c.competency)).toEqual(competencies);
  });

  it('shows the criterion of every level on the competency page', () => {
    expect(
      competencyAcrossLevels(en, 'mentoring').map((l) => [
        l.track,
        l.levels.map((x) => [x.level, x.criterion?.setBy ?? null]),
      ]),
    ).toEqual([
      [
        'support-engineering',
        [
          ['ic1', null],
          ['ic2', null],
          ['ic3', 'ic3'],
          ['ic4', 'ic4'],
          ['ic5', 'ic5'],
        ],
      ],
      // The Team Lead role, held alongside IC3, writes its own words for mentoring.
      ['team-leadership', [['team-lead', 'team-lead']]],
    ]);
  });

  it('gives a role the criteria of the level it is held with, and its own', () => {
    const role = en.levels.find((l) => l.id === 'team-lead');
    expect(role?.criteria.map((c) => [c.competency, c.setBy])).toEqual(
      en.levels
        .find((l) => l.id === 'ic3')
        ?.criteria.map((c) => [c.competency, c.competency === 'mentoring' ? 'team-lead' : c.setBy]),
    );
  });
});
