// @vitest-environment happy-dom
// Big and heavy dossiers: 10,000 document components, a 5 MB e-form, a 10,000-row list. The
// reads and the rules must stay bounded (numbers in docs/RELIABILITY.md) and the list is read in
// chunks that yield. Budgets are generous for a loaded 2-core CI machine running happy-dom (real
// Chromium is several times faster); what they catch is quadratic work, not a few percent.
import { describe, expect, it } from 'vitest';
import { loadJson, parsePage } from '@/utils/sites/test-pages';
import { readDetailFromDom, readDetailFromJson } from '@/utils/sites/motcua/read-detail';
import { readListRowsChunked } from '@/utils/sites/motcua/read-list';
import { evaluate } from '@/utils/rules/evaluate';
import { ctx, snapshot } from '@/utils/rules/__fixtures__/context';

const { url, dossier } = loadJson<{ url: string; dossier: Record<string, any> }>('pages/motcua/hkd-family.json');
const COMPONENTS = 10_000;

function hugeDossier(): Record<string, any> {
  const big = structuredClone(dossier);
  const file = big.dossierFormFile[0];
  big.dossierFormFile = Array.from({ length: COMPONENTS }, (_, i) => ({ ...file, procedureForm: { ...file.procedureForm, name: `Giấy tờ số ${i}` } }));
  // ~5 MB of e-form: a long note and thousands of business lines.
  big.eForm.data.note = 'Ghi chú rất dài. '.repeat(150_000);
  big.eForm.data.businessLines = Array.from({ length: 20_000 }, (_, i) => ({ name: `Ngành ${i}`, code: String(1000 + (i % 9000)), main: i === 0 }));
  return big;
}

const timed = <T>(f: () => T): [T, number] => {
  const started = performance.now();
  const value = f();
  return [value, performance.now() - started];
};
export const measured: Record<string, number> = {};

describe('big dossiers stay bounded', () => {
  it('10,000 components and a 5 MB e-form from the dossier JSON: read and checked', () => {
    const big = hugeDossier();
    expect(JSON.stringify(big).length).toBeGreaterThan(5_000_000);
    const [snap, readMs] = timed(() => readDetailFromJson(big, url));
    expect(snap.dossier.components?.length).toBe(COMPONENTS);
    const [findings, ruleMs] = timed(() => evaluate(ctx(snapshot(snap.dossier, { account: { username: 'hkd01' } }))));
    expect(Array.isArray(findings)).toBe(true);
    Object.assign(measured, { jsonReadMs: readMs, rulesMs: ruleMs });
    console.info(`[reliability] 10k components + 5 MB e-form: read ${readMs.toFixed(0)} ms, rules ${ruleMs.toFixed(0)} ms`);
    expect(readMs).toBeLessThan(3_000);
    expect(ruleMs).toBeLessThan(3_000);
  });

  it('a rendered page with 10,000 component rows reads within budget', () => {
    const rows = Array.from({ length: COMPONENTS }, (_, i) => `<tr><td>${i + 1}</td><td>Giấy tờ số ${i}</td><td>${i % 3 ? `<a href="/f/${i}.pdf">tep-${i}.pdf</a>` : 'Chưa đính kèm'}</td></tr>`).join('');
    const html = `<html><body><h1>Chi tiết hồ sơ</h1><table><tr><th>Mã hồ sơ</th><td>H29.99-260101-0001</td></tr><tr><th>Lĩnh vực</th><td>Hộ tịch</td></tr><tr><th>Mã thủ tục</th><td>1.001193</td></tr></table>
      <h3>Thành phần hồ sơ</h3><table><tr><th>STT</th><th>Tên giấy tờ</th><th>Tệp đính kèm</th></tr>${rows}</table></body></html>`;
    const doc = parsePage(html);
    const [snap, ms] = timed(() => readDetailFromDom(doc, url));
    measured.domReadMs = ms;
    console.info(`[reliability] page with 10k component rows: read ${ms.toFixed(0)} ms`);
    expect(snap.dossier.code).toBe('H29.99-260101-0001');
    expect(snap.dossier.components?.length ?? 0).toBeGreaterThan(COMPONENTS * 0.9);
    expect(ms).toBeLessThan(15_000);
  }, 60_000);

  it('a 10,000-row list is read in chunks that yield to the page', async () => {
    const rows = Array.from({ length: COMPONENTS }, (_, i) => `<tr><td>${i}</td><td>000.00.12.H29-260101-${String(i).padStart(4, '0')}</td><td>Đăng ký khai sinh</td><td>Hộ tịch</td><td>Nguyễn Văn ${i}</td></tr>`).join('');
    const doc = parsePage(`<table><thead><tr><th>STT</th><th>Mã hồ sơ</th><th>Tên thủ tục</th><th>Lĩnh vực</th><th>Người nộp</th></tr></thead><tbody>${rows}</tbody></table>`);
    let pauses = 0;
    let longest = 0; // among chunks after the first (the first also finds and splits the table)
    let first = 0;
    let last = performance.now();
    const pause = async () => {
      if (pauses === 0) first = performance.now() - last;
      else longest = Math.max(longest, performance.now() - last);
      pauses++;
      await new Promise((r) => setTimeout(r, 0));
      last = performance.now();
    };
    const started = performance.now();
    const read = await readListRowsChunked(doc, pause);
    measured.listMs = performance.now() - started;
    console.info(`[reliability] 10k-row list: ${measured.listMs.toFixed(0)} ms in ${pauses + 1} chunks; first chunk (table scan) ${first.toFixed(0)} ms, longest later chunk ${longest.toFixed(0)} ms`);
    expect(longest).toBeLessThan(Math.max(250, first)); // later chunks are small slices, not the whole table again
    expect(read.rows).toHaveLength(COMPONENTS);
    expect(pauses).toBeGreaterThanOrEqual(COMPONENTS / 100 - 1); // it does yield, every 100 rows
  }, 60_000);
});
