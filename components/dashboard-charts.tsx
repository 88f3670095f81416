// The supervisor's pictures, drawn with chart.js (only the parts used are registered, so the
// bundle stays small; nothing from a CDN). Each chart has a heading, a one-line summary a screen
// reader gets as the canvas's label, and redraws to paper size when printed.
import { useEffect, useRef } from 'preact/hooks';
import {
  Chart, BarController, BarElement, LineController, LineElement, PointElement, DoughnutController, ArcElement,
  CategoryScale, LinearScale, Legend, Tooltip, type ChartConfiguration,
} from 'chart.js';
import type { ChartData } from '@/utils/review/chart-data';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, DoughnutController, ArcElement, CategoryScale, LinearScale, Legend, Tooltip);

const PALETTE = ['#1f6fb2', '#d9534f', '#f0ad4e', '#5cb85c', '#8e44ad', '#16a085', '#7f8c8d', '#c0392b', '#2c3e50', '#e67e22', '#27ae60', '#2980b9', '#95a5a6'];

export interface ChartSpec {
  id: string;
  title: string;
  summary: string;
  kind: 'stacked-bar' | 'bar' | 'horizontal-bar' | 'line' | 'doughnut';
  data: ChartData;
}

function configFor(spec: ChartSpec): ChartConfiguration {
  const datasets = spec.data.series.map((s, i) => ({
    label: s.label,
    data: s.data,
    backgroundColor: spec.kind === 'doughnut' ? PALETTE : PALETTE[i % PALETTE.length],
    borderColor: spec.kind === 'line' ? PALETTE[i % PALETTE.length] : undefined,
  }));
  const stacked = spec.kind === 'stacked-bar';
  const type = spec.kind === 'doughnut' ? 'doughnut' : spec.kind === 'line' ? 'line' : 'bar';
  const scales = type === 'doughnut' ? {} : { x: { stacked, beginAtZero: true }, y: { stacked, beginAtZero: true, ticks: { precision: 0 } } };
  return {
    type,
    data: { labels: spec.data.labels, datasets },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: spec.kind === 'horizontal-bar' ? 'y' : 'x',
      plugins: { legend: { display: spec.data.series.length > 1 || type === 'doughnut', position: 'bottom' } },
      scales,
    },
  } as ChartConfiguration;
}

function ChartBox({ spec }: { spec: ChartSpec }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | undefined>(undefined);
  useEffect(() => {
    chart.current = new Chart(canvas.current!, configFor(spec));
    return () => chart.current?.destroy();
  }, [spec.kind]);
  useEffect(() => {
    const c = chart.current!;
    const next = configFor(spec);
    c.data = next.data;
    c.update();
  }, [spec]);
  const empty = spec.data.series.every((s) => s.data.every((v) => !v));
  return (
    <figure class="chart" data-testid={`chart-${spec.id}`}>
      <figcaption>
        <h3>{spec.title}</h3>
        <p class="summary">{spec.summary}</p>
      </figcaption>
      <div class="canvas-box">
        <canvas ref={canvas} role="img" aria-label={`${spec.title}. ${spec.summary}`} />
      </div>
      {empty ? <p class="no-data">—</p> : null}
    </figure>
  );
}

export function DashboardCharts({ charts, printLabel }: { charts: ChartSpec[]; printLabel: string }) {
  useEffect(() => {
    // Charts sized for the screen would be cut on paper: resize every chart before printing.
    const resize = () => Object.values(Chart.instances).forEach((c) => c.resize());
    window.addEventListener('beforeprint', resize);
    window.addEventListener('afterprint', resize);
    return () => {
      window.removeEventListener('beforeprint', resize);
      window.removeEventListener('afterprint', resize);
    };
  }, []);
  return (
    <div class="charts" data-testid="charts">
      <button type="button" class="print" data-testid="print-charts" onClick={() => window.print()}>
        {printLabel}
      </button>
      <div class="chart-grid">
        {charts.map((spec) => <ChartBox key={spec.id} spec={spec} />)}
      </div>
    </div>
  );
}
