// The HkdOnline replica's fault switches: "Lỗi hệ thống" on a seeded share of postbacks (never
// saving that post), session expiry after N requests (the saved draft survives), slow responses,
// and per-browser-context overrides through the `replica-faults` cookie.
import { afterEach, describe, expect, it } from 'vitest';
import { HkdClient, type HkdPage } from '../sites/hkdonline/client.mjs';
import { startHkd } from '../sites/hkdonline/fixture.mjs';
import { effectiveFaults, parseFaults } from '../sites/hkdonline/faults.mjs';

const CITY = 'ctl00$C$ADDRCtl$CITY_IDFld';
const SAVE = 'ctl00$C$btnSave';
const sites: { close: () => Promise<void> }[] = [];
afterEach(async () => { await Promise.all(sites.splice(0).map((s) => s.close())); });

async function start(faults = '') {
  const site = await startHkd({ faults });
  sites.push(site);
  return site;
}

const state = async (origin: string): Promise<any> => (await fetch(`${origin}/HkdOnline/__replica/state`)).json();

/** Sign in and open a new registration at its first block (Địa chỉ). */
async function atAddressBlock(client: HkdClient): Promise<HkdPage> {
  let p = await client.login();
  p = await client.postBack(p, { target: 'ctl00$MainMenu', arg: 'REG' });
  p = await client.postBack(p, { set: { ctl00$C$myWizard$CtlType: 'NEW' }, click: 'ctl00$C$myWizard$StartNavigationTemplateContainerID$StartNextButton' });
  return client.postBack(p, { click: 'ctl00$C$myWizard$FinishNavigationTemplateContainerID$FinishButton' });
}

describe('HkdOnline replica: fault switches', () => {
  it('parses fault strings and lets the cookie override the server key by key', () => {
    expect(parseFaults('error=0.3,expire=12,slow=800')).toEqual({ error: 0.3, expire: 12, slow: 800 });
    expect(parseFaults('error=abc,bogus=1,slow=-5')).toEqual({});
    expect(effectiveFaults('error=0.3,expire=12', 'error=0')).toEqual({ error: 0, expire: 12, slow: 0, seed: 1 });
  });

  it('answers a seeded share of postbacks with "Lỗi hệ thống", the same pattern on every run', async () => {
    const pattern = async () => {
      const site = await start();
      const client = new HkdClient(site.origin);
      const page = await atAddressBlock(client);
      client.setCookie('replica-faults', 'error=0.4,seed=7');
      const outcome: string[] = [];
      for (let i = 0; i < 40; i += 1) {
        const r = await client.postBack(page, { set: { [CITY]: i % 2 ? '79' : '48' }, target: CITY });
        outcome.push(r.status === 500 ? 'E' : '.');
        if (r.status === 500) {
          expect(r.text('h1')).toBe('Lỗi hệ thống');
          expect(r.text('#main')).toContain('Đã có lỗi xảy ra trong quá trình xử lý');
          expect(r.doc.querySelector('#ctl00_C_lnkBack')?.getAttribute('href')).toMatch(/\/Forms\/APP\/Registration\.aspx\?h=a0$/);
        }
      }
      expect((await state(site.origin)).counters.errors).toBe(outcome.filter((o) => o === 'E').length);
      return outcome.join('');
    };
    const first = await pattern();
    const errors = first.split('').filter((c) => c === 'E').length;
    expect(errors).toBeGreaterThanOrEqual(8);
    expect(errors).toBeLessThanOrEqual(24);
    expect(await pattern()).toBe(first);
  });

  it('does not save a post answered with an error page, and saves the retry exactly once', async () => {
    const site = await start();
    const client = new HkdClient(site.origin);
    let page = await client.postBack(await atAddressBlock(client), { set: { [CITY]: '79' }, target: CITY });
    const data = { 'ctl00$C$ADDRCtl$WARD_IDFld': '79001', 'ctl00$C$ADDRCtl$STREET_NUMBERFld': '1 Lê Văn Việt' };
    client.setCookie('replica-faults', 'error=1');
    const failed = await client.postBack(page, { set: data, click: SAVE });
    expect(failed.status).toBe(500);
    expect((await state(site.origin)).drafts.hkd01.blocks).toEqual({});
    client.setCookie('replica-faults', 'error=0');
    page = await client.postBack(page, { set: data, click: SAVE });
    expect(page.text('#ctl00_C_lblMessage')).toBe('Lưu thông tin thành công.');
    expect((await state(site.origin)).drafts.hkd01.blocks.ADDR.saves).toBe(1);
  });

  it('expires the session after N requests; after signing in again the saved draft reopens', async () => {
    const site = await start('expire=7');
    const client = new HkdClient(site.origin);
    // Requests 1–5: home, menu, wizard, type, confirm; 6: province postback; 7: save.
    let page = await client.postBack(await atAddressBlock(client), { set: { [CITY]: '79' }, target: CITY });
    page = await client.postBack(page, { set: { 'ctl00$C$ADDRCtl$WARD_IDFld': '79001', 'ctl00$C$ADDRCtl$STREET_NUMBERFld': '1 Lê Văn Việt' }, click: SAVE });
    expect(page.text('#ctl00_C_lblMessage')).toBe('Lưu thông tin thành công.');
    const expired = await client.postBack(page, { set: { 'ctl00$C$ADDRCtl$STREET_NUMBERFld': '99 Chưa Lưu' }, click: SAVE });
    expect(expired.url).toContain('/HkdOnline/Login.aspx?expired=1&ReturnUrl=');
    expect(expired.text('#ctl00_C_lblExpired')).toBe('Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.');
    expect(client.cookies.has('ASP.NET_SessionId')).toBe(false);
    const s = await state(site.origin);
    expect(s.counters.expiries).toBe(1);
    expect(s.drafts.hkd01.blocks.ADDR.saves).toBe(1);
    const back = await client.postBack(expired, { set: { ctl00$C$txtUserName: 'hkd01', ctl00$C$txtPassword: '123456' }, click: 'ctl00$C$btnLogin' });
    expect(back.url).toMatch(/\/Forms\/APP\/Registration\.aspx\?h=a0$/);
    expect(back.doc.querySelector<HTMLInputElement>('#ctl00_C_ADDRCtl_STREET_NUMBERFld')?.value).toBe('1 Lê Văn Việt');
  });

  it('delays responses by the slow switch, unless the context cookie turns it off', async () => {
    const site = await start('slow=200');
    const timed = async (client: HkdClient) => {
      const t0 = performance.now();
      await client.get('/HkdOnline/');
      return performance.now() - t0;
    };
    expect(await timed(new HkdClient(site.origin))).toBeGreaterThanOrEqual(195);
    expect(await timed(new HkdClient(site.origin, { 'replica-faults': 'slow=0' }))).toBeLessThan(150);
  });
});
