// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadPage } from '@/utils/sites/test-pages';
import { detectHkdPageKind, detectStep } from './detect-step';
import { readControlValues } from './read-control-values';
import { readResult } from './read-result';
import { readHkdAccount } from './read-account';
import { readHkdStep } from './read-step';

const URL_WIZ = 'https://hokinhdoanh.dkkd.gov.vn/HkdOnline/Forms/APP/Registration.aspx?h=a0';
const hkd = (name: string) => loadPage(`pages/hkdonline/${name}.html`);

describe('HkdOnline step detection on replica pages (one URL for every step)', () => {
  it.each([
    ['step-type', 'type'],
    ['step-after-type', 'confirm'],
    ['block-0', 'address'],
    ['block-1', 'lines'],
    ['block-2', 'name'],
    ['block-3', 'owner'],
    ['block-4', 'capital'],
    ['block-5', 'tax'],
    ['block-6', 'submitter'],
  ])('%s → %s', (page, step) => {
    expect(detectStep(hkd(page))).toBe(step);
    expect(detectHkdPageKind(URL_WIZ, hkd(page))).toEqual({ pageKind: 'wizard-step', step });
  });

  it('sign-in, home and error pages', () => {
    expect(detectHkdPageKind('https://hokinhdoanh.dkkd.gov.vn/HkdOnline/Login.aspx', hkd('login')).pageKind).toBe('login');
    expect(detectHkdPageKind('https://hokinhdoanh.dkkd.gov.vn/HkdOnline/Default.aspx', hkd('home')).pageKind).toBe('menu');
    document.documentElement.innerHTML = '<head><title>Lỗi hệ thống - HKD</title></head><body><h1>Lỗi hệ thống</h1><a href="./Registration.aspx?h=a0">Quay lại</a></body>';
    expect(detectHkdPageKind(URL_WIZ, document).pageKind).toBe('error');
  });
});

describe('HkdOnline values', () => {
  it('reads every named control; selects give value and option text', () => {
    const values = readControlValues(hkd('block-0'));
    expect(Object.keys(values)).toContain('ctl00$C$ADDRCtl$CITY_IDFld');
    expect(values).toHaveProperty(['ctl00$C$ADDRCtl$CITY_IDFld#text']);
    expect(values).not.toHaveProperty('__VIEWSTATE');
    expect(values).not.toHaveProperty('ctl00$C$btnSave');
  });

  it('select, radio and text values', () => {
    document.body.innerHTML = `<form><select name="a$CITY_IDFld"><option value="">-- Chọn --</option><option value="48" selected>Đà Nẵng</option></select>
      <input type="radio" name="a$T" value="NEW"><input type="radio" name="a$T" value="AMEND" checked>
      <input name="a$NAMEFld" value="HỘ KINH DOANH AN"><textarea name="a$NOTE">ghi chú</textarea><input type="hidden" name="__VIEWSTATE" value="x"></form>`;
    expect(readControlValues(document)).toEqual({
      'a$CITY_IDFld': '48', 'a$CITY_IDFld#text': 'Đà Nẵng', 'a$T': 'AMEND', 'a$NAMEFld': 'HỘ KINH DOANH AN', 'a$NOTE': 'ghi chú',
    });
  });

  it('reads the signed-in account from the header', () => {
    expect(readHkdAccount(hkd('home'))).toEqual({ username: 'motcua.td01', fullName: 'Phạm Thị Lan' });
    expect(readHkdAccount(hkd('login'))).toBeUndefined();
  });

  it('reads a result page by its labels; the home list of past results is not one', () => {
    document.head.innerHTML = '<title>Kết quả đăng ký</title>';
    document.body.innerHTML = `<table class="form result"><tr><td>Loại đăng ký:</td><td>Thành lập mới</td></tr>
      <tr><td>Mã số hộ kinh doanh:</td><td><span>079085001234</span></td></tr>
      <tr><td>Số Giấy chứng nhận đăng ký hộ kinh doanh:</td><td>41K8001234</td></tr><tr><td>Ngày cấp:</td><td>1/9/2025</td></tr></table>`;
    expect(readResult(document).result).toEqual({ code: '079085001234', certificateNumber: '41K8001234', date: '01/09/2025' });
    const snap = readHkdStep(document, 'https://hokinhdoanh.dkkd.gov.vn/HkdOnline/Forms/APP/RegistrationResult.aspx?h=a0');
    expect(snap.pageKind).toBe('result');
    expect(snap.result?.code).toBe('079085001234');
    expect(readResult(hkd('home')).result).toBeUndefined();
    expect(readResult(hkd('home')).unreadable.map((u) => u.value)).toContain('result.code');
  });

  it('readHkdStep gives a valid snapshot for a data block', () => {
    const snap = readHkdStep(hkd('block-3'), URL_WIZ);
    expect(snap).toMatchObject({ system: 'household-business', pageKind: 'wizard-step', step: 'owner' });
    expect(snap.values).toHaveProperty(['ctl00$C$OWN_PCtl$PERSCtl$FULL_NAMEFld']);
    expect(snap.account?.username).toBe('motcua.td01');
  });
});
