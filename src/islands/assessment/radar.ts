/**
 * The chart of the results: the target's expectations, the person's ratings and (when chosen) the
 * current level's, on the framework's scale. A radar while its labels fit round it; past
 * `RADAR_MAX_AXES` competencies, horizontal bars, one row per competency, so every label stays
 * readable. Only the Chart.js parts these two need are registered (never `chart.js/auto`); this module
 * is part of the results bundle, loaded when results are first shown. The same numbers are in the
 * results table, which is what screen readers get.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';

Chart.register(
  RadarController,
  RadialLinearScale,
  PointElement,
  LineElement,
  Filler,
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
);

export interface RadarSeries {
  label: string;
  values: (number | null)[];
}

/** More competencies than this and a radar's labels overlap: the chart becomes horizontal bars. */
export const RADAR_MAX_AXES = 12;

export type ChartForm = 'radar' | 'bar';

/** Fewer than this and a radar is a line or a point, not a shape: bars say the same plainly. */
export const RADAR_MIN_AXES = 3;

export const chartForm = (axes: number): ChartForm =>
  axes > RADAR_MAX_AXES || axes < RADAR_MIN_AXES ? 'bar' : 'radar';

/**
 * Destroys the charts drawn inside `box`, before its content is replaced: a chart left behind keeps
 * its listeners and its memory for as long as the page is open.
 */
export function destroyCharts(box: HTMLElement): void {
  for (const canvas of box.querySelectorAll('canvas')) Chart.getChart(canvas)?.destroy();
}

/** How many charts are alive on the page (Chart.js keeps them in `Chart.instances`). */
export const liveCharts = (): number => Object.keys(Chart.instances).length;

interface Theme {
  palette: string[];
  text: string;
  grid: string;
}

function theme(): Theme {
  const style = getComputedStyle(document.documentElement);
  const colour = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    palette: [colour('--tb-muted', '#555d66'), colour('--tb-accent', '#0b5cad'), '#b3541e'],
    text: colour('--tb-text', '#1d2126'),
    grid: colour('--tb-border', '#d9dde1'),
  };
}

/** Draws the chart in `canvas`, replacing one drawn there before: a radar, or bars (`chartForm`). */
export function drawRadar(canvas: HTMLCanvasElement, axes: string[], series: RadarSeries[], max: number): void {
  const form = chartForm(axes.length);
  const colours = theme();
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  Chart.getChart(canvas)?.destroy();
  const config = chartConfig(form, axes, series, max, colours);
  config.options = { ...config.options, animation: reduced ? false : { duration: 400 }, maintainAspectRatio: false };
  new Chart(canvas, config);
}

/**
 * The series in either form: the target's expectations dashed (radar) or outlined (bars), the
 * person's ratings filled, the current level's as a plain line or outline.
 */
function datasets(form: ChartForm, series: RadarSeries[], t: Theme) {
  return series.map((s, i) => ({
    label: s.label,
    data: s.values,
    borderColor: t.palette[i % t.palette.length],
    ...(form === 'radar'
      ? {
          backgroundColor: i === 1 ? `${t.palette[1]}33` : 'transparent',
          fill: i === 1,
          borderDash: i === 0 ? [6, 4] : [],
          pointRadius: 3,
          spanGaps: true,
        }
      : { backgroundColor: i === 1 ? t.palette[1] : 'transparent', borderWidth: i === 1 ? 0 : 2 }),
  }));
}

function chartConfig(form: ChartForm, axes: string[], series: RadarSeries[], max: number, t: Theme) {
  const legend = { legend: { labels: { color: t.text } } };
  const data = { labels: axes, datasets: datasets(form, series, t) };
  if (form === 'bar') {
    const x = { min: 0, max, ticks: { stepSize: 1, color: t.text }, grid: { color: t.grid } };
    const y = { ticks: { color: t.text, autoSkip: false }, grid: { display: false } };
    return { type: 'bar', data, options: { indexAxis: 'y', scales: { x, y }, plugins: legend } } as ChartConfiguration;
  }
  const r = {
    min: 0,
    max,
    ticks: { stepSize: 1, color: t.text, backdropColor: 'transparent' },
    grid: { color: t.grid },
    angleLines: { color: t.grid },
    pointLabels: { color: t.text, font: { size: 12 } },
  };
  return { type: 'radar', data, options: { scales: { r }, plugins: legend } } as ChartConfiguration;
}
