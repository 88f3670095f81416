// The content scripts' and pages' side of messaging: typed requests, unwrapped envelopes.
import { browser } from 'wxt/browser';
import type { Envelope, Request } from '@/utils/messaging';

export async function send<T>(request: Request | Record<string, unknown>): Promise<T> {
  const envelope = (await browser.runtime.sendMessage(request)) as Envelope<T> | undefined;
  if (!envelope) throw new Error('no answer from the background');
  if (!envelope.ok) throw new Error(envelope.error);
  return envelope.value;
}
