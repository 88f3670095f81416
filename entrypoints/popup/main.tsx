// The toolbar popup. Shows the state of the tab given by `?tab=<id>` (tests and the dashboard
// link to it that way), else of the active tab, as the background recorded it.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupView, type PopupViewProps } from '@/components/popup-view';
import { send } from '@/utils/service/send';
import { uiLanguage } from '@/utils/i18n';
import type { TabState } from '@/utils/service/tab-state';
import { describeFinding } from '../motcua.content/describe';
import './style.css';

async function targetTab(): Promise<number | undefined> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return requested;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

function show(props: Pick<PopupViewProps, 'state' | 'error'>) {
  render(
    <PopupView
      {...props}
      describe={describeFinding}
      dashboardUrl={browser.runtime.getURL('/dashboard.html')}
      optionsUrl={browser.runtime.getURL('/options.html')}
    />,
    document.getElementById('app')!,
  );
}

async function main() {
  document.documentElement.lang = uiLanguage().startsWith('en') ? 'en' : 'vi';
  show({ state: undefined });
  try {
    const tabId = await targetTab();
    const state = tabId === undefined ? null : await send<TabState | null>({ type: 'tab-state', tabId });
    show({ state });
  } catch (err) {
    show({ state: null, error: err instanceof Error ? err.message : String(err) });
  }
}

void main();
