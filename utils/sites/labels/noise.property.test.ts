// @vitest-environment happy-dom
/**
 * Property: wrappers, whitespace, case/diacritics of the label and unrelated labelled values
 * before and after do not change what is read.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findByLabel } from './find-by-label';

let ids = 0;
const LAYOUTS: ((l: string, v: string) => string)[] = [
  (l, v) => `<table><tr><th>${l}</th><td>${v}</td></tr></table>`,
  (l, v) => `<dl><dt>${l}</dt><dd>${v}</dd></dl>`,
  (l, v) => `<label for="f${++ids}">${l}</label><input id="f${ids}" value="${v}">`,
  (l, v) => `<div><span>${l}</span><span>${v}</span></div>`,
  (l, v) => `<p>${l}: ${v}</p>`,
];
const LABEL_FORMS = ['Lĩnh vực', 'LĨNH VỰC', 'Linh vuc', 'lĩnh  vực:', 'Lĩnh vực :', '\n Lĩnh\tvực\n'];
const OTHER = ['Mã hồ sơ', 'Trạng thái', 'Ngày nộp', 'Tên thủ tục', 'Ghi chú'];
// Precomposed Vietnamese letters only (the À–ỹ range would include combining marks).
const word = fc.stringMatching(/^[A-Za-z0-9À-ÿĂăĐđĨĩŨũƠơƯưẠ-ỹ]{1,8}$/);
const value = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const wrap = fc.array(fc.constantFrom('div', 'section', 'span', 'article', 'b'), { maxLength: 3 });
const space = fc.constantFrom('', ' ', '\n  ', '\t');

describe('findByLabel under noise', () => {
  it('reads the same value whatever surrounds it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: LAYOUTS.length - 1 }),
        fc.constantFrom(...LABEL_FORMS),
        value,
        wrap,
        space,
        fc.array(fc.tuple(fc.constantFrom(...OTHER), value), { maxLength: 3 }),
        fc.array(fc.tuple(fc.constantFrom(...OTHER), value), { maxLength: 3 }),
        (li, label, v, wrappers, ws, before, after) => {
          const layout = LAYOUTS[li]!;
          let html = layout(label, `${ws}${v}${ws}`);
          for (const w of wrappers) html = `<${w}>${ws}${html}${ws}</${w}>`;
          const noise = (pairs: [string, string][]) => pairs.map(([l, x]) => layout(l, x)).join(ws);
          document.body.innerHTML = `${noise(before)}${html}${noise(after)}`;
          expect(findByLabel(document, ['Lĩnh vực'])?.value).toBe(v);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('returns null, never another label’s value, when the label is absent', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...OTHER), value), { maxLength: 5 }), fc.integer({ min: 0, max: 4 }), (pairs, li) => {
        document.body.innerHTML = pairs.map(([l, x]) => LAYOUTS[li]!(l, x)).join('');
        expect(findByLabel(document, ['Lĩnh vực'])).toBeNull();
      }),
      { numRuns: 60 },
    );
  });
});
