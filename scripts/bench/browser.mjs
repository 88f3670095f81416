// Browser measurements on the replicas under their real hostnames: page-load overhead with the
// extension vs without (interleaved), the dossier check (read / check / render, longest task),
// a 500-row list, and the JS heap the extension adds to a host page.
import { launchBrowser, routeReplicas, extensionWorker } from '../lib/browser.mjs';
import { row, stats } from './report.mjs';
import { A, B, signInA, signInB } from '../lib/host-actions.mjs';


// Records when the dossier is on screen and the longest main-thread task (replica-only marker).
const PROBE = () => {
  window.__longest = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    if (!window.__shownAt && document.querySelector('app-dossier-detail')) window.__shownAt = performance.now();
  }).observe(document, { childList: true, subtree: true });
};

async function openContext(sites, extension, seed) {
  const context = await launchBrowser({ extension });
  await routeReplicas(context, sites.urls);
  if (extension) {
    const worker = await extensionWorker(context);
    await worker.evaluate((o) => chrome.storage.local.set({ options: o }), { unit: seed.unit, fieldAssignments: seed.fieldAssignments });
  }
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  await signInA(page, 'hkd01');
  await signInB(page);
  return { context, page };
}

async function detailOnce(page, id, withExtension) {
  await page.goto(`${A}/vi/dossier/search/${id}`);
  await page.waitForFunction(() => window.__shownAt > 0);
  const shownAt = await page.evaluate(() => window.__shownAt);
  if (!withExtension) return { shownAt };
  const status = page.locator('motcua-assist [data-testid="check-status"]:not([data-state="checking"])');
  await status.waitFor();
  await page.waitForFunction(() => document.querySelector('motcua-assist')?.dataset.timings);
  const host = await page.evaluate(() => ({ ...document.querySelector('motcua-assist').dataset, longest: window.__longest }));
  return { shownAt, ...JSON.parse(host.timings), renderMs: Number(host.renderMs), longest: host.longest };
}

async function hkdLoadOnce(page) {
  await page.goto(`${B}/Default.aspx`);
  return page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
}

async function heapAfterLoad(context, page, url) {
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  await page.waitForTimeout(1500);
  await cdp.send('HeapProfiler.collectGarbage');
  // Runtime.getHeapUsage covers every world of the page's isolate, content scripts included.
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024;
}

export async function measureBrowser(sites, { runs = 15 } = {}) {
  const seed = sites.seed;
  const hkdId = seed.scenarios['clean-hkd-registration'][0];
  const withExt = await openContext(sites, true, seed);
  const without = await openContext(sites, false, seed);
  const rows = [];
  try {
    const a = { on: [], off: [] }, b = { on: [], off: [] }, detail = [];
    await detailOnce(withExt.page, hkdId, true); // warm-up: worker start, catalog index
    for (let i = 0; i < runs; i++) {
      const [first, second] = i % 2 ? [without, withExt] : [withExt, without];
      for (const side of [first, second]) {
        const on = side === withExt;
        const r = await detailOnce(side.page, hkdId, on);
        a[on ? 'on' : 'off'].push(r.shownAt);
        if (on) detail.push(r);
        b[on ? 'on' : 'off'].push(await hkdLoadOnce(side.page));
      }
    }
    for (const [name, s] of [['System A dossier shown', a], ['System B Default.aspx load', b]]) {
      const on = stats(s.on), off = stats(s.off);
      rows.push(row('page-load overhead', `${name}: ratio of medians (on ${on.median.toFixed(0)} / off ${off.median.toFixed(0)} ms, n=${runs})`, on.median / off.median, '×', 1.05));
      rows.push(row('page-load overhead', `${name}: ratio of p95`, on.p95 / off.p95, '×', 1.1));
    }
    const pick = (k) => stats(detail.map((d) => d[k]));
    rows.push(row('dossier detail', `snapshot read median (p95 ${pick('readMs').p95.toFixed(2)})`, pick('readMs').median, 'ms', 5));
    rows.push(row('dossier detail', `render median (p95 ${pick('renderMs').p95.toFixed(2)})`, pick('renderMs').median, 'ms', 5));
    rows.push(row('dossier detail', 'read + render, main thread, median', stats(detail.map((d) => d.readMs + d.renderMs)).median, 'ms', 10));
    rows.push(row('dossier detail', `check round trip incl. worker median (p95 ${pick('checkMs').p95.toFixed(1)})`, pick('checkMs').median, 'ms', 100));
    rows.push(row('dossier detail', 'longest main-thread task (max over runs)', Math.max(...detail.map((d) => d.longest)), 'ms', 50));
    rows.push(...(await measureList(withExt.page)));
    const heapOn = await heapAfterLoad(withExt.context, withExt.page, `${A}/vi/dossier/search/${hkdId}`);
    const heapOff = await heapAfterLoad(without.context, without.page, `${A}/vi/dossier/search/${hkdId}`);
    rows.push(row('memory', `JS heap added to a dossier page (on ${heapOn.toFixed(0)} / off ${heapOff.toFixed(0)} KiB)`, heapOn - heapOff, 'KiB', 4096));
  } finally {
    await withExt.context.close();
    await without.context.close();
  }
  return rows;
}

async function measureList(page, runs = 8) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(`${A}/vi/dossier/search?size=500&page=1`);
    await page.waitForFunction(() => {
      const t = document.querySelector('motcua-assist')?.dataset.timings;
      return t && JSON.parse(t).rows >= 500;
    }, undefined, { timeout: 60_000 });
    samples.push(await page.evaluate(() => ({ ...JSON.parse(document.querySelector('motcua-assist').dataset.timings), longest: window.__longest })));
  }
  const s = stats(samples.map((x) => x.annotateMs));
  return [
    row('list 500 rows', `annotate (read + check + flags) median (p95 ${s.p95.toFixed(1)}, n=${runs})`, s.median, 'ms', 50),
    row('list 500 rows', 'longest main-thread task (max)', Math.max(...samples.map((x) => x.longest)), 'ms', 50, { note: 'includes the replica rendering 500 rows' }),
  ];
}
