// The background service worker: wires the services together; no logic of its own.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { installRouter } from '@/utils/service/router';
import { effectiveConfig, refreshConfig, watchConfigSources, startDeployment } from '@/utils/service/config-service';
import { clearTabState } from '@/utils/service/tab-state';
import { handleAutofillMessage, purgeExpiredCaptures } from '@/utils/autofill/background';
import { gateAutofill } from '@/utils/autofill/policy-gate';
import { installRetention } from '@/utils/db/retention';
import { installOutbox } from '@/utils/outbox/install';
import { handleEraseMessage } from '@/utils/db/erase-citizen-data';

export default defineBackground({
  type: 'module',
  main() {
    installRouter([gateAutofill(handleAutofillMessage, async () => (await effectiveConfig()).autofillEnabled !== false), handleEraseMessage]);
    void purgeExpiredCaptures(Date.now()); // the daily purge runs with retention
    watchConfigSources();
    void refreshConfig();
    startDeployment();
    browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));
    installRetention();
    installOutbox();
  },
});
