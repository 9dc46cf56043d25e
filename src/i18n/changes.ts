/**
 * Sentences for level changes (see framework/changes.ts), for the changes page and for the
 * self-assessment's explanation of an older assessment. The phrases come from the dictionaries; the
 * browser gets them as part of its labels, so this module has no dictionary of its own.
 */
import type { LevelChange } from '../framework/changes.ts';
import { fill } from './fill.ts';
import type { useTranslations } from './index.ts';

const KEYS = [
  'expectation.raised',
  'expectation.lowered',
  'expectation.added',
  'expectation.removed',
  'grade',
  'mandatory.added',
  'mandatory.removed',
  'promotion-training.added',
  'promotion-training.removed',
  'promotion-assessment.added',
  'promotion-assessment.removed',
  'promotion-metric.changed',
  'promotion-metric.added',
  'promotion-metric.removed',
  'promotion-months.changed',
  'promotion-months.added',
  'promotion-months.removed',
  'promotion-condition.added',
  'promotion-condition.removed',
] as const;

export type ChangePhrases = Record<(typeof KEYS)[number], string>;

export function changePhrases(t: ReturnType<typeof useTranslations>): ChangePhrases {
  return Object.fromEntries(KEYS.map((k) => [k, t(`change.${k}`)])) as ChangePhrases;
}

/** Which phrase a change is said with, and with what. */
function phrase(change: LevelChange): [keyof ChangePhrases, Record<string, string | number>] {
  const added = (c: { added: boolean }) => (c.added ? 'added' : 'removed');
  const fromTo = (c: { from: unknown; to: unknown }) =>
    c.from === null ? 'added' : c.to === null ? 'removed' : 'changed';
  switch (change.kind) {
    case 'expectation': {
      const how =
        change.from === null
          ? 'added'
          : change.to === null
            ? 'removed'
            : change.to > change.from
              ? 'raised'
              : 'lowered';
      return [`expectation.${how}`, { from: change.from ?? '', to: change.to ?? '' }];
    }
    case 'grade':
      return ['grade', { from: change.from, to: change.to }];
    case 'mandatory':
    case 'promotion-training':
    case 'promotion-assessment':
      return [`${change.kind}.${added(change)}`, {}];
    case 'promotion-condition':
      return [`promotion-condition.${added(change)}`, { text: change.text }];
    case 'promotion-metric':
    case 'promotion-months':
      return [`${change.kind}.${fromTo(change)}`, { from: change.from ?? '', to: change.to ?? '' }];
  }
}

/** One sentence; `name` turns an id (competency, training, metric, assessment, grade) into its title. */
export function describeLevelChange(change: LevelChange, phrases: ChangePhrases, name: (id: string) => string): string {
  const [key, vars] = phrase(change);
  const subject =
    change.kind === 'expectation'
      ? { competency: name(change.competency) }
      : change.kind === 'mandatory' || change.kind === 'promotion-training'
        ? { training: name(change.training) }
        : change.kind === 'promotion-assessment'
          ? { assessment: name(change.assessment) }
          : change.kind === 'promotion-metric'
            ? { metric: name(change.metric) }
            : change.kind === 'grade'
              ? { from: name(change.from), to: name(change.to) }
              : {};
  return fill(phrases[key], { ...vars, ...subject });
}
