// The warnings table: one virtualised scroll over every row (no paging). Only the rows in view
// (plus a margin) are in the DOM, positioned in a spacer as tall as all rows, so 100,000 rows
// scroll as smoothly as 100. Rows are focusable (roving tabindex): arrows move, Enter opens.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { WarningRecord } from '@/utils/db/types';
import type { SortKey, SortOrder } from '@/utils/review/filters';
import { t } from '@/utils/i18n';
import { columnLabel, ruleLabel, severityLabel, statusLabel } from '@/utils/review/labels';

export const ROW_HEIGHT = 40;
const OVERSCAN = 8;

const COLUMNS: { key: SortKey | 'message'; cls: string }[] = [
  { key: 'lastSeenAt', cls: 'c-time' },
  { key: 'dossierCode', cls: 'c-code' },
  { key: 'ruleId', cls: 'c-rule' },
  { key: 'severity', cls: 'c-sev' },
  { key: 'status', cls: 'c-status' },
  { key: 'account', cls: 'c-account' },
  { key: 'field', cls: 'c-field' },
  { key: 'message', cls: 'c-message' },
];

const timeFormat = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' });

export interface TableProps {
  rows: readonly WarningRecord[];
  sort: SortOrder;
  selectedId?: string;
  message: (r: WarningRecord) => string;
  onSort: (key: SortKey) => void;
  onOpen: (r: WarningRecord) => void;
}

function HeaderCell({ col, sort, onSort }: { col: (typeof COLUMNS)[number]; sort: SortOrder; onSort: (k: SortKey) => void }) {
  const label = columnLabel(col.key);
  if (col.key === 'message') return <div role="columnheader" class={col.cls}>{label}</div>;
  const active = sort.key === col.key;
  return (
    <div role="columnheader" class={col.cls} aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" data-sort={col.key} onClick={() => onSort(col.key as SortKey)}>
        {label} {active ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
      </button>
    </div>
  );
}

export function DashboardTable({ rows, sort, selectedId, message, onSort, onOpen }: TableProps) {
  const body = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 600 });
  const [active, setActive] = useState(0);
  const focusAfterRender = useRef(false);

  useLayoutEffect(() => {
    const el = body.current!;
    const measure = () => setView({ top: el.scrollTop, height: el.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  useEffect(() => setActive((a) => Math.min(a, Math.max(0, rows.length - 1))), [rows]);
  useEffect(() => {
    if (!focusAfterRender.current) return;
    focusAfterRender.current = false;
    body.current?.querySelector<HTMLElement>(`[data-index="${active}"]`)?.focus();
  });

  const first = Math.max(0, Math.floor(view.top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((view.top + view.height) / ROW_HEIGHT) + OVERSCAN);

  const move = (to: number) => {
    const index = Math.max(0, Math.min(rows.length - 1, to));
    const el = body.current!;
    if (index * ROW_HEIGHT < el.scrollTop) el.scrollTop = index * ROW_HEIGHT;
    else if ((index + 1) * ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = (index + 1) * ROW_HEIGHT - el.clientHeight;
    focusAfterRender.current = true;
    setActive(index);
    setView({ top: el.scrollTop, height: el.clientHeight });
  };
  const pageRows = Math.max(1, Math.floor(view.height / ROW_HEIGHT) - 1);
  const onKey = (e: KeyboardEvent, i: number, r: WarningRecord) => {
    const moves: Record<string, number> = { ArrowDown: i + 1, ArrowUp: i - 1, PageDown: i + pageRows, PageUp: i - pageRows, Home: 0, End: rows.length - 1 };
    if (e.key === 'Enter' || e.key === ' ') onOpen(r);
    else if (e.key in moves) move(moves[e.key]!);
    else return;
    e.preventDefault();
  };

  const visible = [];
  for (let i = first; i < last; i++) {
    const r = rows[i]!;
    visible.push(
      <div
        role="row"
        key={r.id}
        class={`row sev-${r.severity}${r.id === selectedId ? ' selected' : ''}`}
        style={{ transform: `translateY(${i * ROW_HEIGHT}px)` }}
        aria-rowindex={i + 2}
        aria-selected={r.id === selectedId}
        tabIndex={i === active ? 0 : -1}
        data-index={i}
        data-warning-id={r.id}
        data-rule={r.ruleId}
        data-severity={r.severity}
        data-status={r.status}
        onClick={() => {
          setActive(i);
          onOpen(r);
        }}
        onKeyDown={(e) => onKey(e, i, r)}
      >
        <div role="cell" class="c-time">{timeFormat.format(r.lastSeenAt)}</div>
        <div role="cell" class="c-code" data-testid="dossier-code">{r.dossierCode}</div>
        <div role="cell" class="c-rule" title={r.ruleId}>{ruleLabel(r.ruleId)}</div>
        <div role="cell" class="c-sev"><span class={`sev ${r.severity}`}>{severityLabel(r.severity)}</span></div>
        <div role="cell" class="c-status">{statusLabel(r.status)}{r.review ? ' ✓' : ''}</div>
        <div role="cell" class="c-account">{r.account}</div>
        <div role="cell" class="c-field">{r.field ?? ''}</div>
        <MessageCell text={message(r)} />
      </div>,
    );
  }

  return (
    <div role="table" class="warnings-table" aria-label={t('dash_table')} aria-rowcount={rows.length + 1} data-testid="warnings-table" data-rows={rows.length}>
      <div role="rowgroup" class="head">
        <div role="row" class="row header" aria-rowindex={1}>
          {COLUMNS.map((col) => <HeaderCell key={col.key} col={col} sort={sort} onSort={onSort} />)}
        </div>
      </div>
      <div role="rowgroup" class="body" ref={body} onScroll={(e) => setView({ top: (e.currentTarget as HTMLDivElement).scrollTop, height: (e.currentTarget as HTMLDivElement).clientHeight })}>
        <div class="spacer" style={{ height: `${rows.length * ROW_HEIGHT}px` }}>
          {visible}
        </div>
        {rows.length === 0 ? <p class="empty" role="status">{t('dash_empty')}</p> : null}
      </div>
    </div>
  );
}

function MessageCell({ text }: { text: string }) {
  return (
    <div role="cell" class="c-message" title={text}>
      {text}
    </div>
  );
}
