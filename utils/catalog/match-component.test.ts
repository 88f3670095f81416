import { describe, expect, it } from 'vitest';
import { bundledCatalog } from './bundled';
import { createCatalogIndex } from './catalog-index';
import { matchComponent } from './match-component';

const index = createCatalogIndex(bundledCatalog());
const match = (code: string, name: string) => matchComponent(name, index.byCode(code)!.procedure)?.component.id ?? null;

describe('matchComponent', () => {
  it('maps names as systems write them', () => {
    expect(match('1.001193', 'Tờ khai đăng ký khai sinh')).toBe('to-khai');
    expect(match('1.001193', 'TỜ KHAI ĐĂNG KÝ KHAI SINH (bản scan)')).toBe('to-khai');
    expect(match('1.001193', 'Mẫu hộ tịch điện tử đăng ký khai sinh')).toBe('e-form');
    expect(match('1.001193', 'Giấy chứng sinh')).toBe('giay-chung-sinh');
    expect(match('1.001193', 'Giấy ủy quyền')).toBe('uy-quyen');
    expect(match('1.001193', 'Biên bản xác nhận trẻ bị bỏ rơi')).toBe('bien-ban-bo-roi');
  });
  it('knows the HkdOnline attachment labels', () => {
    expect(match('1.001612', 'Giấy đề nghị đăng ký hộ kinh doanh')).toBe('giay-de-nghi');
    expect(match('1.001612', 'Bản sao giấy tờ pháp lý của cá nhân')).toBe('ban-sao-giay-to-phap-ly');
    expect(match('1.001612', 'Bản sao CCCD của chủ hộ')).toBe('ban-sao-giay-to-phap-ly');
    expect(match('2.000720', 'Thông báo thay đổi nội dung đăng ký hộ kinh doanh')).toBe('thong-bao-thay-doi');
  });
  it('returns null for unrelated or empty names', () => {
    expect(match('1.001193', 'Hóa đơn tiền điện')).toBeNull();
    expect(match('1.001193', '')).toBeNull();
    expect(match('1.000689', 'Tờ khai')).toBeNull(); // procedure without components
  });
});
