// The dashboard's file actions: CSV of the filtered view, bundle of everything, import of bundles.
import { db } from '@/utils/db/database';
import type { WarningRecord } from '@/utils/db/types';
import { recordsToCsv } from '@/utils/review/csv-export';
import { makeBundle, parseBundle } from '@/utils/review/bundle';
import { mergeRecords } from '@/utils/review/merge';
import { columnLabel, dynamicText } from '@/utils/review/labels';
import type { ImportFileReport } from '@/components/dashboard-toolbar';

const stamp = (now: Date) => now.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');

function download(text: string, name: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function exportCsv(rows: readonly WarningRecord[], includePersonal: boolean, message: (r: WarningRecord) => string): number {
  const started = performance.now();
  const text = recordsToCsv(rows, { includePersonal, header: columnLabel, message });
  download(text, `motcua-canh-bao-${stamp(new Date())}.csv`, 'text/csv;charset=utf-8');
  return performance.now() - started;
}

export async function exportBundle(includePersonal: boolean): Promise<number> {
  const started = performance.now();
  const records = await db().warnings.toArray();
  const unit = records.find((r) => r.unit)?.unit ?? '';
  const bundle = await makeBundle(records, { unit, exportedAt: Date.now(), includePersonal });
  download(JSON.stringify(bundle), `motcua-goi-du-lieu-${stamp(new Date())}.json`, 'application/json');
  return performance.now() - started;
}

/** Each file is validated as a whole first; only valid files are merged, one after another. */
export async function importBundles(files: readonly File[]): Promise<ImportFileReport[]> {
  const parsed = await Promise.all(files.map(async (f) => ({ file: f.name, result: await parseBundle(await f.text()) })));
  const report: ImportFileReport[] = [];
  for (const { file, result } of parsed) {
    if (!result.ok) {
      const why = dynamicText(`dash_reject_${result.reason.replace(/-/g, "_")}`);
      report.push({ file, rejected: result.detail ? `${why} (${result.detail})` : why });
      continue;
    }
    const counts = await mergeRecords(db(), result.bundle.records, Date.now(), result.bundle.account || file);
    report.push({ file, ...counts });
  }
  return report;
}
