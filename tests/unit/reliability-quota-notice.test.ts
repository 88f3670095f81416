// @vitest-environment happy-dom
// The officer is told when a full disk made the extension delete old resolved warnings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import { QuotaNotice } from '@/components/quota-notice';

const vietnamese = JSON.parse(readFileSync(join(process.cwd(), 'public/_locales/vi/messages.json'), 'utf8')) as Record<string, { message: string }>;

afterEach(() => {
  render(null, document.body);
  vi.restoreAllMocks();
});

describe('quota notice', () => {
  it('says how many records were deleted and when, as a status', () => {
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) =>
      (vietnamese[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => subs?.[Number(n) - 1] ?? '')) as typeof browser.i18n.getMessage);
    render(h(QuotaNotice, { notice: { at: 0, warnings: 500, seen: 0 }, formatTime: () => '01/06/2026 10:00' }), document.body);
    const notice = document.querySelector('[data-testid="rel-quota-notice"]')!;
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.textContent).toContain('500 cảnh báo');
    expect(notice.textContent).toContain('01/06/2026 10:00');
  });

  it('shows nothing when nothing was purged', () => {
    render(h(QuotaNotice, { notice: undefined, formatTime: String }), document.body);
    expect(document.querySelector('[data-testid="rel-quota-notice"]')).toBeNull();
  });
});
