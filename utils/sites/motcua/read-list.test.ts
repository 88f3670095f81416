// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadPage } from '@/utils/sites/test-pages';
import { readList, readListRows, readListRowsChunked } from './read-list';

describe('readList', () => {
  it('reads every row of the replica list with its field and channel', () => {
    const doc = loadPage('pages/motcua/list.html');
    const snap = readList(doc, 'https://motcua.tphcm.gov.vn/vi/dossier/processing');
    expect(snap.unreadable).toEqual([]);
    expect(snap.rows.length).toBeGreaterThan(3);
    for (const [i, row] of snap.rows.entries()) {
      expect(row.rowIndex).toBe(i);
      expect(row.code).toMatch(/^\d{3}\.\d{2}\.\d{2}\.H\d{2}-\d{6}-\d{4}$/);
      expect(row.field).toBeTruthy();
      expect(row.submittedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00$/);
    }
    expect(new Set(snap.rows.map((r) => r.channel)).size).toBeGreaterThan(0);
  });

  it('reads any table layout by header labels, columns in any order', () => {
    document.body.innerHTML = `<div role="table"><div role="row"><span role="columnheader">Trạng thái</span><span role="columnheader">Lĩnh vực</span><span role="columnheader">MÃ HỒ SƠ</span><span role="columnheader">Thủ tục</span><span role="columnheader">Hình thức nộp</span><span role="columnheader">Ngày nộp</span></div>
      <div role="row"><span role="cell">Mới đăng ký</span><span role="cell">Hộ tịch</span><span role="cell"><a href="#">000.00.12.H29-250801-0001</a></span><span role="cell">1.001193 - Đăng ký khai sinh</span><span role="cell">Dịch vụ bưu chính công ích</span><span role="cell">01/08/2025 08:30</span></div></div>`;
    const { rows } = readListRows(document);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      code: '000.00.12.H29-250801-0001', field: 'Hộ tịch', procedureCode: '1.001193', procedureName: 'Đăng ký khai sinh',
      channel: 'post', submittedAt: '2025-08-01T08:30:00+07:00', status: 'Mới đăng ký', rowIndex: 0,
    });
    expect(rows[0]!.element.getAttribute('role')).toBe('row');
  });

  it('a list without a field column reports it unreadable', () => {
    document.body.innerHTML = '<table><tr><th>Mã hồ sơ</th><th>Ngày nộp</th></tr><tr><td>A-1</td><td>01/08/2025</td></tr></table>';
    const snap = readList(document);
    expect(snap.rows).toHaveLength(1);
    expect(snap.unreadable.map((u) => u.value)).toEqual(['rows.field']);
  });
  it('the chunked reader gives the same rows as the one-go reader, pausing between chunks', async () => {
    const body = Array.from({ length: 7 }, (_, i) => `<tr><td>A-${i}</td><td>${i % 2 ? 'Hộ tịch' : ''}</td></tr>`).join('');
    document.body.innerHTML = `<table><tr><th>Mã hồ sơ</th><th>Lĩnh vực</th></tr>${body}<tr><td></td><td>x</td></tr></table>`;
    let pauses = 0;
    const chunked = await readListRowsChunked(document, async () => void (pauses += 1), 3);
    expect(chunked).toEqual(readListRows(document));
    expect(chunked.rows.map((r) => r.rowIndex)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(pauses).toBe(2);
  });
});
