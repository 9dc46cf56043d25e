/**
 * The words for the rule that decided a verdict, shared by the self-assessment's results and the team
 * view (a module of its own, so the team view does not load the results' chart to use it).
 */
import { fill, plural, type PluralForms } from '../dom.ts';
import type { Evaluation } from '../../assessment/engine.ts';
import type { AssessmentLabels } from './labels.ts';

/** Which verdict rule decided, with the figures: "Why not yet: 3 gaps, the largest 1 step; …". */
export function whyText({ why }: Pick<Evaluation, 'why'>, labels: Pick<AssessmentLabels, 'why' | 'count'>): string {
  const count = (forms: PluralForms, n: number) => fill(plural(forms, n), { n });
  const { gaps, steps, criteria } = labels.count;
  return fill(labels.why[why.rule], {
    gaps: count(gaps, why.gaps),
    largest: count(steps, why.largest),
    open: count(criteria, why.open),
    maxGaps: count(gaps, why.maxGaps),
    maxSteps: count(steps, why.maxSteps),
  });
}
