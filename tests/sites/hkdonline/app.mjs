// Replica B: HkdOnline, the national household-business registration system (ASP.NET WebForms).
// createHkdApp(seed, options) returns an async Node (req, res) handler serving /HkdOnline/….
// This file owns sessions, fault switches and the postback pipeline; pages live in pages.mjs.
// Faults and session expiry are decided BEFORE any state change, so a retried post saves once.
import { randomBytes } from 'node:crypto';
import {
  clearSessionCookie, field, parseCookies, readForm, redirect, sendHtml, sendJson, sessionCookie, sleep,
} from './http.mjs';
import { createRng, effectiveFaults, hashString } from './faults.mjs';
import { createViewStateCodec, ViewStateError } from './viewstate.mjs';
import { buildGeo } from './geo.mjs';
import { buildAccounts } from './accounts.mjs';
import { createStore } from './store.mjs';
import { BASE } from './layout.mjs';
import { createPages } from './pages.mjs';

/**
 * @param {object} seed `{ provinces, registeredHouseholds?, accounts? }` (tests/sites/seed)
 * @param {object} [options] `{ faults?: "error=0.3,expire=12,slow=800,seed=7", secret?, now?: () => Date }`
 */
export function createHkdApp(seed, options = {}) {
  const ctx = {
    geo: buildGeo(seed?.provinces),
    accounts: buildAccounts(seed?.accounts),
    store: createStore(seed),
    codec: createViewStateCodec(options.secret),
    now: options.now ?? (() => new Date()),
  };
  const sessions = new Map();
  const sessionsPerAccount = new Map();
  const pages = createPages(ctx);

  function newSession(user) {
    const id = randomBytes(18).toString('base64').replace(/[^a-z0-9]/gi, '').toLowerCase().slice(0, 24);
    const index = (sessionsPerAccount.get(user.username) ?? 0) + 1;
    sessionsPerAccount.set(user.username, index);
    const session = { id, user, index, requests: 0, rng: null, rngSeed: null };
    sessions.set(id, session);
    return session;
  }

  /** One draw of the session's PRNG: seeded from the fault seed, the account and the session number. */
  function rollError(session, faults) {
    if (!(faults.error > 0)) return false;
    if (!session.rng || session.rngSeed !== faults.seed) {
      session.rng = createRng(hashString(`${faults.seed}:${session.user.username}:${session.index}`));
      session.rngSeed = faults.seed;
    }
    return session.rng() < faults.error;
  }

  /** Which postback happened: __EVENTTARGET, else the submit button posted; validated like ASP.NET. */
  function eventOf(form, validation) {
    const target = field(form, '__EVENTTARGET') ?? '';
    if (target) {
      return validation.targets.includes(target) ? { target, arg: field(form, '__EVENTARGUMENT') ?? '' } : null;
    }
    const clicked = [...form.keys()].filter((k) => validation.buttons.includes(k));
    const stray = [...form.keys()].find((k) => /(Button|\$btn\w+)$/.test(k) && !validation.buttons.includes(k));
    if (stray) return null;
    return { target: clicked[0] ?? '', arg: '' };
  }

  /** Read and check a postback; returns { vs, ev, form } or null after answering with an error page. */
  async function readPostback(req, res, session, faults, backUrl) {
    const form = await readForm(req);
    if (rollError(session, faults)) {
      ctx.store.counters.errors += 1;
      pages.sendError(res, session.user, backUrl);
      return null;
    }
    try {
      const vs = ctx.codec.readViewState(field(form, '__VIEWSTATE'));
      const ev = eventOf(form, ctx.codec.readEventValidation(field(form, '__EVENTVALIDATION')));
      if (!ev) throw new ViewStateError('Invalid postback or callback argument.');
      return { vs, ev, form };
    } catch (err) {
      if (!(err instanceof ViewStateError)) throw err;
      pages.sendError(res, session.user, backUrl, err.message);
      return null;
    }
  }

  async function signIn(req, res, url) {
    const returnUrl = url.searchParams.get('ReturnUrl') ?? '';
    if (req.method !== 'POST') return pages.sendLogin(res, { expired: url.searchParams.has('expired'), returnUrl });
    const form = await readForm(req);
    const user = ctx.accounts.check(field(form, 'ctl00$C$txtUserName'), field(form, 'ctl00$C$txtPassword'));
    if (!user) return pages.sendLogin(res, { failed: true, username: field(form, 'ctl00$C$txtUserName'), returnUrl });
    const session = newSession(user);
    const target = returnUrl.startsWith(`${BASE}/`) && !/login\.aspx/i.test(returnUrl) ? returnUrl : `${BASE}/Default.aspx`;
    return redirect(res, target, { 'set-cookie': sessionCookie(session.id) });
  }

  async function replicaEndpoint(req, res, path) {
    if (path === '/__replica/state') {
      const active = [...sessions.values()].map((s) => ({ account: s.user.username, requests: s.requests, index: s.index }));
      return sendJson(res, 200, { ...ctx.store.snapshot(), sessions: active });
    }
    if (path === '/__replica/reset' && req.method === 'POST') {
      ctx.store.reset();
      if (new URL(req.url, 'http://x').searchParams.has('sessions')) sessions.clear();
      for (const s of sessions.values()) s.requests = 0;
      return sendJson(res, 200, { ok: true });
    }
    return sendJson(res, 404, { error: 'unknown replica endpoint' });
  }

  return async function hkdOnline(req, res) {
    const url = new URL(req.url ?? '/', 'http://replica');
    if (!url.pathname.toLowerCase().startsWith(BASE.toLowerCase())) return redirect(res, `${BASE}/`);
    const path = url.pathname.slice(BASE.length).toLowerCase() || '/';
    if (path.startsWith('/__replica/')) return replicaEndpoint(req, res, path);
    const cookies = parseCookies(req.headers.cookie);
    const faults = effectiveFaults(options.faults, cookies['replica-faults']);
    if (faults.slow > 0) await sleep(faults.slow);
    ctx.store.counters.requests += 1;
    if (path === '/' || path === '/login.aspx') return signIn(req, res, url);
    const session = sessions.get(cookies['ASP.NET_SessionId'] ?? '');
    if (path === '/logout.aspx') {
      if (session) sessions.delete(session.id);
      return redirect(res, `${BASE}/`, { 'set-cookie': clearSessionCookie() });
    }
    const here = `${url.pathname}${url.search}`;
    if (!session) return redirect(res, `${BASE}/Login.aspx?ReturnUrl=${encodeURIComponent(here)}`);
    session.requests += 1;
    if (faults.expire > 0 && session.requests > faults.expire) {
      sessions.delete(session.id);
      ctx.store.counters.expiries += 1;
      return redirect(res, `${BASE}/Login.aspx?expired=1&ReturnUrl=${encodeURIComponent(here)}`, { 'set-cookie': clearSessionCookie() });
    }
    const route = pages.routes[path];
    if (!route) return sendHtml(res, 404, pages.notFound(session.user));
    const post = req.method === 'POST' ? await readPostback(req, res, session, faults, here) : undefined;
    if (post === null) return undefined;
    return route({ req, res, url, user: session.user, post });
  };
}
