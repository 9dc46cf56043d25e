/** One wording of metric values for pages, criteria, results and exports, per locale. */
import { describe, expect, it } from 'vitest';
import { formatBand, formatMetric, metricUnitLabel } from '../../src/framework/metric-format.ts';
import type { Metric } from '../../src/framework/model.ts';
import { dictionaries } from '../../src/i18n/index.ts';

const metric = (unit: Metric['unit'], currency: string | null = null) => ({ unit, currency });
const words = (locale: string) => {
  const d = dictionaries[locale];
  return { perHour: d?.['unit.per-hour'] ?? '', min: d?.['kpi.min'] ?? '', max: d?.['kpi.max'] ?? '' };
};

describe('formatMetric', () => {
  it.each([
    ['en', 'percent', null, 90, '90%'],
    ['zh-cn', 'percent', null, 90, '90%'],
    ['en', 'percent', null, 87.5, '87.5%'],
    ['en', 'minutes', null, 7, '7 min'],
    ['zh-cn', 'minutes', null, 7, '7分钟'],
    ['en', 'seconds', null, 420, '420 sec'],
    ['zh-cn', 'seconds', null, 420, '420秒'],
    ['en', 'hours', null, 1.5, '1.5 hr'],
    ['zh-cn', 'hours', null, 1.5, '1.5小时'],
    ['en', 'per-hour', null, 12, '12 per hour'],
    ['zh-cn', 'per-hour', null, 12, '12/小时'],
    ['en', 'currency', 'EUR', 1200, '€1,200'],
    ['zh-cn', 'currency', 'EUR', 1200, '€1,200'],
    ['en', 'currency', 'USD', 99.5, '$99.5'],
    ['zh-cn', 'currency', 'CNY', 800, '¥800'],
    ['en', 'score', null, 4.25, '4.25'],
    ['en', 'count', null, 12000, '12,000'],
    ['zh-cn', 'count', null, 12000, '12,000'],
    ['en', 'count', null, 1 / 3, '0.33'],
  ] as const)('%s %s (%s) %d → %s', (locale, unit, currency, value, expected) => {
    expect(formatMetric(value, metric(unit, currency), locale, words(locale))).toBe(expected);
  });

  it('writes an unknown metric as a plain number', () => {
    expect(formatMetric(1234.5, undefined, 'en', words('en'))).toBe('1,234.5');
  });
});

describe('metricUnitLabel', () => {
  it.each([
    ['en', 'percent', null, '%'],
    ['zh-cn', 'minutes', null, '分钟'],
    ['en', 'hours', null, 'hr'],
    ['en', 'per-hour', null, 'per hour'],
    ['zh-cn', 'per-hour', null, '/小时'],
    ['en', 'currency', 'EUR', '€'],
    ['en', 'score', null, ''],
    ['zh-cn', 'count', null, ''],
  ] as const)('%s %s (%s) → %j', (locale, unit, currency, expected) => {
    expect(metricUnitLabel(metric(unit, currency), locale, words(locale))).toBe(expected);
  });
});

describe('formatBand', () => {
  it.each([
    ['en', 'per-hour', null, 8, 12, '8–12 per hour'],
    ['zh-cn', 'per-hour', null, 8, 12, '8-12/小时'],
    ['en', 'per-hour', null, 8, null, 'at least 8 per hour'],
    ['zh-cn', 'per-hour', null, 8, null, '不低于 8/小时'],
    ['en', 'minutes', null, null, 10, 'at most 10 min'],
    ['zh-cn', 'minutes', null, null, 10, '不高于 10分钟'],
    ['en', 'percent', null, 85, 95, '85% – 95%'],
    ['en', 'currency', 'EUR', 500, 800, '€500 – €800'],
    ['zh-cn', 'currency', 'EUR', 500, null, '不低于 €500'],
    ['en', 'count', null, 3, 3, '3'],
  ] as const)('%s %s (%s) %s–%s → %s', (locale, unit, currency, min, max, expected) => {
    expect(formatBand({ min, max }, metric(unit, currency), locale, words(locale))).toBe(expected);
  });
});
