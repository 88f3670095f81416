// Messages to the background's auto-fill handler (through the shared envelope-unwrapping send).
import { send } from '@/utils/service/send';
import type { FillPort } from '@/utils/autofill/apply/run-fill';
import type { FillState } from '@/utils/autofill/types';

export { send };

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
