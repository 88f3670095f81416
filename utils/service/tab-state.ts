// What the extension found on each tab, for the popup and the toolbar badge. Kept in
// storage.session: it lives as long as the browser session and survives worker restarts.
import { browser } from 'wxt/browser';
import type { FindingWire } from '@/utils/messaging';

export interface TabState {
  url: string;
  dossierCode?: string;
  account?: string;
  assignedFields: string[];
  findings: FindingWire[];
  checkedAt: number;
}

const keyOf = (tabId: number) => `tab:${tabId}`;

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: state });
  const open = state.findings.filter((f) => f.severity === 'error' && f.status === 'open').length;
  await browser.action.setBadgeText({ tabId, text: open ? String(open) : '' });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#c62828' });
}

export async function getTabState(tabId: number): Promise<TabState | undefined> {
  return (await browser.storage.session.get(keyOf(tabId)))[keyOf(tabId)] as TabState | undefined;
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}
