// Replica A over HTTP: login/JWT, auth and CORS, search paging and filters, status changes with
// their action log, results, reset, benchmark padding, and the SPA shell.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMotcuaApi, createMotcuaApp } from '../sites/motcua/app.mjs';
import { buildSeed } from '../sites/seed/seed.mjs';

const seed = buildSeed();
const servers: http.Server[] = [];
let api = '';
let app = '';
let token = '';

async function listen(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function call(path: string, init: RequestInit & { auth?: string | null } = {}) {
  const headers = new Headers(init.headers);
  const auth = init.auth === undefined ? token : init.auth;
  if (auth) headers.set('Authorization', `Bearer ${auth}`);
  if (init.body) headers.set('Content-Type', 'application/json');
  const res = await fetch(`${api}${path}`, { ...init, headers });
  return { status: res.status, headers: res.headers, body: (await res.json().catch(() => null)) as any };
}
const login = (username: string, password = '123456') =>
  call('/auth/login', { method: 'POST', body: JSON.stringify({ username, password }), auth: null });
const put = (path: string, body: unknown) => call(path, { method: 'PUT', body: JSON.stringify(body) });
const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

beforeAll(async () => {
  api = await listen(createMotcuaApi(seed, { delayMs: 0 }) as http.RequestListener);
  app = await listen(createMotcuaApp({ apiBase: api }) as http.RequestListener);
  token = (await login('hkd01')).body.access_token;
});
afterAll(() => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))));
beforeEach(async () => { await fetch(`${api}/__replica/reset`, { method: 'POST' }); });

