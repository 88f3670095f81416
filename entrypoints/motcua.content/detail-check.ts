// Checks the dossier on a detail page: wait (bounded) until the page shows it, read a snapshot
// (the page's own JSON first, the page text for the rest), ask the background, report timings.
import { readAccount } from '@/utils/sites/motcua/read-account';
import { dossierIdFromUrl, readDetail, readDossierCodeFromDom } from '@/utils/sites/motcua/read-detail';
import type { ProcessingDetailSnapshot } from '@/utils/sites/snapshot';
import type { CheckDetailResponse } from '@/utils/messaging';
import { send } from '@/utils/service/send';
import { waitFor } from '@/utils/ui/page-observer';
import { fetchDossierJson } from './dossier-json';

/** How long a slow page may take to show its dossier before we check what we have. */
export const DATA_WAIT_MS = 15_000;

export interface DetailResult {
  snapshot: ProcessingDetailSnapshot;
  response: CheckDetailResponse;
  timings: { readMs: number; checkMs: number };
}

export function readSnapshot(url: string, json: unknown): ProcessingDetailSnapshot {
  const account = readAccount(document, { userToken: localStorage.getItem('userToken') });
  const snapshot = readDetail(document, url, { json, account: account.account });
  return {
    ...snapshot,
    evidence: { ...account.evidence, ...snapshot.evidence },
    unreadable: [...account.unreadable, ...snapshot.unreadable],
  };
}

/** The dossier JSON and the moment the page shows the dossier, both bounded. */
export async function loadDossier(url: string, signal: AbortSignal): Promise<unknown> {
  const id = dossierIdFromUrl(url);
  const json = id ? fetchDossierJson(id, localStorage.getItem('userToken'), signal) : Promise.resolve(undefined);
  // Only the code is probed on each page change; the full read happens once, after.
  await waitFor(document.body, () => readDossierCodeFromDom(document), DATA_WAIT_MS, signal);
  return json;
}

export async function checkSnapshot(snapshot: ProcessingDetailSnapshot, readMs: number): Promise<DetailResult> {
  const started = performance.now();
  const response = await send<CheckDetailResponse>({ type: 'check-detail', snapshot });
  return { snapshot, response, timings: { readMs, checkMs: performance.now() - started } };
}
