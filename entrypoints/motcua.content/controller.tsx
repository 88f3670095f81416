// The System A page controller: which page is this, check it, paint it, keep it current.
// Holds the one piece of state the receive guard needs: the open findings of the dossier shown.
import { mountAssist, type AssistMount } from '@/utils/ui/mount-assist';
import { observePage } from '@/utils/ui/page-observer';
import { detectPageKind, type ProcessingPageKind } from '@/utils/sites/motcua/detect-page-kind';
import { readAccount } from '@/utils/sites/motcua/read-account';
import type { FindingWire, CheckListResponse } from '@/utils/messaging';
import type { ProcessingDetailSnapshot } from '@/utils/sites/snapshot';
import { send } from '@/utils/service/send';
import { MotcuaPanel, type PanelState } from './panel';
import { checkSnapshot, loadDossier, readSnapshot } from './detail-check';
import { paintFlags, readRows } from './list-flags';
import { describeFinding } from './describe';

const RECHECK_DEBOUNCE_MS = 400;

export function createMotcuaController() {
  let mount: AssistMount | undefined;
  let state: PanelState = { kind: 'other', check: 'done', findings: [] };
  let abort = new AbortController();
  let stopObserving = () => {};
  let held: { proceed(): void } | null = null;

  const paint = () => {
    mount ??= mountAssist();
    mount.host.dataset.pageKind = state.kind;
    const started = performance.now();
    mount.render(
      <MotcuaPanel
        state={state}
        guard={held ? { onConfirm: confirmOverride, onCancel: () => ((held = null), paint()) } : undefined}
      />,
    );
    mount.host.dataset.renderMs = (performance.now() - started).toFixed(2);
  };

  const update = (next: Partial<PanelState>) => {
    state = { ...state, ...next };
    paint();
  };

  async function confirmOverride(reason: string) {
    const code = state.dossierCode;
    const pending = held;
    held = null;
    if (code) await send({ type: 'override', dossierCode: code, reason });
    update({ findings: state.findings.map((f) => (f.severity === 'error' && f.status === 'open' ? { ...f, status: 'overridden' } : f)) });
    pending?.proceed();
  }

  async function checkDetail(url: string, signal: AbortSignal, json?: unknown) {
    const started = performance.now();
    const snapshot = readSnapshot(url, json);
    const result = await checkSnapshot(snapshot, performance.now() - started);
    if (signal.aborted) return snapshot;
    update({ check: 'done', findings: result.response.findings, dossierCode: snapshot.dossier.code ?? snapshot.dossier.id, snapshot, error: undefined, autofillEnabled: result.response.autofillEnabled !== false });
    if (mount) mount.host.dataset.timings = JSON.stringify(result.timings);
    return snapshot;
  }

  async function runDetail(url: string, signal: AbortSignal) {
    update({ check: 'checking', findings: [], snapshot: undefined });
    // Re-check when what the page shows changes (a status change after "Tiếp nhận", a re-render).
    const pageNow = () => fingerprint(readSnapshot(url, undefined));
    await checkDetail(url, signal, await loadDossier(url, signal));
    let last = pageNow();
    let timer: ReturnType<typeof setTimeout> | undefined;
    stopObserving = observePage(document.body, () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        if (signal.aborted) return;
        if (pageNow() === last) return;
        await checkDetail(url, signal, await loadDossier(url, signal));
        last = pageNow();
      }, RECHECK_DEBOUNCE_MS);
    });
  }

  async function runList(url: string, signal: AbortSignal) {
    let lastCodes = '';
    const check = async () => {
      const started = performance.now();
      const { rows } = await readRows();
      if (signal.aborted) return;
      const codes = rows.map((r) => r.code).join('|');
      if (!rows.length || codes === lastCodes) return;
      lastCodes = codes;
      const account = readAccount(document, { userToken: localStorage.getItem('userToken') }).account;
      const snapshot = { system: 'processing', pageKind: 'dossier-list', url, account, rows: rows.map(({ element: _e, ...r }) => r), unreadable: [] } as const;
      const sent = performance.now();
      const response = await send<CheckListResponse & { page: FindingWire[] }>({ type: 'check-list', snapshot });
      if (signal.aborted) return;
      const painting = performance.now();
      const flagged = paintFlags(rows, response, describeFinding);
      const done = performance.now();
      const timings = { annotateMs: done - started, readMs: sent - started, checkMs: painting - sent, paintMs: done - painting, rows: rows.length };
      if (mount) mount.host.dataset.timings = JSON.stringify(timings);
      update({ check: 'done', findings: response.page, flagged });
    };
    // The read yields between chunks: one check at a time, and one more if the page changed meanwhile.
    let running: Promise<void> | null = null;
    let again = false;
    const schedule = (): Promise<void> => {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        do {
          again = false;
          await check();
        } while (again && !signal.aborted);
      })().finally(() => (running = null));
      return running;
    };
    stopObserving = observePage(document.body, () => void schedule());
    await schedule();
  }

  function route(url: URL) {
    abort.abort();
    stopObserving();
    abort = new AbortController();
    held = null;
    const kind: ProcessingPageKind = detectPageKind(url.href, document);
    const account = readAccount(document, { userToken: localStorage.getItem('userToken') }).account;
    state = { kind, check: 'done', findings: [], account: account.username ?? account.fullName };
    paint();
    const run = kind === 'dossier-detail' ? runDetail : kind === 'dossier-list' ? runList : undefined;
    if (run) {
      run(url.href, abort.signal).catch((err: unknown) => update({ check: 'failed', error: err instanceof Error ? err.message : String(err) }));
      return;
    }
    // The navigation event fires before the app re-renders (a sign-in form may still be on
    // screen): look again when the page changes.
    stopObserving = observePage(document.body, () => {
      if (detectPageKind(location.href, document) !== state.kind) route(new URL(location.href));
    });
  }

  return {
    route,
    guard: {
      isBlocking: () => state.kind === 'dossier-detail' && state.findings.some((f) => f.severity === 'error' && f.status === 'open'),
      onHeld: (_control: HTMLElement, proceed: () => void) => {
        held = { proceed };
        paint();
      },
    },
    dispose() {
      abort.abort();
      stopObserving();
      mount?.remove();
    },
  };
}

/** What a re-check compares: the snapshot without evidence (which may name other sources). */
function fingerprint(snapshot: ProcessingDetailSnapshot): string {
  return JSON.stringify({ dossier: snapshot.dossier, account: snapshot.account });
}
