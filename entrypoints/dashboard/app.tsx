// The supervisor's dashboard: every stored warning and override, filters, a virtualised table,
// the detail of one record, charts, exports and imports. Timings for the benchmark are written to
// <body data-render-ms data-load-ms data-filter-ms> (ms since navigation start / since the change).
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { db } from '@/utils/db/database';
import { recordReview } from '@/utils/db/warnings-store';
import type { WarningRecord } from '@/utils/db/types';
import { DEFAULT_SORT, filterOptions, filterRecords, sortRecords, type ReviewFilter, type SortKey, type SortOrder } from '@/utils/review/filters';
import { messageFor } from '@/utils/rules/messages';
import { t, type MessageKey } from '@/utils/i18n';
import { DashboardFilters } from '@/components/dashboard-filters';
import { DashboardTable } from '@/components/dashboard-table';
import { DashboardDetail } from '@/components/dashboard-detail';
import { DashboardCharts } from '@/components/dashboard-charts';
import { DashboardToolbar, type ImportFileReport } from '@/components/dashboard-toolbar';
import { useWarnings } from './use-warnings';
import { chartSpecs } from './chart-specs';
import { exportBundle, exportCsv, importBundles } from './actions';

const message = (r: WarningRecord) => messageFor(r, (key, subs) => t(key as MessageKey, subs));
const mark = (name: string, ms: number) => (document.body.dataset[name] = String(Math.round(ms)));

export function App() {
  const { records, total, complete } = useWarnings();
  const [filter, setFilter] = useState<ReviewFilter>({});
  const [sort, setSort] = useState<SortOrder>(DEFAULT_SORT);
  const [selectedId, setSelectedId] = useState<string>();
  const [tab, setTab] = useState<'table' | 'charts'>('table');
  const [includePersonal, setIncludePersonal] = useState(false);
  const [busy, setBusy] = useState<string>();
  const [report, setReport] = useState<ImportFileReport[]>();
  const changedAt = useRef<number | undefined>(undefined);

  const options = useMemo(() => filterOptions(records), [records]);
  const rows = useMemo(() => sortRecords(filterRecords(records, filter), sort, true), [records, filter, sort]);
  const charts = useMemo(() => (tab === 'charts' ? chartSpecs(rows) : []), [rows, tab]);
  const selected = useMemo(() => (selectedId ? records.find((r) => r.id === selectedId) : undefined), [records, selectedId]);

  useLayoutEffect(() => {
    void document.body.offsetHeight; // include style and layout of the new rows in the timing
    const now = performance.now();
    if (changedAt.current !== undefined) {
      mark('filterMs', now - changedAt.current);
      changedAt.current = undefined;
    }
    if (records.length || complete) document.body.dataset.renderMs ??= String(Math.round(now));
    if (complete) document.body.dataset.loadMs ??= String(Math.round(now));
  }, [rows, complete]);

  const change = (f: ReviewFilter) => {
    changedAt.current = performance.now();
    setFilter(f);
  };
  const onSort = (key: SortKey) => {
    changedAt.current = performance.now();
    setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: key === 'lastSeenAt' ? 'desc' : 'asc' }));
  };
  const run = async (label: string, work: () => Promise<unknown>) => {
    setBusy(label);
    try {
      await work();
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <div class={`dashboard${selected ? ' with-detail' : ''}`}>
      <header class="top">
        <h1>{t('dash_title')}</h1>
        <nav role="tablist" aria-label={t('dash_views')}>
          {(['table', 'charts'] as const).map((id) => (
            <button key={id} type="button" role="tab" id={`tab-${id}`} aria-selected={tab === id} aria-controls={`panel-${id}`} data-testid={`tab-${id}`} onClick={() => setTab(id)}>
              {t(id === 'table' ? 'dash_tab_table' : 'dash_tab_charts')}
            </button>
          ))}
        </nav>
      </header>
      <DashboardFilters filter={filter} options={options} onChange={change} />
      <DashboardToolbar
        shown={rows.length}
        total={total}
        loading={!complete}
        includePersonal={includePersonal}
        busy={busy}
        report={report}
        onIncludePersonal={setIncludePersonal}
        onExportCsv={() => mark('csvMs', exportCsv(rows, includePersonal, message))}
        onExportBundle={() => void run(t('dash_busyExport'), async () => mark('bundleMs', await exportBundle(includePersonal)))}
        onImport={(files) => void run(t('dash_busyImport'), async () => setReport(await importBundles(files)))}
      />
      <main>
        <div role="tabpanel" id="panel-table" aria-labelledby="tab-table" hidden={tab !== 'table'} class="table-panel">
          <DashboardTable rows={rows} sort={sort} selectedId={selectedId} message={message} onSort={onSort} onOpen={(r) => setSelectedId(r.id)} />
          {selected ? (
            <DashboardDetail
              record={selected}
              message={message(selected)}
              onReview={(note) => recordReview(db(), selected.id, note, Date.now())}
              onClose={() => {
                setSelectedId(undefined);
                document.querySelector<HTMLElement>(`[data-warning-id="${CSS.escape(selected.id)}"]`)?.focus();
              }}
            />
          ) : null}
        </div>
        <div role="tabpanel" id="panel-charts" aria-labelledby="tab-charts" hidden={tab !== 'charts'}>
          {tab === 'charts' ? <DashboardCharts charts={charts} printLabel={t('dash_print')} /> : null}
        </div>
      </main>
    </div>
  );
}
