// System A side of auto-fill, for the lead's content script: `renderCapture(snapshot)` gives the
// capture button / preview / result-fill subtree for a household-business dossier (null for
// any other dossier). Talks to the background's auto-fill handler by messages.
import { useEffect, useState } from 'preact/hooks';
import type { ComponentChild } from 'preact';
import type { ProcessingDetailSnapshot } from '@/utils/sites/snapshot';
import type { CaptureSummary } from '@/utils/autofill/capture-store';
import type { CaptureSource } from '@/utils/autofill/source';
import { collectSource } from '@/utils/autofill/collect';
import { captureProblems } from '@/utils/autofill/problems';
import { fillResultFields } from '@/utils/autofill/apply/result-fill';
import { CaptureBar } from '@/components/capture-bar';
import { CapturePreview } from '@/components/capture-preview';
import { t } from '@/utils/i18n';
import { send } from '@/utils/service/send';

function CaptureSection({ source, account }: { source: CaptureSource; account?: string }) {
  const code = source.dossierCode;
  const [summary, setSummary] = useState<CaptureSummary>();
  const [previewing, setPreviewing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string>();
  const refresh = () => send<CaptureSummary | null>({ type: 'autofill_get', dossierCode: code }).then((s) => setSummary(s ?? undefined));
  useEffect(() => void refresh().catch(() => undefined), [code]);

  const act = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await fn();
    } catch (err) {
      setMessage(String((err as Error).message ?? err));
    } finally {
      setBusy(false);
    }
  };
  const confirm = () => act(async () => {
    await send({ type: 'autofill_capture', source, account });
    setPreviewing(false);
    setMessage(t('autofill_capturedNow'));
    await refresh();
  });
  const erase = () => act(async () => {
    await send({ type: 'autofill_erase', dossierCode: code, account });
    setMessage(t('autofill_erased'));
    setSummary(undefined);
  });
  const resultFill = () => act(async () => {
    const missing = fillResultFields(document, summary!.result!);
    if (missing.length) return setMessage(t('autofill_resultMissingFields', [missing.join(', ')]));
    await send({ type: 'autofill_result_done', dossierCode: code, account });
    setMessage(t('autofill_resultFilled'));
    setSummary(undefined);
  });

  return (
    <div class="autofill-system-a">
      <CaptureBar summary={summary} message={message} busy={busy} onCapture={() => setPreviewing(true)} onErase={() => void erase()} onResultFill={() => void resultFill()} />
      {previewing && <CapturePreview source={source} problems={captureProblems(source.record)} busy={busy} onConfirm={() => void confirm()} onCancel={() => setPreviewing(false)} />}
    </div>
  );
}

/** The auto-fill subtree for this dossier, or null when it is not a household-business dossier. */
export function renderCapture(snapshot: ProcessingDetailSnapshot, doc: Document = document): ComponentChild | null {
  const source = collectSource(snapshot, doc);
  if (!source) return null;
  return <CaptureSection key={source.dossierCode} source={source} account={snapshot.account.username} />;
}
