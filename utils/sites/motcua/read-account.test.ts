// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadPage } from '@/utils/sites/test-pages';
import { readAccount } from './read-account';
import { detectPageKind } from './detect-page-kind';

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const token = (claims: Record<string, unknown>) => `${b64({ alg: 'RS256' })}.${b64(claims)}.sig`;

describe('readAccount', () => {
  it('prefers the token claims the page keeps', () => {
    const doc = loadPage('pages/motcua/hkd-family.html');
    const r = readAccount(doc, { userToken: token({ preferred_username: 'hkd01', name: 'Lê Hoàng Phúc' }) });
    expect(r.account).toEqual({ username: 'hkd01', fullName: 'Lê Hoàng Phúc' });
    expect(r.evidence['account.username']).toEqual({ source: 'token', detail: 'userToken claim preferred_username' });
    expect(r.unreadable).toEqual([]);
  });

  it('falls back to the header user menu of the replica', () => {
    const r = readAccount(loadPage('pages/motcua/hkd-family.html'), {});
    expect(r.account.fullName).toBe('Lê Hoàng Phúc');
    expect(r.evidence['account.fullName']?.source).toBe('menu');
  });

  it('reads a labelled username and reports nothing readable as unreadable', () => {
    document.body.innerHTML = '<div>Tên đăng nhập: <span>tonghop01</span></div>';
    expect(readAccount(document, { userToken: 'garbage' }).account).toEqual({ username: 'tonghop01' });
    document.body.innerHTML = '<p>Không có gì</p>';
    const r = readAccount(document, {});
    expect(r.account).toEqual({});
    expect(r.unreadable[0]?.value).toBe('account.username');
    expect(r.unreadable[0]?.tried.length).toBeGreaterThan(0);
  });
});

describe('detectPageKind', () => {
  it.each([
    ['https://motcua.tphcm.gov.vn/vi/dossier/processing/64d0a6939667bd52ee2deced?procedure=1&task=2', 'dossier-detail'],
    ['https://motcua.tphcm.gov.vn/vi/dossier/search/64d0a6939667bd52ee2deced', 'dossier-detail'],
    ['https://motcua.tphcm.gov.vn/vi/dossier/processing', 'dossier-list'],
    ['https://motcua.tphcm.gov.vn/vi/dossier/search?code=&page=2', 'dossier-list'],
    ['https://motcua.tphcm.gov.vn/vi/statistics', 'other'],
  ])('%s → %s', (url, kind) => {
    document.body.innerHTML = '<p></p>';
    expect(detectPageKind(url, document)).toBe(kind);
  });

  it('a page with a password field is a sign-in page', () => {
    document.body.innerHTML = '<form><input name="username"><input type="password"></form>';
    expect(detectPageKind('https://motcua.tphcm.gov.vn/vi/login', document)).toBe('login');
  });
});
