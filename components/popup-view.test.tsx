// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupView } from './popup-view';
import type { FindingWire } from '@/utils/messaging';
import type { TabState } from '@/utils/service/tab-state';

const finding = (ruleId: string, severity: FindingWire['severity'], status: FindingWire['status'] = 'open'): FindingWire => ({
  key: `D1|${ruleId}`, ruleId, severity, messageKey: 'k', messageArgs: [ruleId], facts: {}, evidence: {}, status,
});
const state = (over: Partial<TabState> = {}): TabState => ({
  url: 'https://motcua.tphcm.gov.vn/vi/dossier/search/1', dossierCode: 'D1', account: 'hotich01',
  assignedFields: ['Hộ tịch'], findings: [], checkedAt: 0, ...over,
});
const show = (props: Partial<Parameters<typeof PopupView>[0]>) => {
  render(<PopupView state={undefined} describe={(f) => `msg:${f.messageArgs[0]}`} dashboardUrl="/dashboard.html" optionsUrl="/options.html" {...props} />, document.body);
  return document.body;
};
const q = (sel: string) => document.body.querySelector(sel);

// Chrome's getMessage over the Vietnamese locale: '' for an unknown key, $n substituted.
const locale = (lang: 'vi' | 'en') => JSON.parse(readFileSync(resolve(`public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;
function useLocale(lang: 'vi' | 'en') {
  const messages = locale(lang);
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) => {
    const list = typeof subs === 'string' ? [subs] : (subs ?? []);
    return (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  }) as typeof browser.i18n.getMessage);
}
beforeEach(() => useLocale('vi'));
afterEach(() => render(null, document.body));

describe('PopupView', () => {
  it('lists the tab findings with their messages, the account, its fields and the dossier', () => {
    show({ state: state({ findings: [finding('routing/field-not-assigned', 'error'), finding('dossier/late-reception', 'warning')] }) });
    expect(q('[data-rule="routing/field-not-assigned"][data-severity="error"]')?.textContent).toContain('msg:routing/field-not-assigned');
    expect(q('[data-rule="dossier/late-reception"][data-severity="warning"]')).not.toBeNull();
    expect(q('[data-testid="popup-account"]')?.textContent).toBe('hotich01');
    expect([...document.body.querySelectorAll('[data-testid="popup-fields"] li')].map((li) => li.textContent)).toEqual(['Hộ tịch']);
    expect(q('[data-testid="popup-dossier"]')?.textContent).toBe('D1');
    expect(q('[data-testid="popup-findings"]')?.getAttribute('data-open-errors')).toBe('1');
  });
  it('counts an overridden error as no longer open and marks it', () => {
    show({ state: state({ findings: [finding('routing/field-not-assigned', 'error', 'overridden')] }) });
    expect(q('[data-testid="popup-findings"]')?.getAttribute('data-open-errors')).toBe('0');
    expect(q('[data-rule="routing/field-not-assigned"]')?.getAttribute('data-overridden')).toBe('true');
  });
  it('says when nothing was found, when the tab was never checked, and while loading', () => {
    show({ state: state({ assignedFields: [] }) });
    expect(q('[data-testid="popup-findings"] [role="status"]')).not.toBeNull();
    expect(q('[data-testid="popup-fields"]')?.textContent).toBe('Chưa được phân công lĩnh vực nào');
    show({ state: null });
    expect(q('[data-testid="popup-empty"]')).not.toBeNull();
    expect(q('[data-testid="popup-findings"]')).toBeNull();
    show({ state: undefined });
    expect(q('[data-testid="popup-loading"]')).not.toBeNull();
  });
  it('links to the dashboard and the options, in a labelled navigation', () => {
    show({ state: null, error: 'boom' });
    expect(q('[data-testid="popup-error"]')?.getAttribute('role')).toBe('alert');
    expect(q('[data-testid="popup-dashboard"]')?.getAttribute('href')).toBe('/dashboard.html');
    expect(q('[data-testid="popup-options"]')?.getAttribute('href')).toBe('/options.html');
    expect(q('nav')?.getAttribute('aria-label')).toBeTruthy();
  });
  it('speaks English through the en locale, with every popup text translated', () => {
    useLocale('en');
    show({ state: state({ findings: [finding('dossier/late-reception', 'warning')] }) });
    expect(q('[data-testid="popup-options"]')?.textContent).toBe('Settings');
    expect(q('#popup-findings-title')?.textContent).toBe('Check results (1)');
    const vi_ = Object.keys(locale('vi')).filter((k) => k.startsWith('popup_'));
    expect(vi_.length).toBeGreaterThan(10);
    expect(vi_.filter((k) => !locale('en')[k]?.message)).toEqual([]);
  });
});
