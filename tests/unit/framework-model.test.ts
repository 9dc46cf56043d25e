/**
 * The framework model: inheritance of expectations up a track, translation fallback, ordering and
 * links, drafts, and the structure version. Cases run against the base fixture, read from disk.
 */
import { describe, expect, it } from 'vitest';
import { buildFrameworks } from '../../src/framework/build.ts';
import type { Framework } from '../../src/framework/model.ts';
import type { ContentSource } from '../../src/framework/source.ts';
import { readContent } from '../../src/node/read-content.ts';
import { structureOf } from '../../src/framework/version.ts';
import { BASE } from '../helpers/content.ts';

function baseSource(): ContentSource {
  return structuredClone(readContent(BASE).source);
}

async function build(source = baseSource()) {
  const result = await buildFrameworks(source);
  if (result.frameworks === null) throw new Error(JSON.stringify(result.diagnostics, null, 2));
  return result.frameworks as Record<'en' | 'zh-cn', Framework>;
}

/** Edits the raw frontmatter of one entry in a source. */
function edit(source: ContentSource, file: string, change: (data: Record<string, unknown>) => void): ContentSource {
  const entry = [...source.entries, ...source.translations].find((e) => e.file === file);
  if (entry === undefined) throw new Error(`no ${file}`);
  change(entry.data as Record<string, unknown>);
  return source;
}

const frameworks = await build();
const en = frameworks.en;
const zh = frameworks['zh-cn'];
const level = (f: Framework, id: string) => f.levels.find((l) => l.id === id);

describe('expectations are inherited up a track', () => {
  it.each([
    // level, competency, step, set by
    ['agent-1', 'communication', 1, 'agent-1'],
    ['agent-2', 'communication', 1, 'agent-1'],
    ['agent-2', 'complaint-handling', 2, 'agent-2'],
    ['agent-3', 'communication', 3, 'agent-3'],
    ['agent-3', 'complaint-handling', 3, 'agent-3'],
    ['lead-1', 'communication', 2, 'lead-1'],
    ['lead-1', 'coaching', 2, 'lead-1'],
  ])('%s expects %s at step %i, set by %s', (levelId, competency, step, setBy) => {
    const expectation = level(en, levelId)?.expectations.find((e) => e.competency === competency);
    expect(expectation).toEqual({ competency, step, setBy });
  });

  it.each([
    ['lead-1', 'complaint-handling'],
    ['agent-1', 'coaching'],
  ])('%s does not inherit %s from another track', (levelId, competency) => {
    expect(level(en, levelId)?.expectations.map((e) => e.competency)).not.toContain(competency);
  });

  it('lists expectations in competency order (by area)', () => {
    expect(level(en, 'lead-1')?.expectations.map((e) => e.competency)).toEqual(['communication', 'coaching']);
  });
});

describe('translations are merged with a visible fallback', () => {
  it.each([
    // locale, collection, id, title, fallback, text locale, missing
    ['en', 'levels', 'agent-1', 'Agent I', false, 'en', []],
    ['zh-cn', 'levels', 'agent-1', '一级客服', false, 'zh-cn', []],
    ['zh-cn', 'levels', 'agent-2', '二级客服', true, 'zh-cn', ['demotion']],
    ['zh-cn', 'levels', 'agent-3', 'Agent III', true, 'en', ['*']],
    ['zh-cn', 'competencies', 'communication', '沟通', false, 'zh-cn', []],
    ['zh-cn', 'competencies', 'coaching', 'Coaching', true, 'en', ['*']],
    ['zh-cn', 'tracks', 'leads', 'Leads', true, 'en', ['*']],
    ['zh-cn', 'pages', 'faq', '常见问题', false, 'zh-cn', []],
  ] as const)(
    '%s %s/%s: "%s", fallback %s, text in %s',
    (locale, collection, id, title, fallback, textLocale, missing) => {
      const entry = frameworks[locale][collection].find((e) => e.id === id);
      expect(entry).toMatchObject({ title, fallback, textLocale, missing: [...missing] });
    },
  );

  it('keeps structure from the default locale', () => {
    expect(level(zh, 'agent-2')).toMatchObject({ track: 'agents', rank: 2, grade: 'g2' });
    expect(level(zh, 'agent-2')?.lateralMoves).toEqual([
      { to: 'lead-1', minMonths: 12, conditions: ['通过组长小组面试。'] },
    ]);
  });

  it('translates settings labels and falls back for missing ones', () => {
    expect(zh.name).toBe('测试通道');
    expect(zh.scale.map((s) => s.label)).toEqual(['无', '基础', '扎实', '精通']);
    expect(zh.metrics.find((m) => m.id === 'aht')?.label).toBe('处理时长');
  });
});

