/**
 * The team view's chart: how many people each verdict has, as bars. Only the Chart.js parts bars
 * need are registered (never `chart.js/auto`); this module is loaded when the team is first shown,
 * and the same counts are in the table beside it, which is what screen readers get.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/** Draws the bars in `canvas`, replacing a chart drawn there before. */
export function drawDistribution(canvas: HTMLCanvasElement, names: string[], counts: number[], axis: string): void {
  const style = getComputedStyle(document.documentElement);
  const colour = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const text = colour('--tb-text', '#1d2126');
  const grid = colour('--tb-border', '#d9dde1');
  Chart.getChart(canvas)?.destroy();
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: names,
      datasets: [{ label: axis, data: counts, backgroundColor: colour('--tb-accent', '#0b5cad') }],
    },
    options: {
      animation: matchMedia('(prefers-reduced-motion: reduce)').matches ? false : { duration: 300 },
      maintainAspectRatio: false,
      scales: {
        x: { ticks: { color: text }, grid: { display: false } },
        y: { beginAtZero: true, ticks: { stepSize: 1, precision: 0, color: text }, grid: { color: grid } },
      },
    },
  });
}
