// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findByLabel } from './find-by-label';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('findByLabel layouts', () => {
  it.each([
    ['th/td row', '<table><tr><th>Họ và tên</th><td>NGUYỄN VĂN AN</td></tr></table>'],
    ['td/td row', '<table><tr><td><span>Họ và tên:</span></td><td> NGUYỄN  VĂN AN </td></tr></table>'],
    ['dt/dd', '<dl><dt>Họ và tên</dt><dd>NGUYỄN VĂN AN</dd></dl>'],
    ['label for', '<label for="x">Họ và tên</label><div><input id="x" value="NGUYỄN VĂN AN"></div>'],
    ['label wrapping', '<label>Họ và tên <input value="NGUYỄN VĂN AN"></label>'],
    ['material', '<mat-form-field><div><label><mat-label>Họ và tên</mat-label></label><input value="NGUYỄN VĂN AN"></div></mat-form-field>'],
    ['div pair', '<div class="r"><div class="l"><b>Họ và tên</b></div><div class="v">NGUYỄN VĂN AN</div></div>'],
    ['text line', '<p>Mã hồ sơ: 1<br>Họ và tên: NGUYỄN VĂN AN<br>Giới tính: Nam</p>'],
    ['bold inline', '<p><b>HO VA TEN :</b> NGUYỄN VĂN AN</p>'],
    ['aria-label', '<input aria-label="Họ và tên" value="NGUYỄN VĂN AN">'],
    ['select', '<label for="s">Họ và tên</label><select id="s"><option>X</option><option selected>NGUYỄN VĂN AN</option></select>'],
  ])('%s', (_name, html) => {
    expect(findByLabel(page(html), ['Họ tên', 'Họ và tên'])?.value).toBe('NGUYỄN VĂN AN');
  });

  it('ignores column headers and empty values', () => {
    const doc = page('<table><tr><th>Họ và tên</th><th>Ngày sinh</th></tr><tr><td>A</td><td>B</td></tr></table><dl><dt>Họ và tên</dt><dd></dd></dl>');
    expect(findByLabel(doc, ['Họ và tên'])).toBeNull();
  });

  it('picks the value in the requested section', () => {
    const doc = page(`
      <h3>Thông tin về chủ hộ kinh doanh</h3>
      <h4>Địa chỉ thường trú</h4><table><tr><th>Tỉnh/Thành phố</th><td>Đà Nẵng</td></tr></table>
      <h4>Địa chỉ liên lạc</h4><table><tr><th>Tỉnh/Thành phố</th><td>Hồ Chí Minh</td></tr></table>
      <h3>2. Địa chỉ trụ sở hộ kinh doanh</h3>
      <fieldset><legend>x</legend><div>Tỉnh/Thành phố: Cần Thơ</div></fieldset>
      <div><p><strong>Địa chỉ trụ sở</strong></p><div>Tỉnh/Thành phố: Huế</div></div>`);
    expect(findByLabel(doc, ['Tỉnh/Thành phố'], { section: ['Địa chỉ liên lạc'] })?.value).toBe('Hồ Chí Minh');
    expect(findByLabel(doc, ['Tỉnh/Thành phố'], { section: ['Địa chỉ thường trú'] })?.value).toBe('Đà Nẵng');
    expect(findByLabel(doc, ['Tỉnh/Thành phố'], { section: ['Địa chỉ trụ sở'] })?.value).toBe('Huế');
    expect(findByLabel(doc, ['Tỉnh/Thành phố'], { section: ['x'] })?.value).toBe('Cần Thơ');
    expect(findByLabel(doc, ['Tỉnh/Thành phố'], { section: ['chủ hộ'] })?.value).toBe('Đà Nẵng');
  });
});