describe('normalisation', () => {
  it.each([
    ['agent-1', null, 'agent-2'],
    ['agent-2', 'agent-1', 'agent-3'],
    ['agent-3', 'agent-2', null],
    ['lead-1', null, null],
  ])('%s: previous %s, next %s', (id, previous, next) => {
    expect(level(en, id)).toMatchObject({ previous, next });
  });

  it('orders tracks, levels, competencies and trainings', () => {
    expect(en.tracks.map((t) => [t.id, t.levels])).toEqual([
      ['agents', ['agent-1', 'agent-2', 'agent-3']],
      ['leads', ['lead-1']],
    ]);
    expect(en.levels.map((l) => l.id)).toEqual(['agent-1', 'agent-2', 'agent-3', 'lead-1']);
    expect(en.competencies.map((c) => c.id)).toEqual(['communication', 'complaint-handling', 'coaching']);
    expect(en.trainings.map((t) => [t.id, t.phase])).toEqual([
      ['basics', 'pre-job'],
      ['complaints-workshop', 'on-the-job'],
    ]);
  });

  it('fills defaults so pages never check for missing fields', () => {
    expect(level(en, 'agent-3')).toMatchObject({
      lateralMoves: [],
      subSteps: [],
      probation: null,
      demotion: [],
      promotion: null,
    });
    expect(en.trainings.find((t) => t.id === 'basics')).toMatchObject({ tracks: [], levels: [], prerequisites: [] });
    expect(en.verdict).toEqual({ nearlyReadyMaxGaps: 2, nearlyReadyMaxGapSteps: 1, readyRequiresCriteria: true });
  });

  it('leaves drafts out and closes the ladder around them', async () => {
    const source = edit(baseSource(), 'levels/agent-3.md', (d) => {
      d['draft'] = true;
    });
    const { en: drafted } = await build(source);
    expect(drafted.levels.map((l) => l.id)).not.toContain('agent-3');
    expect(level(drafted, 'agent-2')?.next).toBeNull();
    expect(drafted.tracks[0]?.levels).toEqual(['agent-1', 'agent-2']);
  });
});

describe('the structure version', () => {
  it('is the same in every locale and looks like a short hash', () => {
    expect(en.version).toMatch(/^[0-9a-f]{12}$/);
    expect(zh.version).toBe(en.version);
  });

  it.each([
    ['a reworded title', 'levels/agent-2.md', (d: Record<string, unknown>) => (d['title'] = 'Agent 2'), false],
    [
      'a reworded responsibility',
      'levels/agent-2.md',
      (d: Record<string, unknown>) => (d['responsibilities'] = ['Own complaints.']),
      false,
    ],
    [
      'a raised expectation',
      'levels/agent-2.md',
      (d: Record<string, unknown>) => (d['expectations'] = { 'complaint-handling': 3 }),
      true,
    ],
    [
      'a new required training',
      'levels/agent-2.md',
      (d: Record<string, unknown>) => (d['promotion'] = { trainings: ['basics'] }),
      true,
    ],
    ['a changed training length', 'trainings/basics.md', (d: Record<string, unknown>) => (d['hours'] = 30), true],
  ])('after %s: changed = %s', async (_what, file, change, changed) => {
    const { en: after } = await build(edit(baseSource(), file, change));
    expect(after.version !== en.version).toBe(changed);
  });
});

// lead-1 (grade g3, track leads) becomes a role held with agent-3 (g3, track agents).
const withRole = () =>
  edit(baseSource(), 'levels/lead-1.md', (d) => {
    d['overlayOf'] = 'agent-3';
    d['expectations'] = { coaching: 2 };
  });
const roles = await build(withRole());

describe('a role held on top of a level (overlayOf)', () => {
  it.each([
    // competency, step, set by
    ['communication', 3, 'agent-3'],
    ['complaint-handling', 3, 'agent-3'],
    ['coaching', 2, 'lead-1'],
  ])('keeps the expectations of the level it is held with and adds its own: %s %i set by %s', (c, step, setBy) => {
    expect(level(roles.en, 'lead-1')?.expectations.find((e) => e.competency === c)).toEqual({
      competency: c,
      step,
      setBy,
    });
  });

  it('links the role and the level both ways, in every locale', () => {
    for (const f of [roles.en, roles['zh-cn']]) {
      expect(level(f, 'lead-1')?.overlayOf).toBe('agent-3');
      expect(level(f, 'agent-3')?.overlays).toEqual(['lead-1']);
      expect(level(f, 'agent-2')?.overlays).toEqual([]);
      expect(level(f, 'agent-2')?.overlayOf).toBeNull();
    }
  });

  it('warns when the role lowers an expectation of the level it is held with', async () => {
    const lowered = edit(withRole(), 'levels/lead-1.md', (d) => {
      d['expectations'] = { coaching: 2, communication: 2 };
    });
    const result = await buildFrameworks(lowered);
    expect(result.diagnostics.map((d) => [d.code, d.file, d.field, d.message])).toContainEqual([
      'expectation-drop',
      'levels/lead-1.md',
      'expectations.communication',
      'expectation drops from 3 (at `agent-3`) to 2 going up the track',
    ]);
  });

  it('leaves the version of a framework without roles as it was before roles existed', () => {
    expect(structureOf(en)).not.toMatch(/overlay/);
    expect(structureOf(roles.en)).toMatch(/"overlayOf":"agent-3"/);
  });

  it('changes the structure version (a role is structure)', async () => {
    const sameWithoutRole = edit(baseSource(), 'levels/lead-1.md', (d) => {
      d['expectations'] = { coaching: 2 };
    });
    expect(roles.en.version).not.toBe((await build(sameWithoutRole)).en.version);
  });
});
