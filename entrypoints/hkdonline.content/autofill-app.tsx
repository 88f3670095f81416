// HkdOnline side of auto-fill, wired to the background: continue a running fill on every page
// load, list captures, preview and start a fill, show progress, carry the result back.
import { useEffect, useState } from 'preact/hooks';
import type { CaptureSummary } from '@/utils/autofill/capture-store';
import type { FillState, Plan } from '@/utils/autofill/types';
import type { HkdResult } from '@/utils/sites/snapshot';
import { runFillOnPage } from '@/utils/autofill/apply/run-fill';
import { readControlValues } from '@/utils/sites/hkdonline/read-control-values';
import { AutofillPanel } from '@/components/autofill-panel';
import { FillPreview } from '@/components/fill-preview';
import { FillStatus } from '@/components/fill-status';
import { FillResult } from '@/components/fill-result';
import { fillPort, pageServerMs, send } from './messaging';

export interface AutofillAppProps {
  account?: string;
  /** The registration result shown on this page, if it is HkdOnline's result page. */
  result?: HkdResult;
}

// Server-rendered pages are complete at document_idle; one macrotask lets the panel paint first.
const SETTLE_MS = 0;

export function AutofillApp({ account, result }: AutofillAppProps) {
  const [captures, setCaptures] = useState<CaptureSummary[]>([]);
  const [selected, setSelected] = useState<string>();
  const [officer, setOfficer] = useState(false);
  const [plan, setPlan] = useState<Plan>();
  const [state, setState] = useState<FillState>();
  const [sentFor, setSentFor] = useState<string>();

  const refresh = () => send<CaptureSummary[]>({ type: 'autofill_list' }).then(setCaptures).catch(() => setCaptures([]));
  const run = async () => setState(await runFillOnPage(document, fillPort, { serverMs: pageServerMs() }));

  useEffect(() => {
    void refresh();
    const timer = setTimeout(() => void run().catch((err) => console.error('[motcua-assist] fill', err)), SETTLE_MS);
    return () => clearTimeout(timer);
  }, []);

  const preview = async () => setPlan(await send<Plan>({ type: 'autofill_plan', dossierCode: selected!, officerIsSubmitter: officer }));
  const start = async () => {
    setPlan(undefined);
    setState(await send<FillState>({ type: 'autofill_start', dossierCode: selected!, officerIsSubmitter: officer, account }));
    await run();
  };
  const stop = async () => setState((await send<FillState | null>({ type: 'autofill_stop' })) ?? undefined);
  const resume = async () => {
    await send({ type: 'autofill_resume' });
    await run();
  };
  const sendResult = async (dossierCode: string, r: HkdResult) => {
    if (await send<boolean>({ type: 'autofill_result', dossierCode, result: r, account })) setSentFor(dossierCode);
    void refresh();
  };

  return (
    <AutofillPanel captures={captures} selected={selected} officerIsSubmitter={officer} onSelect={setSelected} onOfficerIsSubmitter={setOfficer} onStart={() => void preview()}>
      {plan && <FillPreview plan={plan} present={readControlValues(document)} onConfirm={() => void start()} onCancel={() => setPlan(undefined)} />}
      {state && <FillStatus state={state} onStop={() => void stop()} onResume={() => void resume()} />}
      {(result || captures.length > 0) && (
        <FillResult key={result?.code ?? 'typed'} read={result} dossierCodes={captures.map((c) => c.dossierCode)} defaultDossier={state?.dossierCode} sentFor={sentFor} onSend={(d, r) => void sendResult(d, r)} />
      )}
    </AutofillPanel>
  );
}
