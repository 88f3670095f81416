// Replica A (VNPT iGate officer app, motcua.tphcm.gov.vn): serves the SPA shell for /vi/** and
// the browser modules under /static/. The API lives in api.mjs on its own origin.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export { createMotcuaApi } from './api.mjs';

const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));
const TYPES = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml' };

const escapeAttr = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function shell(apiBase) {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Hệ thống thông tin giải quyết TTHC TP.HCM</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="motcua-api-base" content="${escapeAttr(apiBase)}">
<base href="/">
<link rel="stylesheet" href="/static/styles.css">
</head>
<body class="mat-typography">
<app-root></app-root>
<div class="cdk-overlay-container"></div>
<script type="module" src="/static/main.js"></script>
</body>
</html>`;
}

/** Static files are read once and served by exact name only (no path traversal possible). */
function loadStatic() {
  const files = new Map();
  for (const name of readdirSync(PUBLIC_DIR)) {
    const ext = name.slice(name.lastIndexOf('.'));
    if (TYPES[ext]) files.set(`/static/${name}`, { type: TYPES[ext], body: readFileSync(join(PUBLIC_DIR, name)) });
  }
  return files;
}

/**
 * @param {{ apiBase: string }} options apiBase: the API origin the SPA uses when it is not served
 *   under the real hostname (then it uses https://apigatewaydvcmc.hochiminhcity.gov.vn)
 */
export function createMotcuaApp({ apiBase }) {
  const files = loadStatic();
  const html = shell(apiBase);
  return async function handleApp(req, res) {
    const { pathname } = new URL(req.url ?? '/', 'http://replica.local');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { 'content-type': 'text/plain; charset=utf-8' });
      return res.end('Method not allowed');
    }
    if (pathname === '/' || pathname === '/vi') {
      res.writeHead(302, { location: '/vi/' });
      return res.end();
    }
    if (pathname.startsWith('/vi/')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return res.end(req.method === 'HEAD' ? undefined : html);
    }
    if (pathname === '/favicon.ico') {
      res.writeHead(204);
      return res.end();
    }
    const file = files.get(pathname);
    if (file) {
      res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' });
      return res.end(req.method === 'HEAD' ? undefined : file.body);
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    return res.end('Not found');
  };
}
