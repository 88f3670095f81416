// System A (VNPT iGate). Runs at document_start so the receive guard's capture listener is in
// place before the page's own; paints after the DOM exists; follows in-app navigation.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { installReceiveGuard } from '@/utils/ui/receive-guard';
import { createMotcuaController } from './controller';

export default defineContentScript({
  matches: ['https://motcua.tphcm.gov.vn/*'],
  runAt: 'document_start',
  main(ctx) {
    if (document.documentElement.dataset.motcuaAssist) return; // a second injection does nothing
    document.documentElement.dataset.motcuaAssist = 'on';
    const controller = createMotcuaController();
    ctx.onInvalidated(installReceiveGuard(window, controller.guard));
    const start = () => {
      controller.route(new URL(location.href));
      // The Navigation API fires before the URL changes, so take the URL from the event.
      ctx.addEventListener(window, 'wxt:locationchange', (event) => controller.route(event.newUrl));
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
    else start();
    ctx.onInvalidated(() => {
      controller.dispose();
      delete document.documentElement.dataset.motcuaAssist;
    });
  },
});
