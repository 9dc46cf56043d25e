/**
 * Authoring checks beyond integrity: content that is valid but would read badly or never be used —
 * a level without responsibilities, an expected step nobody described, empty promotion criteria, a
 * training that develops nothing or that no gap could ever recommend, an indicator written twice.
 * All are warnings (errors with --strict), each naming the file, the field and a fix. They run on the
 * assembled default-locale framework, so inherited expectations count.
 */
import type { DiagnosticList } from './diagnostics.ts';
import type { Framework, Training } from './model.ts';
import { isMeantFor } from './queries.ts';

export function checkAuthoring(framework: Framework, list: DiagnosticList): void {
  const competencies = new Map(framework.competencies.map((c) => [c.id, c]));

  for (const level of framework.levels) {
    if (level.responsibilities.length === 0) {
      list.warn(
        'empty-responsibilities',
        level.file,
        'responsibilities',
        'the level lists no responsibilities',
        'add `responsibilities:` with what someone at this level is responsible for, one item per line',
      );
    }
    const p = level.promotion;
    if (
      level.next !== null &&
      p !== null &&
      p.minMonths === 0 &&
      p.metrics.length + p.trainings.length + p.assessments.length + p.conditions.length === 0
    ) {
      list.warn(
        'empty-criteria',
        level.file,
        'promotion',
        'the promotion criteria are empty',
        'give at least `minMonths`, a metric target, a training, an assessment or a condition',
      );
    }
  }

  // An expected step must say what it looks like: report each undescribed step once, with its levels.
  const undescribed = new Map<string, string[]>();
  for (const level of framework.levels) {
    for (const e of level.expectations) {
      if (e.step < 1 || e.setBy !== level.id) continue;
      if ((competencies.get(e.competency)?.indicators[String(e.step)] ?? []).length > 0) continue;
      const key = `${e.competency}\u0000${e.step}`;
      undescribed.set(key, [...(undescribed.get(key) ?? []), level.id]);
    }
  }
  for (const [key, levels] of undescribed) {
    const [id = '', step = ''] = key.split('\u0000');
    list.warn(
      'missing-indicator',
      competencies.get(id)?.file ?? `competencies/${id}.md`,
      `indicators.${step}`,
      `step ${step} is expected by ${levels.map((l) => `\`${l}\``).join(', ')} but has no indicators`,
      `describe what step ${step} looks like under \`indicators:\` → \`${step}:\``,
    );
  }

  checkTrainingUse(framework, list);
  checkLadderShape(framework, list);

  // The same behaviour written twice (in one competency or two) makes the steps impossible to tell apart.
  const seen = new Map<string, string>();
  for (const competency of framework.competencies) {
    for (const [step, items] of Object.entries(competency.indicators)) {
      items.forEach((text, i) => {
        const key = text.trim().toLowerCase().replace(/\s+/g, ' ');
        const where = `${competency.file} › indicators.${step}[${i}]`;
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, where);
          return;
        }
        list.warn(
          'duplicate-indicator',
          competency.file,
          `indicators.${step}[${i}]`,
          `this indicator is word for word the same as ${first}`,
          'say what is different at this step, or remove one of the two',
        );
      });
    }
  }
}

/**
 * Whether some gap at a level it is meant for can bring the training into a plan: it develops a
 * competency one of those levels expects, at a step or (as the plan counts it) by a criterion alone.
 */
function closesSomeGap(framework: Framework, training: Training): boolean {
  const develops = Object.entries(training.develops).filter(([, step]) => step > 0);
  const audience = framework.levels.filter((l) => isMeantFor(training, [l]));
  return develops.some(([id]) =>
    audience.some(
      (l) =>
        l.expectations.some((e) => e.competency === id && e.step > 0) ||
        l.criteria.some((c) => c.competency === id && !l.expectations.some((e) => e.competency === id)),
    ),
  );
}