describe('auth', () => {
  it('issues a well-formed JWT with the account claims', () => {
    const parts = token.split('.');
    expect(parts).toHaveLength(3);
    expect(decode(parts[0]!)).toMatchObject({ typ: 'JWT' });
    const payload = decode(parts[1]!);
    expect(payload).toMatchObject({ preferred_username: 'hkd01', name: 'Lê Hoàng Phúc' });
    expect(payload.exp).toBeGreaterThan(Date.now() / 1000);
  });

  it('rejects wrong passwords, missing and expired tokens', async () => {
    expect((await login('hkd01', 'sai')).status).toBe(401);
    expect((await call('/pa/dossier/search', { auth: null })).status).toBe(401);
    const [h, p, s] = token.split('.');
    const expired = Buffer.from(JSON.stringify({ ...decode(p!), exp: 1000 })).toString('base64url');
    expect((await call('/pa/dossier/search', { auth: `${h}.${expired}.${s}` })).status).toBe(401);
  });

  it('answers CORS preflight for any origin with Authorization allowed', async () => {
    const res = await fetch(`${api}/pa/dossier/search`, { method: 'OPTIONS', headers: {
      Origin: 'https://motcua.tphcm.gov.vn', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' } });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://motcua.tphcm.gov.vn');
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
  });

  it('tells the SPA who is signed in and their agency', async () => {
    const me = await call('/human/user/--me');
    expect(me.body).toMatchObject({ username: 'hkd01', agency: { code: '000.13.12.H29' } });
  });
});

describe('search', () => {
  it('pages through all dossiers', async () => {
    const first = await call('/pa/dossier/search?page=0&size=10');
    expect(first.body).toMatchObject({ totalElements: seed.dossiers.length, number: 0, size: 10, last: false });
    expect(first.body.content).toHaveLength(10);
    const lastPage = Math.ceil(seed.dossiers.length / 10) - 1;
    const last = await call(`/pa/dossier/search?page=${lastPage}&size=10`);
    expect(last.body.last).toBe(true);
    expect(last.body.content.length).toBe(seed.dossiers.length - lastPage * 10);
  });

  it('filters by sector, status, code and applicant name (without diacritics)', async () => {
    const sectors = (await call('/sectors')).body.content as { id: string; name: string }[];
    const hkd = sectors.find((s) => s.name === 'Thành lập và hoạt động của hộ kinh doanh')!;
    const bySector = await call(`/pa/dossier/search?size=100&sector-id=${hkd.id}&dossier-status=0`);
    const expected = seed.dossiers.filter((d) => d.procedure.sector.id === hkd.id && d.dossierStatus.id === 0);
    expect(bySector.body.totalElements).toBe(expected.length);
    const target = seed.dossiers[5]!;
    expect((await call(`/pa/dossier/search?code=${target.code}`)).body.content[0].id).toBe(target.id);
    const plain = target.applicant.data.fullname.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/Đ/g, 'D').replace(/đ/g, 'd');
    const byName = await call(`/pa/dossier/search?applicant-name=${encodeURIComponent(plain.toLowerCase())}`);
    expect(byName.body.content.map((d: { id: string }) => d.id)).toContain(target.id);
  });

  it('pads a 500-row benchmark page with clones whose details load', async () => {
    const page = await call('/pa/dossier/search?size=500');
    expect(page.body.content).toHaveLength(500);
    expect(new Set(page.body.content.map((d: { id: string }) => d.id)).size).toBe(500);
    const clone = page.body.content[499];
    expect((await call(`/pa/dossier/${clone.id}/--online`)).body.code).toBe(clone.code);
  });
});

describe('dossier actions', () => {
  const fresh = seed.scenarios['clean-hkd-registration']![0]!;

  it('returns the full dossier', async () => {
    const res = await call(`/pa/dossier/${fresh}/--online`);
    expect(res.body).toEqual(seed.dossiers.find((d) => d.id === fresh));
    expect((await call('/pa/dossier/ffffffffffffffffffffffff/--online')).status).toBe(404);
  });

  it('accepts once, logs every attempt and refuses a second accept', async () => {
    const first = await put(`/pa/dossier/${fresh}/status`, { action: 'accept' });
    expect(first.body.dossierStatus).toEqual({ id: 2, name: 'Đã tiếp nhận' });
    expect(first.body.acceptedDate).toMatch(/\+0700$/);
    expect((await put(`/pa/dossier/${fresh}/status`, { action: 'accept' })).status).toBe(409);
    const log = (await call(`/pa/dossier/${fresh}/actions`)).body;
    expect(log.count).toBe(2);
    expect(log.actions.map((a: { ok: boolean }) => a.ok)).toEqual([true, false]);
    expect(log.actions[0]).toMatchObject({ action: 'accept', username: 'hkd01', fromStatus: 0, toStatus: 2 });
  });

  it('requests a supplement with a note and rejects unknown actions', async () => {
    const res = await put(`/pa/dossier/${fresh}/status`, { action: 'request-supplement', note: 'Bổ sung biên bản' });
    expect(res.body.dossierStatus.name).toBe('Yêu cầu bổ sung');
    expect((await put(`/pa/dossier/${fresh}/status`, { action: 'delete' })).status).toBe(400);
  });

  it('stores household-business results only on household-business dossiers', async () => {
    const result = { code: '079190012345', certificateNumber: '41M8000123', date: '30/11/2026' };
    expect((await put(`/pa/dossier/${fresh}/result`, result)).body.result).toEqual(result);
    expect((await put(`/pa/dossier/${fresh}/result`, { code: '' })).status).toBe(400);
    const civil = seed.scenarios['clean-ho-tich']![0]!;
    expect((await put(`/pa/dossier/${civil}/result`, result)).status).toBe(400);
  });

  it('reset restores the seed state and empties the log', async () => {
    await put(`/pa/dossier/${fresh}/status`, { action: 'reject', note: 'Sai thẩm quyền' });
    await fetch(`${api}/__replica/reset`, { method: 'POST' });
    expect((await call(`/pa/dossier/${fresh}/--online`)).body.dossierStatus.id).toBe(0);
    expect((await call(`/pa/dossier/${fresh}/actions`)).body.count).toBe(0);
  });
});

describe('app shell', () => {
  it('redirects / to /vi/ and serves the shell with the API base for every /vi/ route', async () => {
    const root = await fetch(`${app}/`, { redirect: 'manual' });
    expect([root.status, root.headers.get('location')]).toEqual([302, '/vi/']);
    const html = await (await fetch(`${app}/vi/dossier/processing/${seed.dossiers[0]!.id}?procedure=x&task=y`)).text();
    expect(html).toContain(`<meta name="motcua-api-base" content="${api}">`);
    expect(html).toContain('<app-root>');
  });

  it('serves the static modules by exact name only', async () => {
    const js = await fetch(`${app}/static/main.js`);
    expect(js.headers.get('content-type')).toContain('javascript');
    expect((await fetch(`${app}/static/../app.mjs`)).status).toBe(404);
    expect((await fetch(`${app}/static/%2e%2e/app.mjs`)).status).toBe(404);
  });
});
