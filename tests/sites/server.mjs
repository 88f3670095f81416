// Starts the replica systems on loopback ports. Tests and the demo reach them under the real
// hostnames through request routing (see HOSTS); `npm run sites` serves them alone on localhost.
import http from 'node:http';
import { createMotcuaApp, createMotcuaApi } from './motcua/app.mjs';
import { createHkdApp } from './hkdonline/app.mjs';
import { buildSeed } from './seed/seed.mjs';

/** Real hostnames of the systems and the replica that answers for each. */
export const HOSTS = {
  motcua: 'motcua.tphcm.gov.vn',
  api: 'apigatewaydvcmc.hochiminhcity.gov.vn',
  hkd: 'hokinhdoanh.dkkd.gov.vn',
};

function listen(handler, port) {
  return new Promise((resolve, reject) => {
    const server = http.createServer((req, res) => {
      Promise.resolve(handler(req, res)).catch((err) => {
        console.error('[replica] handler error:', err?.message ?? err);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('replica error');
      });
    });
    server.once('error', (err) =>
      reject(new Error(`Replica server could not listen on 127.0.0.1:${port}: ${err.message}`)),
    );
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/**
 * Start all replicas. `ports` 0 = any free port. `hkd` options configure HkdOnline's fault
 * switches and delays for this server (individual browser contexts may also set them by cookie).
 * Returns base URLs on localhost and a close() function.
 */
export async function startSites({ ports = {}, hkd = {}, motcua = {} } = {}) {
  const seed = buildSeed();
  const servers = {};
  servers.api = await listen(createMotcuaApi(seed, motcua), ports.api ?? 0);
  const apiBase = `http://127.0.0.1:${servers.api.address().port}`;
  servers.motcua = await listen(createMotcuaApp({ apiBase, ...motcua }), ports.motcua ?? 0);
  servers.hkd = await listen(createHkdApp(seed, hkd), ports.hkd ?? 0);
  const base = (s) => `http://127.0.0.1:${s.address().port}`;
  return {
    seed,
    urls: { motcua: base(servers.motcua), api: apiBase, hkd: base(servers.hkd) },
    close: () => Promise.all(Object.values(servers).map((s) => new Promise((r) => s.close(r)))),
  };
}
