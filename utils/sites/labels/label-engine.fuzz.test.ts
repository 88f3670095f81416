// @vitest-environment happy-dom
/**
 * Fuzz: random DOM — real labels of both systems mixed with hostile text, in any nesting of
 * tables, definition lists, labels, inputs, selects, Material fields and headings — through the
 * label engine and every page reader of both systems. Nothing may throw: a page that makes no
 * sense gives `unreadable` entries (System A) or empty reads, never an exception.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findByLabel } from './find-by-label';
import { readComponents } from './read-components';
import { readHouseholdFormDetailed } from './read-household-form';
import { readDetail, readDetailFromDom, readDossierCodeFromDom } from '@/utils/sites/motcua/read-detail';
import { readList } from '@/utils/sites/motcua/read-list';
import { readAccount } from '@/utils/sites/motcua/read-account';
import { detectPageKind } from '@/utils/sites/motcua/detect-page-kind';
import { readHkdStep } from '@/utils/sites/hkdonline/read-step';
import { readHeaderUser } from '@/utils/sites/header-menu';

const RUNS = 150;
const LABELS = [
  'Mã hồ sơ', 'Lĩnh vực', 'Mã thủ tục', 'Tên thủ tục', 'Hình thức nộp', 'Ngày nộp', 'Họ và tên', 'Số CCCD', 'Ngày sinh', 'Giới tính',
  'Địa chỉ thường trú', 'Số điện thoại', 'Email', 'Thành phần hồ sơ', 'Tên hộ kinh doanh', 'Ngành, nghề kinh doanh', 'Vốn kinh doanh',
  'Thông tin về chủ hộ kinh doanh', 'Địa chỉ trụ sở', 'Tài khoản', 'Cán bộ tiếp nhận', 'Tiếp nhận', 'Lỗi hệ thống', 'Mã số hộ kinh doanh',
];
const TEXT = fc.oneof(
  fc.constantFrom(...LABELS),
  fc.constantFrom(...LABELS).map((l) => `${l}:`),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom('<img src=x onerror=1>', '&lt;b&gt;', '\u202e', '079203001245', '31/02/2026', 'Chưa đính kèm', 'to-khai.pdf', '1.001612', ''),
);
const TAGS = ['div', 'span', 'p', 'section', 'table', 'tbody', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'label', 'h2', 'h3', 'ul', 'li', 'a', 'mat-form-field', 'mat-label', 'b', 'select', 'option', 'textarea'];
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

type Tree = { tag: string; attrs: [string, string][]; text: string; children: Tree[] };
const node = (children: fc.Arbitrary<Tree[]>): fc.Arbitrary<Tree> =>
  fc.record({
    tag: fc.constantFrom(...TAGS),
    attrs: fc.array(fc.tuple(fc.constantFrom('id', 'for', 'name', 'value', 'class', 'title', 'href', 'role'), TEXT), { maxLength: 2 }),
    text: TEXT,
    children,
  });
/** Trees up to 4 levels deep, up to 4 children each (explicit depth: bounded generation). */
const treeOf = (depth: number): fc.Arbitrary<Tree> => (depth === 0 ? node(fc.constant([])) : node(fc.array(treeOf(depth - 1), { maxLength: 4 })));
const tree = treeOf(4);
const inputs = fc.array(fc.tuple(fc.constantFrom('input', 'select'), fc.constantFrom('ctl00$C$OWN_PCtl$PERSCtl$FULL_NAMEFld', 'q', 'ctl00$C$NAMEFld'), TEXT), { maxLength: 3 });

function html(t: Tree): string {
  const attrs = t.attrs.map(([k, v]) => ` ${k}="${escape(v)}"`).join('');
  return `<${t.tag}${attrs}>${escape(t.text)}${t.children.map(html).join('')}</${t.tag}>`;
}

function page(trees: Tree[], controls: [string, string, string][]): Document {
  const extra = controls.map(([tag, name, v]) => (tag === 'input' ? `<input name="${escape(name)}" value="${escape(v)}">` : `<select name="${escape(name)}"><option selected>${escape(v)}</option></select>`));
  return new DOMParser().parseFromString(`<html><body>${trees.map(html).join('')}${extra.join('')}</body></html>`, 'text/html');
}

const URLS = ['https://motcua.tphcm.gov.vn/vi/dossier/search/abc', 'https://motcua.tphcm.gov.vn/vi/dossier/processing', 'https://hokinhdoanh.dkkd.gov.vn/HkdOnline/Forms/APP/Registration.aspx?h=1'];

describe('label engine and readers under random DOM', () => {
  it('System A readers: a snapshot with unreadable entries, never an exception', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 3 }), inputs, fc.constantFrom(...URLS), (trees, controls, url) => {
        const doc = page(trees, controls);
        for (const label of LABELS.slice(0, 6)) findByLabel(doc, [label]);
        readComponents(doc);
        readHouseholdFormDetailed(doc);
        readDossierCodeFromDom(doc);
        detectPageKind(url, doc);
        readHeaderUser(doc);
        readAccount(doc, { userToken: trees[0]!.text });
        const snap = readDetailFromDom(doc, url);
        expect(Array.isArray(snap.unreadable)).toBe(true);
        readDetail(doc, url, { json: { procedure: trees[0]!.text, applicant: { data: trees[0]!.attrs } } });
        readList(doc, url);
      }),
      { numRuns: RUNS },
    );
  });

  it('HkdOnline reader: any page gives a step snapshot', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 3 }), inputs, (trees, controls) => {
        readHkdStep(page(trees, controls), URLS[2]);
      }),
      { numRuns: RUNS },
    );
  });

  it('a page without any known label reads as all-unreadable, not as an all-clear', () => {
    const doc = page([{ tag: 'div', attrs: [], text: 'Trang đã đổi giao diện', children: [] }], []);
    const snap = readDetailFromDom(doc, URLS[0]!);
    const missing = snap.unreadable.map((u) => u.value);
    for (const required of ['dossier.field', 'dossier.procedureCode', 'dossier.components']) expect(missing).toContain(required);
  });
});
