// Replica A's JSON API (the iGate gateway, apigatewaydvcmc.hochiminhcity.gov.vn). Paths follow
// iGate (/pa/dossier/search, /pa/dossier/{id}/--online); README.md lists every route.
import { createDossierStore, MAX_PAGE_SIZE } from './dossier-store.mjs';
import { makeToken, readBearer } from './jwt.mjs';
import { corsHeaders, readBody, sendJson, sleep } from './http-util.mjs';

const DOSSIER_PATH = /^\/pa\/dossier\/([0-9a-f]{24})\/(--online|status|actions|result)$/;

function sectorsOf(seed) {
  const byId = new Map(seed.dossiers.map((d) => [d.procedure.sector.id, d.procedure.sector]));
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

function searchQuery(params) {
  const int = (name, fallback) => {
    const n = Number.parseInt(params.get(name) ?? '', 10);
    return Number.isFinite(n) && n >= 0 ? n : fallback;
  };
  return {
    page: int('page', 0),
    size: Math.min(Math.max(int('size', 10), 1), MAX_PAGE_SIZE),
    sectorId: params.get('sector-id') || null,
    statuses: (params.get('dossier-status') ?? '').split(',').filter((s) => s !== '').map(Number),
    code: params.get('code') || null,
    applicant: params.get('applicant-name') || null,
    procedureCode: params.get('procedure-code') || null,
  };
}

/**
 * @param {object} seed buildSeed() result (not mutated)
 * @param {{ delayMs?: number, tokenTtlSec?: number }} [options] delayMs: answer delay (default 200)
 */
export function createMotcuaApi(seed, options = {}) {
  const delayMs = options.delayMs ?? 200;
  const store = createDossierStore(seed);
  const accounts = new Map(seed.accounts.map((a) => [a.username, a]));
  const sectors = sectorsOf(seed);

  async function login(req, res) {
    const { username, password } = await readBody(req);
    const account = accounts.get(String(username ?? '').trim());
    if (!account || account.password !== password) {
      return sendJson(req, res, 401, { error: 'invalid_grant', error_description: 'Tên đăng nhập hoặc mật khẩu không đúng' });
    }
    const ttlSec = options.tokenTtlSec ?? 8 * 3600;
    return sendJson(req, res, 200, { access_token: makeToken(account, { ttlSec }), token_type: 'Bearer', expires_in: ttlSec });
  }

  async function dossierRoute(req, res, user, id, tail) {
    const d = store.get(id);
    if (!d) return sendJson(req, res, 404, { error: 'not_found', message: `Không tìm thấy hồ sơ ${id}` });
    if (req.method === 'GET' && tail === '--online') return sendJson(req, res, 200, d);
    if (req.method === 'GET' && tail === 'actions') {
      const actions = store.actionsOf(id);
      return sendJson(req, res, 200, { dossierId: id, count: actions.length, actions });
    }
    if (req.method === 'PUT' && tail === 'status') {
      const r = store.changeStatus(id, await readBody(req), user);
      return sendJson(req, res, r.status, r.body);
    }
    if (req.method === 'PUT' && tail === 'result') {
      const r = store.saveResult(id, await readBody(req), user);
      return sendJson(req, res, r.status, r.body);
    }
    return sendJson(req, res, 405, { error: 'method_not_allowed' });
  }

  return async function handleApi(req, res) {
    const url = new URL(req.url ?? '/', 'http://replica.local');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    if (req.method === 'OPTIONS') {
      res.writeHead(204, corsHeaders(req));
      return res.end();
    }
    if (req.method === 'POST' && path === '/__replica/reset') {
      store.reset();
      return sendJson(req, res, 200, { ok: true, dossiers: seed.dossiers.length });
    }
    if (delayMs > 0) await sleep(delayMs);
    if (req.method === 'POST' && path === '/auth/login') return login(req, res);
    const user = readBearer(req.headers.authorization);
    if (!user || !accounts.has(user.preferred_username)) {
      return sendJson(req, res, 401, { error: 'unauthorized', message: 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn' });
    }
    if (req.method === 'GET' && path === '/human/user/--me') {
      const a = accounts.get(user.preferred_username);
      return sendJson(req, res, 200, { username: a.username, fullname: a.fullName, agency: a.agency });
    }
    if (req.method === 'GET' && path === '/sectors') return sendJson(req, res, 200, { content: sectors, totalElements: sectors.length });
    if (req.method === 'GET' && path === '/pa/dossier/search') return sendJson(req, res, 200, store.search(searchQuery(url.searchParams)));
    const m = DOSSIER_PATH.exec(path);
    if (m) return dossierRoute(req, res, user, m[1], m[2]);
    return sendJson(req, res, 404, { error: 'not_found', message: `Không có API ${path}` });
  };
}
