/** Wording of framework values in the page's language (steps, metric targets, hours). */
import { formatBand, formatMetric, type BandWords, type UnitWords } from '../framework/metric-format.ts';
import type { Framework, Kpi, Level, MetricTarget } from '../framework/model.ts';
import { bandedTitle } from '../framework/queries.ts';
import { useTranslations } from '../i18n/index.ts';

export type Translate = ReturnType<typeof useTranslations>;

/** "3 · Proficient" */
export function stepText(framework: Framework, step: number): string {
  const label = framework.scale.find((s) => s.step === step)?.label;
  return label === undefined ? String(step) : `${step} · ${label}`;
}

/** The unit wording `formatMetric` takes from the dictionaries. */
export function unitWords(t: Translate): UnitWords {
  return { perHour: t('unit.per-hour') };
}

/** The band wording `formatBand` takes from the dictionaries. */
export function bandWords(t: Translate): BandWords {
  return { ...unitWords(t), min: t('kpi.min'), max: t('kpi.max') };
}

/** A KPI band in the page's language: "at least 12 per hour", "8–12 per hour". */
export function bandText(framework: Framework, t: Translate, kpi: Kpi): string {
  const metric = framework.metrics.find((m) => m.id === kpi.metric);
  return formatBand(kpi, metric, framework.locale, bandWords(t));
}

/** A level as it is named where it stands alone: "Level 1 · 1B" for a sub-level, else its title. */
export function levelName(t: Translate, level: Pick<Level, 'band' | 'title'>): string {
  return bandedTitle(level, t('level.bandTitle'));
}

/** A metric value as the page's language writes it: "88%", "7 min", "€1,200", "12 per hour". */
export function metricValue(framework: Framework, t: Translate, metricId: string, value: number): string {
  const metric = framework.metrics.find((m) => m.id === metricId);
  return formatMetric(value, metric, framework.locale, unitWords(t));
}

/** "Customer satisfaction (CSAT) at least 88%" / "Average handling time at most 420 sec" */
export function targetText(framework: Framework, t: Translate, target: MetricTarget): string {
  const metric = framework.metrics.find((m) => m.id === target.metric);
  const value = metricValue(framework, t, target.metric, target.target);
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