/** Every prerequisite, however deep, of the trainings `roots` names, and those trainings themselves. */
function withPrerequisites(framework: Framework, roots: readonly string[]): Set<string> {
  const byId = new Map(framework.trainings.map((t) => [t.id, t]));
  const reached = new Set<string>();
  const visit = (id: string): void => {
    if (reached.has(id)) return;
    reached.add(id);
    for (const prerequisite of byId.get(id)?.prerequisites ?? []) visit(prerequisite);
  };
  roots.forEach(visit);
  return reached;
}

/**
 * A training no plan will ever show. The plan takes a training that closes a gap at a level it is
 * meant for, with its prerequisites placed first; level pages and results also list the trainings a
 * promotion requires. A training that develops nothing is reported unless a promotion or a planned
 * training needs it; one that develops something unless a planned training needs it first.
 */
function checkTrainingUse(framework: Framework, list: DiagnosticList): void {
  const planned = withPrerequisites(
    framework,
    framework.trainings.filter((t) => closesSomeGap(framework, t)).map((t) => t.id),
  );
  const required = withPrerequisites(
    framework,
    framework.levels.flatMap((l) => l.promotion?.trainings ?? []),
  );
  for (const training of framework.trainings) {
    if (planned.has(training.id)) continue;
    const develops = Object.keys(training.develops).filter((id) => (training.develops[id] ?? 0) > 0);
    if (develops.length === 0) {
      if (required.has(training.id)) continue;
      list.warn(
        'training-develops-nothing',
        training.file,
        'develops',
        'the training develops no competency, and no promotion or planned training needs it, so no plan or level page ever shows it',
        'add `develops:` with the competencies it raises and to which step, e.g. `communication: 2`',
      );
      continue;
    }
    list.warn(
      'training-never-recommended',
      training.file,
      'develops',
      `no level it is meant for expects ${develops.map((id) => `\`${id}\``).join(', ')}, and no planned training needs it first, so no gap can ever bring it into a plan`,
      'widen `tracks`/`levels`, or develop a competency those levels expect',
    );
  }
}

/** Tracks with no level, levels expecting nothing, two levels of one name, and missing ranks. */
function checkLadderShape(framework: Framework, list: DiagnosticList): void {
  for (const track of framework.tracks) {
    const ladder = framework.levels.filter((l) => l.track === track.id).sort((a, b) => a.rank - b.rank);
    if (ladder.length === 0) {
      list.warn(
        'track-without-levels',
        track.file,
        '',
        'the track is published but has no published level, so its column of the lattice is empty',
        'add a level with `track: ' + track.id + '`, or set `draft: true` on the track until it has one',
      );
      continue;
    }
    const titles = new Map<string, string>();
    ladder.forEach((level, i) => {
      const earlier = titles.get(level.title.trim().toLowerCase());
      if (earlier !== undefined) {
        list.warn(
          'duplicate-level-title',
          level.file,
          'title',
          `\`${earlier}\` on the same track is also called "${level.title}", so readers cannot tell them apart`,
          'give each level of a track its own title',
        );
      } else titles.set(level.title.trim().toLowerCase(), level.id);
      const expected = (ladder[i - 1]?.rank ?? 0) + 1;
      if (level.rank > expected) {
        list.warn(
          'rank-gap',
          level.file,
          'rank',
          `rank ${level.rank} follows rank ${expected - 1} on the track \`${track.id}\`: rank ${expected} is missing`,
          `number the levels of a track 1, 2, 3 … without gaps: give this one \`rank: ${expected}\``,
        );
      }
      if (level.expectations.every((e) => e.step === 0) && level.criteria.length === 0) {
        list.warn(
          'level-expects-nothing',
          level.file,
          'expectations',
          'the level expects no step of any competency (none of its own, none inherited)',
          'add `expectations:` with the step each competency needs at this level, e.g. `communication: 2`',
        );
      }
    });
  }
}
