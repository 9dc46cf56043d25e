/**
 * The radar chart of the results: the target's expectations, the person's ratings and (when chosen)
 * the current level's, on the framework's scale. Only the Chart.js parts a radar needs are registered
 * (never `chart.js/auto`); this module is part of the results bundle, loaded when results are first
 * shown. The same numbers are in the results table, which is what screen readers get.
 */
import {
  Chart,
  Filler,
  Legend,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
} from 'chart.js';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Legend, Tooltip);

export interface RadarSeries {
  label: string;
  values: (number | null)[];
}

const charts = new WeakMap<HTMLCanvasElement, Chart>();

export function drawRadar(canvas: HTMLCanvasElement, axes: string[], series: RadarSeries[], max: number): void {
  const style = getComputedStyle(document.documentElement);
  const colour = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const palette = [colour('--tb-muted', '#555d66'), colour('--tb-accent', '#0b5cad'), '#b3541e'];
  const text = colour('--tb-text', '#1d2126');
  const grid = colour('--tb-border', '#d9dde1');
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  charts.get(canvas)?.destroy();
  const chart = new Chart(canvas, {
    type: 'radar',
    data: {
      labels: axes,
      datasets: series.map((s, i) => ({
        label: s.label,
        data: s.values,
        borderColor: palette[i % palette.length],
        backgroundColor: i === 1 ? `${palette[1]}33` : 'transparent',
        fill: i === 1,
        borderDash: i === 0 ? [6, 4] : [],
        pointRadius: 3,
        spanGaps: true,
      })),
    },
    options: {
      animation: reduced ? false : { duration: 400 },
      maintainAspectRatio: false,
      scales: {
        r: {
          min: 0,
          max,
          ticks: { stepSize: 1, color: text, backdropColor: 'transparent' },
          grid: { color: grid },
          angleLines: { color: grid },
          pointLabels: { color: text, font: { size: 12 } },
        },
      },
      plugins: { legend: { labels: { color: text } } },
    },
  });
  charts.set(canvas, chart);
}
