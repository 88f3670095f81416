// The content scripts' and pages' side of messaging: typed requests, unwrapped envelopes.
import { browser } from 'wxt/browser';
import type { Envelope, Request } from '@/utils/messaging';

/**
 * Requests that may safely be sent again: re-running them stores the same records under the same
 * keys (checks) or only reads. When Chrome stops the service worker while one is in flight, the
 * answer is lost ("message port closed"); these are retried, anything that writes once is not.
 */
// autofill_state_put stores the whole fill state for the tab (same state, same record; audited
// only when the status changes), and the fill's pass acts on the page only after it returns.
const IDEMPOTENT = new Set(['check-detail', 'check-list', 'tab-state', 'autofill_list', 'autofill_get', 'autofill_plan', 'autofill_state_get', 'autofill_state_put']);
const RETRY_DELAYS_MS = [150, 500, 1500];

async function deliver<T>(request: Request | Record<string, unknown>): Promise<Envelope<T>> {
  const envelope = (await browser.runtime.sendMessage(request)) as Envelope<T> | undefined;
  if (!envelope) throw new Error('no answer from the background');
  return envelope;
}

export async function send<T>(request: Request | Record<string, unknown>, delays: readonly number[] = RETRY_DELAYS_MS): Promise<T> {
  const retries = IDEMPOTENT.has(String(request.type)) ? delays : [];
  for (let attempt = 0; ; attempt++) {
    let envelope: Envelope<T>;
    try {
      envelope = await deliver<T>(request);
    } catch (err) {
      // The background did not answer (stopped or restarting): try again, it wakes on the message.
      if (attempt >= retries.length) throw err;
      await new Promise((r) => setTimeout(r, retries[attempt]));
      continue;
    }
    if (!envelope.ok) throw new Error(envelope.error); // an answer: never retried
    return envelope.value;
  }
}
