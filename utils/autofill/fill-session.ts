/**
 * Fill state per tab in storage.session (memory only: gone when the browser closes). Only the
 * background touches it; content scripts go through messages, so no access-level change is
 * needed. The key carries the tab id: two tabs fill two dossiers independently.
 */
import { browser } from 'wxt/browser';
import { FillStateSchema, type FillState } from './types';

const keyOf = (tabId: number) => `autofill:tab:${tabId}`;

export async function loadFillState(tabId: number): Promise<FillState | undefined> {
  const key = keyOf(tabId);
  const got = (await browser.storage.session.get(key)) as Record<string, unknown>;
  const parsed = FillStateSchema.safeParse(got[key]);
  return parsed.success ? parsed.data : undefined;
}

export async function storeFillState(tabId: number, state: FillState): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: state });
}

export async function clearFillState(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}

/** Every stored fill (the bench reads metrics from here). */
export async function allFillStates(): Promise<Record<number, FillState>> {
  const all = (await browser.storage.session.get(null)) as Record<string, unknown>;
  const out: Record<number, FillState> = {};
  for (const [k, v] of Object.entries(all)) {
    const m = /^autofill:tab:(\d+)$/.exec(k);
    const parsed = m ? FillStateSchema.safeParse(v) : undefined;
    if (m && parsed?.success) out[Number(m[1])] = parsed.data;
  }
  return out;
}
