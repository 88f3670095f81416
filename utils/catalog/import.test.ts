import { describe, expect, it } from 'vitest';
import { formatImportError, importCatalogCsv, importCatalogJson } from './import';
import { bundledCatalog } from './bundled';
import { parseCsv } from './csv';
import { expectedComponents } from './expected-components';

const HEADER = 'Mã thủ tục;Tên thủ tục;Lĩnh vực;Phi địa giới;Toàn trình;Một phần;Thời hạn giải quyết;Thành phần hồ sơ';
const KHAI_SINH_COMPONENTS = [
  '[trực tiếp/bưu chính] Tờ khai đăng ký khai sinh theo mẫu',
  '[trực tuyến] Mẫu hộ tịch điện tử tương tác đăng ký khai sinh',
  '[bắt buộc] Giấy chứng sinh',
  '[khi: childAbandoned] Biên bản xác nhận việc trẻ bị bỏ rơi',
  '[xuất trình] Giấy tờ tùy thân',
].join('\n');
const goodCsv = [
  HEADER,
  `1.001193.000.00.00.H29;Đăng ký khai sinh;Hộ tịch;x;;;Trong ngày;"${KHAI_SINH_COMPONENTS}"`,
  '1.001612;Đăng ký thành lập hộ kinh doanh;Thành lập và hoạt động của hộ kinh doanh;Có;;x;03 ngày làm việc;"[bắt buộc] Giấy đề nghị đăng ký hộ kinh doanh | [không bắt buộc theo luật][khi: populationDataUnavailable] Bản sao CCCD"',
].join('\r\n');

describe('importCatalogCsv', () => {
  it('imports a ward spreadsheet with machine-readable components', () => {
    const r = importCatalogCsv(goodCsv, { version: 'phuong-thu-duc-2026-01' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [ks, hkd] = r.catalog.procedures;
    expect(ks).toMatchObject({ code: '1.001193', localCodes: ['1.001193.000.00.00.H29'], nonGeographic: true, online: null, processingDays: 0, field: { slug: 'ho-tich' } });
    expect(hkd).toMatchObject({ online: 'mot-phan', processingDays: 3 });
    expect(expectedComponents(ks!, { channel: 'online' }).required.map((c) => c.name)).toEqual(['Mẫu hộ tịch điện tử tương tác đăng ký khai sinh', 'Giấy chứng sinh']);
    expect(expectedComponents(hkd!, { channel: 'online' }).components[1]!.status).toBe('not-required-by-law');
  });

  it('names the row and column of every error and replaces nothing', () => {
    const bad = [
      HEADER,
      '1.001193;Đăng ký khai sinh;Hộ tịch;x;;;Trong ngày;',
      '1.00119;Sai mã;Hộ tịch;x;;;1;', // row 3: bad code
      '1.000894;Đăng ký kết hôn;Hộ tịch;maybe;;;1;', // row 4: bad boolean
      '1.000656;Đăng ký khai tử;Hộ tịch;x;;;năm ngày;"[khi: trẻ bỏ rơi] Biên bản"', // row 5: days + tag
    ].join('\n');
    const r = importCatalogCsv(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([
      [4, 'Phi địa giới'],
      [5, 'Thành phần hồ sơ'],
      [5, 'Thời hạn giải quyết'],
    ]);
    // Schema errors are only reported once cell errors are fixed; then the bad code is located too.
    const r2 = importCatalogCsv([HEADER, '1.001193;Khai sinh;Hộ tịch;;;;;', '1.00119;Sai mã;Hộ tịch;;;;;'].join('\n'));
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.errors[0]).toMatchObject({ row: 3, column: 'Mã thủ tục' });
    if (!r2.ok) expect(formatImportError(r2.errors[0]!)).toMatch(/^Dòng 3, cột “Mã thủ tục”: /);
  });

  it('rejects duplicate codes across rows and missing columns', () => {
    const dup = importCatalogCsv([HEADER, '1.001193;A khai sinh;Hộ tịch;;;;;', '1.001193.000.00.00.H29;B khai sinh;Hộ tịch;;;;;'].join('\n'));
    expect(dup.ok).toBe(false);
    if (!dup.ok) expect(dup.errors.some((e) => e.row === 3 && /also belongs/.test(e.message))).toBe(true);
    const noField = importCatalogCsv('Mã TTHC,Tên thủ tục\n1.001193,Đăng ký khai sinh');
    expect(noField).toMatchObject({ ok: false, errors: [{ row: 1, message: expect.stringContaining('Lĩnh vực') }] });
    expect(importCatalogCsv('')).toMatchObject({ ok: false });
  });
});

describe('importCatalogJson', () => {
  it('round-trips the bundled catalog', () => {
    const r = importCatalogJson(JSON.stringify(bundledCatalog()));
    expect(r).toEqual({ ok: true, catalog: bundledCatalog() });
  });
  it('locates schema errors by procedure number and path', () => {
    const procs = structuredClone(bundledCatalog().procedures) as unknown as Array<Record<string, unknown>>;
    (procs[2] as { processingDays: unknown }).processingDays = -1;
    ((procs[0] as { components: Array<Record<string, unknown>> }).components[3]!).required = 'conditional-ish';
    const r = importCatalogJson(JSON.stringify(procs));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => [e.row, e.column])).toEqual([[1, 'components.3.required'], [3, 'processingDays']]);
  });
  it('reports invalid JSON as a file error', () => {
    expect(importCatalogJson('{')).toMatchObject({ ok: false, errors: [{ row: 0 }] });
  });
});

describe('parseCsv', () => {
  it('handles quotes, escaped quotes, embedded newlines, BOM and blank lines', () => {
    const recs = parseCsv('\ufeffa,b\n"x, ""y""","line1\nline2"\n\n3,4\n');
    expect(recs).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, "y"', 'line1\nline2'] },
      { line: 5, cells: ['3', '4'] },
    ]);
  });
});
