// @vitest-environment happy-dom
// The host page is untrusted: a value carrying markup or script (tests/fixtures/hostile/values.json)
// goes through the readers, the rules and every UI that shows it, and comes out as text only —
// no element, no attribute, no handler created from it; the literal text is what the officer sees.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { h, render, type VNode } from 'preact';
import { FindingsList } from '@/components/findings-list';
import { ReceiveGuard } from '@/components/receive-guard';
import { DashboardDetail } from '@/components/dashboard-detail';
import { CapturePreview } from '@/components/capture-preview';
import { registrationSource } from '@/utils/autofill/test-source';
import { makeWarnings } from '@/utils/review/synthetic';
import { evaluate } from '@/utils/rules/evaluate';
import { messageFor } from '@/utils/rules/messages';
import { birthDossier, ctx, snapshot } from '@/utils/rules/__fixtures__/context';
import { readDetailFromDom, readDetailFromJson } from '@/utils/sites/motcua/read-detail';
import { fixtureText, loadJson, parsePage } from '@/utils/sites/test-pages';

const { payloads } = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/hostile/values.json'), 'utf8')) as { payloads: string[] };
const FORBIDDEN = 'img, script, svg, iframe, style, a[href^="javascript"], object, embed';
const translate = (key: string, subs?: string[]) => `${key}: ${(subs ?? []).join(' | ')}`;

function mount(node: VNode<any>): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}

/** Nothing executable or structural came out of the values. */
function expectInert(root: HTMLElement): void {
  expect(root.querySelectorAll(FORBIDDEN)).toHaveLength(0);
  const handlers = [...root.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name));
  expect(handlers).toEqual([]);
  expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
}

const vietnamese = JSON.parse(readFileSync(join(process.cwd(), 'public/_locales/vi/messages.json'), 'utf8')) as Record<string, { message: string }>;
beforeEach(() => {
  // Chrome's getMessage: $n replaced by the n-th substitution, verbatim (no markup interpretation).
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) => {
    const list = typeof subs === 'string' ? [subs] : (subs ?? []);
    return (vietnamese[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  }) as typeof browser.i18n.getMessage);
});

afterEach(() => {
  vi.restoreAllMocks();
  render(null, document.body);
  document.body.innerHTML = '';
});

describe('hostile values render as text only', () => {
  it.each(payloads)('findings list, guard, dashboard detail: %s', (p) => {
    const finding = { key: `D|x|${p}`, ruleId: 'data/invalid-value', severity: 'error' as const, message: `Giá trị không hợp lệ: ${p}` };
    const list = mount(h(FindingsList, { findings: [finding] }));
    const guard = mount(h(ReceiveGuard, { errors: [finding], onConfirm: () => {}, onCancel: () => {} }));
    const [base] = makeWarnings(1);
    const record = { ...base!, messageArgs: [p], facts: { value: p, [p]: p }, evidence: { [p]: { source: p, detail: p } }, override: { reason: p, at: 0, account: p } };
    const detail = mount(h(DashboardDetail, { record, message: `msg ${p}`, onReview: async () => {}, onClose: () => {} }));
    for (const root of [list, guard, detail]) {
      expectInert(root);
      expect(root.textContent).toContain(p.slice(1, 12)); // the value itself, shown (not swallowed as markup)
    }
    expect(list.textContent).toContain(`Giá trị không hợp lệ: ${p}`);
  });

  it('capture preview shows a hostile owner, business name and line as text', () => {
    const source = registrationSource();
    const [a, b, c] = payloads;
    source.record.owner.fullName = a;
    source.record.business.name = b;
    source.record.business.lines[0]!.name = c!;
    const root = mount(h(CapturePreview, { source, problems: [], busy: false, onConfirm: () => {}, onCancel: () => {} }));
    expectInert(root);
    for (const p of [a, b, c]) expect(root.textContent).toContain(p);
  });
});

describe('hostile values through the readers and the rules', () => {
  it('the dossier JSON path keeps them as strings and the rules turn them into text arguments', () => {
    const { url, dossier } = loadJson<{ url: string; dossier: { applicant: { data: Record<string, string> } } }>('pages/motcua/clean-ho-tich.json');
    for (const p of payloads) {
      const hostile = structuredClone(dossier);
      hostile.applicant.data.fullname = p;
      hostile.applicant.data.phoneNumber = p;
      const snap = readDetailFromJson(hostile, url);
      expect(snap.dossier.applicant.fullName).toBeTypeOf('string');
      if (p.startsWith('<')) expect(snap.dossier.applicant.fullName!.startsWith('<')).toBe(true); // kept as text, not parsed
      const found = evaluate(ctx(snapshot(birthDossier({ applicant: { ...snap.dossier.applicant } }))));
      const root = mount(h(FindingsList, { findings: found.map((f) => ({ ...f, message: messageFor(f, translate) })) }));
      expectInert(root);
    }
  });

  it('the rendered-page path reads markup-looking text as text, never as markup', () => {
    const p = payloads[0]!;
    const escaped = p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    const html = fixtureText('pages/motcua/clean-ho-tich.html');
    const { url, dossier } = loadJson<{ url: string; dossier: { applicant: { data: { fullname: string } } } }>('pages/motcua/clean-ho-tich.json');
    const doc = parsePage(html.split(dossier.applicant.data.fullname).join(escaped));
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    const snap = readDetailFromDom(doc, url);
    expect(snap.dossier.applicant.fullName).toBe(p);
  });
});
