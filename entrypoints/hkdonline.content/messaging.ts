// Messages to the background's auto-fill handler. Accepts a bare answer or the lead's Envelope.
import { browser } from 'wxt/browser';
import type { AutofillMessage } from '@/utils/autofill/messages';
import type { FillPort } from '@/utils/autofill/apply/run-fill';
import type { FillState } from '@/utils/autofill/types';

export async function send<T>(message: AutofillMessage | Record<string, unknown>): Promise<T> {
  const answer = (await browser.runtime.sendMessage(message)) as unknown;
  if (answer && typeof answer === 'object' && 'ok' in answer && ('value' in answer || 'error' in answer) && Object.keys(answer).length <= 2) {
    const env = answer as { ok: boolean; value?: T; error?: string };
    if (!env.ok) throw new Error(env.error ?? 'autofill: background error');
    return env.value as T;
  }
  return answer as T;
}

export const fillPort: FillPort = {
  load: async () => (await send<FillState | null>({ type: 'autofill_state_get' })) ?? undefined,
  store: async (state) => {
    await send({ type: 'autofill_state_put', state });
  },
};

/**
 * The host's own time for this page: from the navigation's start (the previous page's postback)
 * until the page was loaded and idle — server, network, parsing and the page's scripts — so the
 * bench can subtract it and report what the extension itself costs.
 */
export function pageServerMs(): number {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (!nav) return 0;
  return Math.max(0, nav.loadEventEnd || nav.domContentLoadedEventEnd || nav.responseEnd);
}
