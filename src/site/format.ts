/** Wording of framework values in the page's language (steps, metric targets, hours). */
import type { Framework, MetricTarget } from '../framework/model.ts';
import { useTranslations } from '../i18n/index.ts';

export type Translate = ReturnType<typeof useTranslations>;

/** "3 · Proficient" */
export function stepText(framework: Framework, step: number): string {
  const label = framework.scale.find((s) => s.step === step)?.label;
  return label === undefined ? String(step) : `${step} · ${label}`;
}

/** "Customer satisfaction (CSAT) at least 88 %" / "Average handling time at most 420 s" */
export function targetText(framework: Framework, t: Translate, target: MetricTarget): string {
  const metric = framework.metrics.find((m) => m.id === target.metric);
  const value = t(`unit.${metric?.unit ?? 'count'}`, { value: target.target });
  return t(metric?.direction === 'lower' ? 'level.metricAtMost' : 'level.metricAtLeast', {
    metric: metric?.label ?? target.metric,
    target: value,
  });
}

/** "6 h", or "effort unknown" for a training without hours. */
export function hoursText(t: Translate, hours: number | null): string {
  return hours === null ? t('training.effortUnknown') : t('training.hours', { hours });
}

export function assessmentLabel(framework: Framework, id: string): string {
  return framework.assessments.find((a) => a.id === id)?.label ?? id;
}

export function gradeLabel(framework: Framework, id: string): string {
  return framework.grades.find((g) => g.id === id)?.label ?? id;
}

export function areaLabel(framework: Framework, id: string): string {
  return framework.areas.find((a) => a.id === id)?.label ?? id;
}
