/**
 * `npm run new`: the text of a new, valid entry and its translations, with every field explained in a
 * comment, placed where the framework expects it (a new level goes on top of its track, on the grade
 * of the level below it). Examples in the comments come from the handbook's own entries. Placeholder
 * text exists in English and Chinese: the structure file gets the default locale's (English for a
 * language without any), and `en` or `zh-cn` among the other locales get a translation; any other
 * locale is left to the translators, as the coverage report says. Pure: returns files; the CLI writes them.
 */
import type { DraftLadders } from '../framework/build.ts';
import type { Framework } from '../framework/model.ts';
import { PLACEHOLDERS } from '../framework/placeholders.ts';
import { idFrom, isValidId } from '../framework/schema.ts';
import { suggestId } from '../framework/diagnostics.ts';
import type { Locale } from '../framework/vocabulary.ts';

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

/** The placeholder text of a new entry: its text fields (YAML lines) and its description. */
interface Text {
  title: string;
  summary: string;
  /** Further text fields, as YAML lines (e.g. a responsibilities list). */
  more?: string;
  body: string;
}
type TextLocale = 'en' | 'zh-cn';
type Texts = Record<TextLocale, Text>;

export interface ScaffoldOptions {
  /** The track of a new level. */
  track?: string;
  /** Draft tracks and levels (not in the framework), so a level can go on a track just scaffolded. */
  drafts?: DraftLadders;
}

/** The file a new entry of `kind` is written to, relative to the content folder. */
export function entryPath(kind: ScaffoldKind, id: string): string {
  return `${COLLECTION[kind]}/${id}.md`;
}

export function scaffold(
  framework: Framework,
  kind: ScaffoldKind,
  id: string,
  options: ScaffoldOptions = {},
): Scaffolded {
  if (!isValidId(id)) return { ok: false, problem: invalidId(id) };
  const collection = COLLECTION[kind];
  const taken = (framework[collection as 'tracks'] as { id: string }[]).some((e) => e.id === id);
  if (taken) return { ok: false, problem: `content/${collection}/${id} already exists: choose another id` };
  const entry = ENTRIES[kind](framework, id, options);
  if ('problem' in entry) return { ok: false, problem: entry.problem };
  return { ok: true, files: files(framework, entryPath(kind, id), entry), next: entry.next };
}

/** "`Refund Rules` is not a valid id: … e.g. `refund-rules`", from what the author typed. */
function invalidId(id: string): string {
  const near = idFrom(id);
  const example = near === '' ? 'new-entry' : near;
  return `\`${id}\` is not a valid id: use lowercase words joined by hyphens, e.g. \`${example}\``;
}

interface Entry {
  /** The structure file, given its text fields (in the default locale's placeholder text). */
  structure: (text: Text) => string;
  texts: Texts;
  next: string[];
}

function files(framework: Framework, path: string, entry: Entry): ScaffoldFile[] {
  const source: TextLocale = framework.defaultLocale === 'zh-cn' ? 'zh-cn' : 'en';
  const others = framework.locales.filter(
    (l): l is TextLocale => l !== framework.defaultLocale && (l === 'en' || l === 'zh-cn'),
  );
  return [
    { path, text: entry.structure(entry.texts[source]) },
    ...others.map((locale: Locale) => ({
      path: `translations/${locale}/${path}`,
      text: translation(entry.texts[locale as TextLocale]),
    })),
  ];
}

function translation({ title, summary, more, body }: Text): string {
  return `---\ntitle: ${title}\nsummary: ${summary}\n${more === undefined ? '' : `${more}\n`}---\n\n${body}\n`;
}

/** The text fields of a structure file, each below its comment. */
function textFields(
  { title, summary, more }: Text,
  comments: { title: string; summary: string; more?: string },
): string {
  const extra = more === undefined ? '' : `\n# ${comments.more ?? ''}\n${more}`;
  return `# ${comments.title}\ntitle: ${title}\n# ${comments.summary}\nsummary: ${summary}${extra}`;
}

const ENTRIES: Record<ScaffoldKind, (f: Framework, id: string, o: ScaffoldOptions) => Entry | { problem: string }> = {
  track: newTrack,
  level: newLevel,
  competency: newCompetency,
  training: newTraining,
};

function newTrack(framework: Framework, id: string): Entry {
  const order = Math.max(0, ...framework.tracks.map((t) => t.order)) + 1;
  return {
    structure: (text) => `---
${textFields(text, { title: 'Name of the track, shown as a column of the career lattice.', summary: 'One or two sentences: who this track is for.' })}
# individual (a contributor ladder), management (people leaders) or specialist.
kind: specialist
# Column position in the lattice, smallest first.
order: ${order}
# true keeps the track unpublished while you work on it.
draft: true
---

${text.body}
`,
    texts: {
      en: { ...PLACEHOLDERS.track.en },
      'zh-cn': { ...PLACEHOLDERS.track['zh-cn'] },
    },
    next: [
      `Add its first level: npm run new -- level <id> --track ${id}`,
      'Set `draft: false` when the track has levels and should be published.',
    ],
  };
}

