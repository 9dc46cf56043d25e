/**
 * `npm run new`: the text of a new, valid entry and its Chinese translation, with every field
 * explained in a comment, placed where the framework expects it (a new level goes on top of its track,
 * on the grade of the level below it). Pure: returns files; the script writes them.
 */
import type { Framework } from '../framework/model.ts';
import { isValidId } from '../framework/schema.ts';

export const SCAFFOLD_KINDS = ['track', 'level', 'competency', 'training'] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

export interface ScaffoldFile {
  /** Path relative to the content folder. */
  path: string;
  text: string;
}

export type Scaffolded = { ok: true; files: ScaffoldFile[]; next: string[] } | { ok: false; problem: string };

const COLLECTION: Record<ScaffoldKind, string> = {
  track: 'tracks',
  level: 'levels',
  competency: 'competencies',
  training: 'trainings',
};

export function scaffold(
  framework: Framework,
  kind: ScaffoldKind,
  id: string,
  options: { track?: string } = {},
): Scaffolded {
  if (!isValidId(id))
    return {
      ok: false,
      problem: `\`${id}\` is not a valid id: use lowercase words joined by hyphens, e.g. \`complaint-basics\``,
    };
  const collection = COLLECTION[kind];
  const taken = (framework[collection as 'tracks'] as { id: string }[]).some((e) => e.id === id);
  if (taken) return { ok: false, problem: `content/${collection}/${id} already exists: choose another id` };
  const other = framework.locales.filter((l) => l !== framework.defaultLocale);
  const file = (text: string): ScaffoldFile => ({ path: `${collection}/${id}.md`, text });
  const translation = (text: string): ScaffoldFile[] =>
    other.map((locale) => ({ path: `translations/${locale}/${collection}/${id}.md`, text }));

  if (kind === 'track') {
    const order = Math.max(0, ...framework.tracks.map((t) => t.order)) + 1;
    return {
      ok: true,
      files: [
        file(`---
# Name of the track, shown as a column of the career lattice.
title: New track
# One or two sentences: who this track is for.
summary: Who this track is for and what people on it do.
# individual (a contributor ladder), management (people leaders) or specialist.
kind: specialist
# Column position in the lattice, smallest first.
order: ${order}
# true keeps the track unpublished while you work on it.
draft: true
---

A few paragraphs about the track: the work, the people it suits, and where it leads.
`),
        ...translation(`---
title: 新通道
summary: 这条通道面向哪些人，以及他们做什么工作。
---

用几段话介绍这条通道：工作内容、适合的人，以及发展方向。
`),
      ],
      next: [
        `Add its first level: npm run new -- level <id> --track ${id}`,
        'Set `draft: false` when the track has levels and should be published.',
      ],
    };
  }

  if (kind === 'level') {
    const track = framework.tracks.find((t) => t.id === options.track);
    if (track === undefined) {
      return {
        ok: false,
        problem: `a level needs its track: add --track <id>, one of ${framework.tracks.map((t) => `\`${t.id}\``).join(', ')}`,
      };
    }
    const ladder = framework.levels.filter((l) => l.track === track.id);
    const top = ladder.at(-1);
    const rank = (top?.rank ?? 0) + 1;
    const grade = top?.grade ?? framework.grades[0]?.id ?? 'g1';
    return {
      ok: true,
      files: [
        file(`---
# Name of the level, e.g. "Senior agent".
title: New level
# One line: what someone at this level does.
summary: What someone at this level does, in one line.
# The track this level belongs to.
track: ${track.id}
# Position on the track (1 = entry level). This puts it on top of ${top === undefined ? 'the empty track' : `\`${top.id}\``}.
rank: ${rank}
# Grade from framework.yaml (${framework.grades.map((g) => g.id).join(', ')}); the same grade on two tracks means comparable weight.
grade: ${grade}
# What someone at this level is responsible for, one item per line.
responsibilities:
  - First responsibility.
# Expected step per competency (0–${Math.max(...framework.scale.map((s) => s.step))}). Competencies not listed are
# inherited from the level below on the same track. Example:
#   complaint-handling: 3
expectations: {}
# Levels on other tracks reachable from here, e.g.:
#   - to: qa-analyst
#     minMonths: 12
#     conditions: [Passes a scoring calibration exercise.]
lateralMoves: []
# When someone may move back a level (plain words, one item per line).
demotion: []
# true keeps the level unpublished while you work on it.
draft: true
---

A few paragraphs about the level: what changes from the level below and what good looks like.
`),
        ...translation(`---
title: 新层级
summary: 用一句话说明这一层级的人做什么。
responsibilities:
  - 第一项职责。
---

用几段话介绍这一层级：与下一层级相比有什么不同，做得好是什么样子。
`),
      ],
      next: [
        ...(top === undefined
          ? []
          : [`Give \`${top.id}\` its promotion criteria to this level (\`promotion:\` in levels/${top.id}.md).`]),
        'Fill in responsibilities and expectations, then set `draft: false`.',
        'Run npm run check.',
      ],
    };
  }

  if (kind === 'competency') {
    const area = framework.areas[0]?.id ?? 'general';
    const steps = framework.scale.filter((s) => s.step > 0);
    return {
      ok: true,
      files: [
        file(`---
# Name of the competency.
title: New competency
# One or two sentences: what it is.
summary: What this competency is, in one or two sentences.
# Area from framework.yaml (${framework.areas.map((a) => a.id).join(', ')}).
area: ${area}
# Weight in the self-assessment's readiness score (1 = normal, 1.5 = counts half again as much).
weight: 1
# What someone does at each step, observable behaviour, one item per line. Every step a level can
# expect needs at least one.
indicators:
${steps.map((s) => `  ${s.step}:\n    - At step ${s.step} (${s.label}), someone strong in ${id} …`).join('\n')}
# Knowledge and understanding behind it.
knowledge: []
# true keeps the competency unpublished while you work on it.
draft: true
---

Why this competency matters in the service team and how it grows.
`),
        ...translation(`---
title: 新能力
summary: 用一两句话说明这项能力是什么。
indicators:
${steps.map((s) => `  ${s.step}:\n    - 在第 ${s.step} 级（${s.label}），具备 ${id} 能力的人……`).join('\n')}
---

这项能力为什么重要，以及如何逐步提升。
`),
      ],
      next: ['Describe each step, let levels expect it under `expectations:`, then set `draft: false`.'],
    };
  }

  return {
    ok: true,
    files: [
      file(`---
# Name of the training.
title: New training
# One or two sentences shown in the catalog.
summary: What the training is and who it is for.
# course, e-learning, workshop, coaching, mentoring, shadowing, job-rotation, project, exam or briefing.
format: course
# pre-job (before taking contacts), on-the-job (ongoing) or differentiated (targeted at a gap).
phase: on-the-job
# Total effort in hours; the self-assessment ranks trainings by gap closed per hour.
hours: 4
# Track ids it is meant for; empty means every track.
tracks: []
# Level ids it is meant for; empty means every level of those tracks.
levels: []
# Training ids to complete first.
prerequisites: []
# The step it raises a competency to, e.g. complaint-handling: 3. Without this the self-assessment
# never recommends it.
develops: {}
# Level ids for which it is mandatory.
mandatoryFor: []
# true keeps the training unpublished while you work on it.
draft: true
---

What happens in the training, how it is run and how participants show what they learnt.
`),
      ...translation(`---
title: 新培训
summary: 培训内容是什么，适合哪些人。
---

培训如何开展，以及学员如何证明学有所得。
`),
    ],
    next: ['Say what it develops under `develops:`, then set `draft: false` and run npm run check.'],
  };
}
