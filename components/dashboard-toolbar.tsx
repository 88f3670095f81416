// Export and import actions, and the report of the last import (per file: added, updated,
// already present — or rejected and why). Pure: the app does the work.
import { t } from '@/utils/i18n';

export interface ImportFileReport {
  file: string;
  added?: number;
  updated?: number;
  present?: number;
  rejected?: string;
}

export interface ToolbarProps {
  shown: number;
  total: number;
  loading: boolean;
  includePersonal: boolean;
  busy?: string;
  report?: ImportFileReport[];
  onIncludePersonal: (on: boolean) => void;
  onExportCsv: () => void;
  onExportBundle: () => void;
  onImport: (files: File[]) => void;
}

export function DashboardToolbar(p: ToolbarProps) {
  return (
    <div class="toolbar">
      <p class="count" role="status" data-testid="row-count" data-shown={p.shown} data-total={p.total}>
        {p.loading ? t('dash_loading', [String(p.shown), String(p.total)]) : t('dash_count', [String(p.shown), String(p.total)])}
      </p>
      <label class="personal">
        <input type="checkbox" data-testid="include-personal" checked={p.includePersonal} onChange={(e) => p.onIncludePersonal((e.currentTarget as HTMLInputElement).checked)} />
        {t('dash_includePersonal')}
      </label>
      <button type="button" data-testid="export-csv" onClick={p.onExportCsv} disabled={Boolean(p.busy)}>{t('dash_exportCsv')}</button>
      <button type="button" data-testid="export-bundle" onClick={p.onExportBundle} disabled={Boolean(p.busy)}>{t('dash_exportBundle')}</button>
      <label class="import">
        <span>{t('dash_import')}</span>
        <input
          type="file"
          accept=".json,application/json"
          multiple
          data-testid="import-bundle"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            p.onImport([...(input.files ?? [])]);
            input.value = '';
          }}
        />
      </label>
      {p.busy ? <p class="busy" role="status">{p.busy}</p> : null}
      {p.report ? <ImportReport report={p.report} /> : null}
    </div>
  );
}

function ImportReport({ report }: { report: ImportFileReport[] }) {
  return (
    <section class="import-report" role="status" aria-live="polite" data-testid="import-report">
      <h2>{t('dash_importReport')}</h2>
      <ul>
        {report.map((r, i) =>
          r.rejected ? (
            <li key={i} class="rejected" data-result="rejected" data-file={r.file}>
              {t('dash_importRejected', [r.file, r.rejected])}
            </li>
          ) : (
            <li key={i} data-result="merged" data-file={r.file} data-added={r.added} data-updated={r.updated} data-present={r.present}>
              {t('dash_importMerged', [r.file, String(r.added), String(r.updated), String(r.present)])}
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
