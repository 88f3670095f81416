// API client of the SPA. Like iGate, the token lives in localStorage.userToken and the agency in
// localStorage.userAgency; every call carries `Authorization: Bearer <token>`.

const REAL_HOST = 'motcua.tphcm.gov.vn';
const REAL_API = 'https://apigatewaydvcmc.hochiminhcity.gov.vn';

/** Under the real hostname use the real gateway (tests route it); elsewhere the injected base. */
export const API_BASE = location.hostname === REAL_HOST
  ? REAL_API
  : (document.querySelector('meta[name="motcua-api-base"]')?.getAttribute('content') ?? '');

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Payload of a JWT (no signature check), or null when malformed or expired. */
export function decodeToken(token) {
  try {
    const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(part.padEnd(part.length + ((4 - (part.length % 4)) % 4), '=')), (c) => c.charCodeAt(0));
    const payload = JSON.parse(new TextDecoder().decode(bytes));
    return payload.exp * 1000 > Date.now() ? payload : null;
  } catch {
    return null;
  }
}

export function currentUser() {
  const token = localStorage.getItem('userToken');
  return token ? decodeToken(token) : null;
}

export function currentAgency() {
  try {
    return JSON.parse(localStorage.getItem('userAgency') ?? 'null');
  } catch {
    return null;
  }
}

export function signOut() {
  localStorage.removeItem('userToken');
  localStorage.removeItem('userAgency');
}

async function call(path, { method = 'GET', body, token } = {}) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`${API_BASE}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new ApiError(res.status, data.message ?? data.error_description ?? `Lỗi máy chủ (${res.status})`);
  return data;
}

/** Authenticated call; a 401 signs the officer out (the router then shows the login page). */
export async function api(path, options = {}) {
  try {
    return await call(path, { ...options, token: localStorage.getItem('userToken') });
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) signOut();
    throw err;
  }
}

/** Sign in, then store the token and the agency like iGate does. */
export async function signIn(username, password) {
  const { access_token: token } = await call('/auth/login', { method: 'POST', body: { username, password } });
  const me = await call('/human/user/--me', { token });
  localStorage.setItem('userToken', token);
  localStorage.setItem('userAgency', JSON.stringify(me.agency));
}
