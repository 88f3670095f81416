// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readComponents } from './read-components';

describe('readComponents', () => {
  it('reads a table under a heading, with "Chưa đính kèm" as no file', () => {
    document.body.innerHTML = `<h3>Thành phần hồ sơ</h3><table><tr><th>STT</th><th>Tên giấy tờ</th><th>Tệp đính kèm</th></tr>
      <tr><td>1</td><td>Tờ khai</td><td><a href="#">to_khai.pdf</a><a href="#">phu_luc.pdf</a></td></tr>
      <tr><td>2</td><td>Giấy chứng sinh</td><td>Chưa đính kèm</td></tr></table>`;
    expect(readComponents(document)).toEqual([
      { name: 'Tờ khai', files: ['to_khai.pdf', 'phu_luc.pdf'] },
      { name: 'Giấy chứng sinh', files: [] },
    ]);
  });

  it('reads a list under "Giấy tờ kèm theo"', () => {
    document.body.innerHTML = `<div><strong>Giấy tờ kèm theo:</strong></div><ul><li>1. Tờ khai — <a>tk.pdf</a></li><li>Văn bản ủy quyền (Không có tệp)</li><li>Bản sao giấy tờ: scan_cccd.jpg</li></ul>`;
    expect(readComponents(document)).toEqual([
      { name: 'Tờ khai', files: ['tk.pdf'] },
      { name: 'Văn bản ủy quyền', files: [] },
      { name: 'Bản sao giấy tờ', files: ['scan_cccd.jpg'] },
    ]);
  });

  it('null when there is no component section', () => {
    document.body.innerHTML = '<h3>Thông tin chung</h3><table><tr><td>x</td><td>y</td></tr></table>';
    expect(readComponents(document)).toBeNull();
  });
});
