// The background service worker: wires the services together; no logic of its own.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { installRouter } from '@/utils/service/router';
import { refreshConfig, watchConfigSources } from '@/utils/service/config-service';
import { clearTabState } from '@/utils/service/tab-state';

export default defineBackground({
  type: 'module',
  main() {
    installRouter();
    watchConfigSources();
    void refreshConfig();
    browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));
  },
});
