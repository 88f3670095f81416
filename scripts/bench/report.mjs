// Bench report: rows with a measured value and a budget; printed as a table and saved as JSON.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import os from 'node:os';

export function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))];
  return { n: sorted.length, median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1], min: sorted[0] };
}

/** A row: lower is better unless `higherIsBetter`. */
export function row(section, name, value, unit, budget, { higherIsBetter = false, note = '' } = {}) {
  const pass = budget == null ? null : higherIsBetter ? value >= budget : value <= budget;
  return { section, name, value, unit, budget, pass, note, higherIsBetter };
}

function fmt(v) {
  if (typeof v !== 'number') return String(v);
  if (Math.abs(v) >= 1000) return v.toFixed(0);
  if (Math.abs(v) >= 10) return v.toFixed(1);
  return v.toFixed(3);
}

export function machine() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
}

export function printReport(rows, meta) {
  console.log(`\nMáy / machine: ${meta.machine.cpus} × ${meta.machine.cpuModel}, ${meta.machine.memoryGiB} GiB, Node ${meta.machine.node}`);
  const widths = [22, 58, 14, 12, 8];
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i] ?? 10)).join(' ');
  console.log(line(['section', 'measure', 'value', 'budget', 'result']));
  console.log('-'.repeat(110));
  for (const r of rows) {
    const budget = r.budget == null ? '—' : `${r.higherIsBetter ? '≥' : '≤'}${fmt(r.budget)}`;
    const result = r.pass == null ? 'info' : r.pass ? 'PASS' : 'FAIL';
    console.log(line([r.section, `${r.name}${r.note ? ` (${r.note})` : ''}`, `${fmt(r.value)} ${r.unit}`, budget, result]));
  }
  const failed = rows.filter((r) => r.pass === false).length;
  console.log(`\n${rows.length} measures, ${failed} over budget`);
}

export function saveJson(path, rows, meta) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify({ ...meta, rows }, null, 2));
}
