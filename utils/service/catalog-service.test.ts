// catalogUrl: download over real HTTP (loopback), validated as a whole, cached, refreshed with
// conditional requests; a failed or invalid download keeps the previous catalog and says why.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fakeBrowser } from 'wxt/testing';
import { bundledCatalog } from '@/utils/catalog';
import { catalogIndex, chooseCatalog, isRefreshDue, refreshCatalog, STATUS_KEY, type CatalogStatus } from './catalog-service';

const small = { version: 'ward-2026.2', procedures: bundledCatalog().procedures.slice(0, 3) };
let body = JSON.stringify(small);
let etag = '"v1"';
let requests: IncomingHttpHeaders[] = [];
let server: Server;
let url = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.headers);
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
    res.writeHead(200, { 'content-type': 'application/json', etag, 'last-modified': 'Mon, 02 Mar 2026 08:00:00 GMT' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/catalog.json`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  fakeBrowser.reset();
  requests = [];
  body = JSON.stringify(small);
  etag = '"v1"';
});

const status = async () => (await fakeBrowser.storage.local.get(STATUS_KEY))[STATUS_KEY] as CatalogStatus;

describe('catalog service', () => {
  it('downloads, validates and uses the catalog; then asks conditionally and keeps it on 304', async () => {
    const first = await refreshCatalog({ catalogUrl: url }, fetch, 1000);
    expect(first).toMatchObject({ source: 'downloaded', version: 'ward-2026.2', procedures: 3, url, fetchedAt: 1000 });
    expect(catalogIndex().catalog.version).toBe('ward-2026.2'); // the checks now use it
    const second = await refreshCatalog({ catalogUrl: url }, fetch, 2000);
    expect(requests[1]).toMatchObject({ 'if-none-match': '"v1"', 'if-modified-since': 'Mon, 02 Mar 2026 08:00:00 GMT' });
    expect(second).toMatchObject({ source: 'downloaded', fetchedAt: 1000, checkedAt: 2000 });
  });

  it('an invalid catalog keeps the previous one and records the row/column errors', async () => {
    await refreshCatalog({ catalogUrl: url }, fetch, 1000);
    etag = '"v2"';
    body = JSON.stringify({ version: 'broken', procedures: [{ ...small.procedures[0], code: 42 }] });
    const after = await refreshCatalog({ catalogUrl: url }, fetch, 3000);
    expect(after).toMatchObject({ source: 'downloaded', version: 'ward-2026.2', lastError: { at: 3000 } });
    expect(after.lastError?.message).toMatch(/danh mục không hợp lệ.*Dòng 1/);
    expect((await status()).lastError).toBeDefined();
  });

  it('an unreachable server keeps the previous catalog and says why; the bundled one when there is none', async () => {
    const down = 'http://127.0.0.1:9/catalog.json';
    const none = await refreshCatalog({ catalogUrl: down }, fetch, 5000);
    expect(none).toMatchObject({ source: 'bundled', url: down, lastError: { at: 5000 } });
    expect(none.lastError?.message).toMatch(/không tải được/);
  });

  it('prefers downloaded > imported > bundled, and a download for another URL does not count', () => {
    const catalog = { version: 'x', procedures: small.procedures };
    const downloaded = { url, catalog, fetchedAt: 1 };
    const imported = { catalog: { ...catalog, version: 'imp' }, fileName: 'a.json', importedAt: 2 };
    expect(chooseCatalog({ downloaded, imported }, url).status.source).toBe('downloaded');
    expect(chooseCatalog({ downloaded, imported }, 'https://other.example/c.json').status.source).toBe('imported');
    expect(chooseCatalog({}, undefined).status.source).toBe('bundled');
  });

  it('refreshes when the URL changed or a day passed', () => {
    const s: CatalogStatus = { source: 'downloaded', version: 'v', procedures: 1, url, checkedAt: 0 };
    expect(isRefreshDue(s, url, 3_600_000)).toBe(false);
    expect(isRefreshDue(s, url, 86_400_000)).toBe(true);
    expect(isRefreshDue(s, 'https://x.example/c.json', 1)).toBe(true);
  });
});
