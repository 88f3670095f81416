// Routes runtime messages to the background services. Only this extension's own scripts may
// talk to it (sender.id), every message is validated with zod, and errors come back as data.
import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { RequestSchema, type Envelope } from '@/utils/messaging';
import { checkDetail, checkList, overrideDossier } from './check-service';
import { getTabState } from './tab-state';

export type ExtraHandler = (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined;

async function handle(message: unknown, sender: Runtime.MessageSender): Promise<unknown> {
  const request = RequestSchema.parse(message);
  const tabId = sender.tab?.id;
  switch (request.type) {
    case 'check-detail':
      return checkDetail(request.snapshot, tabId);
    case 'check-list':
      return checkList(request.snapshot, tabId);
    case 'override': {
      const state = tabId !== undefined ? await getTabState(tabId) : undefined;
      return overrideDossier(request.dossierCode, request.reason, state?.account ?? '', tabId);
    }
    case 'tab-state':
      return (await getTabState(request.tabId)) ?? null;
  }
}

function describe(err: unknown): string {
  if (err && typeof err === 'object' && 'issues' in err) return 'invalid message';
  return err instanceof Error ? err.message : String(err);
}

/** Installs the listener; `extra` handlers (e.g. auto-fill) get messages first and may decline. */
export function installRouter(extra: ExtraHandler[] = []): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined; // never from other extensions or pages
    const run = async (): Promise<Envelope<unknown>> => {
      try {
        for (const handler of extra) {
          const answer = handler(message, sender);
          if (answer !== undefined) return { ok: true, value: await answer };
        }
        return { ok: true, value: await handle(message, sender) };
      } catch (err) {
        console.warn('[motcua-assist] message failed:', describe(err)); // never personal data
        return { ok: false, error: describe(err) };
      }
    };
    return run();
  });
}