function newLevel(framework: Framework, _id: string, options: ScaffoldOptions): Entry | { problem: string } {
  const drafts = options.drafts ?? { tracks: [], levels: [] };
  const trackIds = [...framework.tracks.map((t) => t.id), ...drafts.tracks];
  const track = trackIds.find((t) => t === options.track);
  if (track === undefined) return { problem: unknownTrack(options.track, trackIds) };
  const ladder = framework.levels.filter((l) => l.track === track);
  const top = ladder.at(-1);
  // Draft levels hold their ranks too: a second new level goes above the first.
  const draftRanks = drafts.levels.filter((l) => l.track === track).map((l) => l.rank);
  const rank = Math.max(top?.rank ?? 0, ...draftRanks) + 1;
  const grade = top?.grade ?? framework.grades[0]?.id ?? 'g1';
  const competency = framework.competencies[0]?.id ?? 'communication';
  const maxStep = Math.max(...framework.scale.map((s) => s.step));
  const elsewhere = framework.levels.find((l) => l.track !== track);
  return {
    structure: (text) => `---
${textFields(text, {
  title: top === undefined ? 'Name of the level.' : `Name of the level (the one below it is "${top.title}").`,
  summary: 'One line: what someone at this level does.',
  more: 'What someone at this level is responsible for, one item per line.',
})}
# The track this level belongs to.
track: ${track}
# Position on the track (1 = entry level). This puts it on top of ${top === undefined ? 'the empty track' : `\`${top.id}\``}.
rank: ${rank}
# Grade from framework.yaml (${framework.grades.map((g) => g.id).join(', ')}); the same grade on two tracks means comparable weight.
grade: ${grade}
# Expected step per competency (0–${maxStep}). Competencies not listed are
# inherited from the level below on the same track. Example:
#   ${competency}: ${Math.min(maxStep, 3)}
expectations: {}
# Levels on other tracks reachable from here${elsewhere === undefined ? ' (none exist yet)' : `, e.g.:\n#   - to: ${elsewhere.id}\n#     minMonths: 12\n#     conditions: [A condition, in plain words.]`}
lateralMoves: []
# When someone may move back a level (plain words, one item per line).
demotion: []
# true keeps the level unpublished while you work on it.
draft: true
---

${text.body}
`,
    texts: {
      en: { ...PLACEHOLDERS.level.en, more: 'responsibilities:\n  - First responsibility.' },
      'zh-cn': { ...PLACEHOLDERS.level['zh-cn'], more: 'responsibilities:\n  - 第一项职责。' },
    },
    next: [
      ...(top === undefined
        ? []
        : [`Give \`${top.id}\` its promotion criteria to this level (\`promotion:\` in levels/${top.id}.md).`]),
      'Fill in responsibilities and expectations, then set `draft: false`.',
      'Run npm run check.',
    ],
  };
}

function newCompetency(framework: Framework, id: string): Entry {
  const area = framework.areas[0]?.id ?? 'general';
  const steps = framework.scale.filter((s) => s.step > 0);
  const indicators = (line: (step: number, label: string) => string) =>
    `indicators:\n${steps.map((s) => `  ${s.step}:\n    - ${line(s.step, s.label)}`).join('\n')}`;
  return {
    structure: (text) => `---
${textFields(text, {
  title: 'Name of the competency.',
  summary: 'One or two sentences: what it is.',
  more: 'What someone does at each step, observable behaviour, one item per line. Every step a level can\n# expect needs at least one.',
})}
# Area from framework.yaml (${framework.areas.map((a) => a.id).join(', ')}).
area: ${area}
# Weight in the self-assessment's readiness score (1 = normal, 1.5 = counts half again as much).
weight: 1
# Knowledge and understanding behind it.
knowledge: []
# true keeps the competency unpublished while you work on it.
draft: true
---

${text.body}
`,
    texts: {
      en: {
        ...PLACEHOLDERS.competency.en,
        more: indicators((step, label) => `At step ${step} (${label}), someone strong in ${id} …`),
      },
      'zh-cn': {
        ...PLACEHOLDERS.competency['zh-cn'],
        more: indicators((step, label) => `在第 ${step} 级（${label}），具备 ${id} 能力的人……`),
      },
    },
    next: ['Describe each step, let levels expect it under `expectations:`, then set `draft: false`.'],
  };
}

function newTraining(framework: Framework): Entry {
  const competency = framework.competencies[0]?.id ?? 'communication';
  return {
    structure: (text) => `---
${textFields(text, { title: 'Name of the training.', summary: 'One or two sentences shown in the catalog.' })}
# course, e-learning, workshop, coaching, mentoring, shadowing, job-rotation, project, exam or briefing.
format: course
# pre-job (before starting in the role), on-the-job (ongoing) or differentiated (targeted at a gap).
phase: on-the-job
# Total effort in hours; the self-assessment ranks trainings by gap closed per hour.
hours: 4
# Track ids it is meant for; empty means every track.
tracks: []
# Level ids it is meant for; empty means every level of those tracks.
levels: []
# Training ids to complete first.
prerequisites: []
# The step it raises a competency to, e.g. ${competency}: 3. Without this the self-assessment
# never recommends it.
develops: {}
# Level ids for which it is mandatory.
mandatoryFor: []
# true keeps the training unpublished while you work on it.
draft: true
---

${text.body}
`,
    texts: {
      en: { ...PLACEHOLDERS.training.en },
      'zh-cn': { ...PLACEHOLDERS.training['zh-cn'] },
    },
    next: ['Say what it develops under `develops:`, then set `draft: false` and run npm run check.'],
  };
}

/** Why a level cannot be made on `typed` (no `--track`, a mistyped one, or no track at all yet). */
function unknownTrack(typed: string | undefined, known: readonly string[]): string {
  if (known.length === 0)
    return 'a level needs its track, and the handbook has none yet: start with npm run new -- track <id>';
  const list = known.map((t) => `\`${t}\``).join(', ');
  if (typed === undefined) return `a level needs its track: add --track <id>, one of ${list}`;
  const near = suggestId(typed, known);
  return `there is no track \`${typed}\`: ${near === undefined ? `use one of ${list}` : `did you mean \`${near}\`?`}`;
}
