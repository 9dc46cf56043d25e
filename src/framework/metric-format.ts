/**
 * How a metric value reads, in one place for every page, island and export: the number and its unit
 * in the reader's language, through `Intl.NumberFormat` (`90 %` is `90%` in both English and Chinese,
 * `12 min` is `12 分钟`, `€1,200` is `€1,200`). Pure; browser code uses it too.
 */
import type { Metric } from './model.ts';

/**
 * The one wording `Intl` has no unit for: a rate per hour, e.g. `{value} per hour` / `{value}/小时`
 * (the UI string `unit.per-hour`, which a handbook may reword).
 */
export interface UnitWords {
  perHour: string;
}

/** Intl's unit for the units it knows; the others are plain numbers, a currency or a rate. */
const INTL_UNIT = { percent: 'percent', seconds: 'second', minutes: 'minute', hours: 'hour' } as const;

/** The metric's number format in `locale`: at most two decimals, the unit as Intl writes it. */
function numberFormat(metric: Pick<Metric, 'unit' | 'currency'> | undefined, locale: string): Intl.NumberFormat {
  const unit = metric?.unit;
  if (unit === 'currency' && metric?.currency !== null && metric?.currency !== undefined) {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: metric.currency,
      minimumFractionDigits: 0,
      maximumFractionDigits: 2,
    });
  }
  if (unit !== undefined && unit in INTL_UNIT) {
    const intl = INTL_UNIT[unit as keyof typeof INTL_UNIT];
    return new Intl.NumberFormat(locale, { style: 'unit', unit: intl, unitDisplay: 'short', maximumFractionDigits: 2 });
  }
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
}

/** "90%", "7 min", "€1,200", "12 per hour" / "90%", "7分钟", "€1,200", "12/小时". */
export function formatMetric(
  value: number,
  metric: Pick<Metric, 'unit' | 'currency'> | undefined,
  locale: string,
  words: UnitWords,
): string {
  return withRate(numberFormat(metric, locale).format(value), metric, words);
}

/** A range with its unit written once: "8–12 per hour", "85% – 95%", "8-12分钟", "€500 – €800". */
export function formatMetricRange(
  min: number,
  max: number,
  metric: Pick<Metric, 'unit' | 'currency'> | undefined,
  locale: string,
  words: UnitWords,
): string {
  return withRate(numberFormat(metric, locale).formatRange(min, max), metric, words);
}

const withRate = (text: string, metric: Pick<Metric, 'unit'> | undefined, words: UnitWords) =>
  metric?.unit === 'per-hour' ? words.perHour.replace('{value}', text) : text;

/** The unit alone, for a field's label: "%", "min", "€", "per hour"; empty for scores and counts. */
export function metricUnitLabel(metric: Pick<Metric, 'unit' | 'currency'>, locale: string, words: UnitWords): string {
  if (metric.unit === 'per-hour') return words.perHour.replace('{value}', '').trim();
  const number = new Set(['integer', 'group', 'decimal', 'fraction', 'literal', 'minusSign', 'plusSign']);
  return numberFormat(metric, locale)
    .formatToParts(1)
    .filter((p) => !number.has(p.type))
    .map((p) => p.value)
    .join('')
    .trim();
}

/** How a one-sided band reads around its value: "at least {min}", "at most {max}". */
export interface BandWords extends UnitWords {
  min: string;
  max: string;
}

/** "at least 12 per hour", "at most 7 min", "8–12 per hour" (a KPI band; see `Kpi`). */
export function formatBand(
  band: { min: number | null; max: number | null },
  metric: Pick<Metric, 'unit' | 'currency'> | undefined,
  locale: string,
  words: BandWords,
): string {
  const value = (n: number) => formatMetric(n, metric, locale, words);
  // Intl writes a range of one value as "~3" (about 3); a band of one value is that value.
  if (band.min !== null && band.min === band.max) return value(band.min);
  if (band.min !== null && band.max !== null) return formatMetricRange(band.min, band.max, metric, locale, words);
  if (band.min !== null) return words.min.replace('{min}', value(band.min));
  return words.max.replace('{max}', band.max === null ? '' : value(band.max));
}
