/**
 * What it takes to move from one level to another, as a list the reading pages and the compare
 * island render the same way: the promotion criteria (time, targets, trainings, assessments, other
 * conditions) or a lateral move's time and conditions. Text only, worded through `t`, so the island
 * can word it with the few UI strings it is given (`CRITERIA_KEYS`).
 */
import type { Framework, LateralMove, PromotionCriteria } from '../framework/model.ts';
import { indexFramework } from '../framework/queries.ts';
import type { UiKey } from '../i18n/keys.ts';
import { assessmentLabel, targetText, type Translate } from './format.ts';
import { trainingUrl } from './routes.ts';

/** One line of the list, with a link and sub-items where it has them. */
export interface CriteriaItem {
  text: string;
  href?: string;
  items?: CriteriaItem[];
}

/** The UI strings `criteriaItems` and `lateralItems` use, for an island to carry. */
export const CRITERIA_KEYS = [
  'level.minMonths',
  'level.minMonthsIn',
  'level.monthsPerformingAtNext',
  'level.lateralAfter',
  'level.metricTargets',
  'level.metricAtLeast',
  'level.metricAtMost',
  'level.requiredTrainings',
  'level.requiredAssessments',
  'level.otherConditions',
  'unit.per-hour',
] as const satisfies readonly UiKey[];

/**
 * "At least 6 months in this level", or, where the list stands on another level's page or between
 * two levels, in the level it is counted in (`from`: its name).
 */
function monthsItem(t: Translate, months: number, from: string | undefined): CriteriaItem[] {
  if (months <= 0) return [];
  return [
    { text: from === undefined ? t('level.minMonths', { months }) : t('level.minMonthsIn', { months, level: from }) },
  ];
}

/** Non-empty groups only: a criterion the level does not set is not listed. */
export function criteriaItems(
  framework: Framework,
  t: Translate,
  criteria: PromotionCriteria,
  from?: string,
): CriteriaItem[] {
  const { trainings } = indexFramework(framework);
  const group = (key: UiKey, items: CriteriaItem[]): CriteriaItem[] =>
    items.length === 0 ? [] : [{ text: t(key), items }];
  return [
    ...monthsItem(t, criteria.minMonths, from),
    ...(criteria.monthsPerformingAtNext > 0
      ? [{ text: t('level.monthsPerformingAtNext', { months: criteria.monthsPerformingAtNext }) }]
      : []),
    ...group(
      'level.metricTargets',
      criteria.metrics.map((m) => ({ text: targetText(framework, t, m) })),
    ),
    ...group(
      'level.requiredTrainings',
      criteria.trainings.map((id) => ({
        text: trainings.get(id)?.title ?? id,
        href: trainingUrl(framework.locale, id),
      })),
    ),
    ...group(
      'level.requiredAssessments',
      criteria.assessments.map((id) => ({ text: assessmentLabel(framework, id) })),
    ),
    ...group(
      'level.otherConditions',
      criteria.conditions.map((c) => ({ text: c })),
    ),
  ];
}

/** A lateral move's time in the level it starts from (`from`: its name), then its conditions. */
export function lateralItems(t: Translate, move: LateralMove, from?: string): CriteriaItem[] {
  return [...monthsItem(t, move.minMonths, from), ...move.conditions.map((c) => ({ text: c }))];
}
