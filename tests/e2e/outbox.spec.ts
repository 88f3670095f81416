// Central collection end to end: findings stored by a real check, plus a queue of 300, reach a
// local receiver (NDJSON, bearer token) that first fails, then hangs past the client's timeout,
// then hangs again while the service worker is stopped (CDP), then recovers: every record
// arrives, none twice, and the outbox ends empty.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect } from './fixtures';
import { setOptions, seedOptions, signInMotcua, stopExtensionWorker } from './helpers';
import { openDossier, scenario } from './checks-helpers';
import { openDashboard, putRows, readRows } from './dashboard-seed';
import { makeWarnings } from '../../utils/review/synthetic';
import { findingDocument } from '../../utils/outbox/document';
import { exportRecord } from '../../utils/review/personal';

type Mode = 'fail' | 'hang' | 'ok';

async function startReceiver() {
  const state = { mode: 'fail' as Mode, failed: 0, hung: 0, aborted: 0, accepted: [] as string[], auth: new Set<string>(), held: [] as ServerResponse[] };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-allow-headers', 'authorization, content-type');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      state.auth.add(String(req.headers.authorization));
      if (state.mode === 'fail') return void (state.failed++, res.writeHead(503).end());
      if (state.mode === 'hang') {
        state.hung++;
        state.held.push(res);
        res.on('close', () => !res.writableEnded && state.aborted++);
        return;
      }
      state.accepted.push(...body.trim().split('\n').map((l) => JSON.parse(l).id as string));
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const close = () => (state.held.forEach((r) => r.destroy()), new Promise((r) => server.close(r)));
  return { state, endpoint: `http://127.0.0.1:${port}/ingest`, close };
}

test('at-least-once delivery through failure, timeout and a service-worker restart, no loss, no duplicate', async ({ context, page, worker, sites, extensionId }) => {
  test.setTimeout(150_000);
  const receiver = await startReceiver();
  try {
    await setOptions(worker, { ...seedOptions(sites), report: { endpoint: receiver.endpoint, format: 'ndjson', token: 't0k3n' } });
    const dash = await openDashboard(context, extensionId);
    const queued = makeWarnings(300, { seed: 7 }).map((r) => findingDocument(r, false, () => ''));
    await putRows(dash, 'outbox', queued.map((payload) => ({ id: payload.id, createdAt: Date.now(), attempts: 0, nextAttemptAt: Date.now(), payload })));

    // A real check stores findings, which enqueues them and arms the alarm.
    await signInMotcua(page, 'moi01');
    expect(await openDossier(page, scenario(sites, 'clean-ho-tich')[0]!)).toBe('done');
    await expect.poll(() => receiver.state.failed, { timeout: 20_000 }).toBeGreaterThan(0);

    receiver.state.mode = 'hang';
    await expect.poll(() => receiver.state.aborted, { timeout: 40_000 }).toBeGreaterThan(0); // the client gave up (timeout)
    const hungBefore = receiver.state.hung;
    await expect.poll(() => receiver.state.hung, { timeout: 40_000 }).toBeGreaterThan(hungBefore); // retried after backoff

    // Stop the service worker while its request hangs; then the receiver recovers.
    const stopped = await stopExtensionWorker(context, extensionId);
    await stopped.close();
    receiver.state.mode = 'ok';

    const stored = (await readRows(dash, 'warnings')).map((r) => exportRecord(r, false).id);
    expect(stored.length).toBeGreaterThan(0);
    const expected = new Set([...queued.map((d) => d.id), ...stored]);
    await expect.poll(() => new Set(receiver.state.accepted).size, { timeout: 60_000 }).toBe(expected.size);
    expect(new Set(receiver.state.accepted)).toEqual(expected);
    expect(receiver.state.accepted.length).toBe(expected.size); // nothing accepted twice
    expect([...receiver.state.auth]).toEqual(['Bearer t0k3n']);
    await expect.poll(async () => (await readRows(dash, 'outbox')).length).toBe(0);
  } finally {
    await receiver.close();
  }
});
