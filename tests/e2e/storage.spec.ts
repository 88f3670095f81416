// Stored warnings outlive the service worker and the browser: after the worker is stopped (as
// Chromium does after 30 s idle) and after a full browser restart on the same profile, the
// warnings of a checked dossier are still in IndexedDB, and the badge and popup still work.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { signInMotcua, stopExtensionWorker } from './helpers';
import { badgeOf, configure, dossierById, openDossier, openPopup, scenario, storedWarnings, tabIdOf } from './checks-helpers';
import { launchBrowser, routeReplicas, extensionWorker, extensionIdOf } from '../../scripts/lib/browser.mjs';

const RULE = 'routing/field-not-assigned';

test('warnings, badge and popup survive a service-worker restart', async ({ context, page, worker, extensionId, sites }) => {
  await configure(worker, sites);
  await signInMotcua(page, 'hotich01');
  const id = scenario(sites, 'wrong-field')[2]!;
  const code = dossierById(sites, id).code;
  expect(await openDossier(page, id)).toBe('done');
  const tabId = await tabIdOf(worker, page);
  await expect.poll(async () => (await storedWarnings(worker)).filter((w) => w.dossierCode === code).map((w) => w.ruleId)).toEqual([RULE]);

  await worker.evaluate(() => ((self as unknown as { marker: number }).marker = 1));
  const stopped = await stopExtensionWorker(context, extensionId);

  // The popup's message wakes the worker again; its state comes from storage, not memory.
  const popup = await openPopup(context, extensionId, tabId);
  await stopped.running();
  const again = worker; // Playwright keeps the handle; it now evaluates in the new worker
  expect(await again.evaluate(() => (self as unknown as { marker?: number }).marker)).toBeUndefined();
  await expect(popup.locator(`[data-rule="${RULE}"][data-severity="error"]`)).toHaveCount(1);
  expect((await storedWarnings(again)).filter((w) => w.dossierCode === code).map((w) => [w.ruleId, w.status])).toEqual([[RULE, 'open']]);
  expect(await badgeOf(again, tabId)).toBe('1');
  // And checks work with the new worker (config from the cache, router installed).
  expect(await openDossier(page, scenario(sites, 'clean-ho-tich')[2]!)).toBe('all-clear');
  await expect.poll(() => badgeOf(again, tabId)).toBe('');
});

test('warnings survive a browser restart on the same profile; badge and popup work after it', async ({ sites }) => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'motcua-profile-'));
  const id = scenario(sites, 'wrong-field')[2]!;
  const code = dossierById(sites, id).code;
  const open = async () => {
    const context = await launchBrowser({ userDataDir });
    await routeReplicas(context, sites.urls);
    const worker: Worker = await extensionWorker(context);
    return { context, worker, page: context.pages()[0] ?? (await context.newPage()) };
  };
  try {
    const first = await open();
    await configure(first.worker, sites);
    await signInMotcua(first.page, 'hotich01');
    expect(await openDossier(first.page, id)).toBe('done');
    await expect.poll(async () => (await storedWarnings(first.worker)).filter((w) => w.dossierCode === code).length).toBe(1);
    const before = (await storedWarnings(first.worker)).find((w) => w.dossierCode === code)!;
    await first.context.close();

    const second = await open();
    const after = (await storedWarnings(second.worker)).filter((w) => w.dossierCode === code);
    expect(after).toEqual([before]); // same record, nothing lost or duplicated
    // The session (and the token) survived too: the dossier opens and is checked again.
    expect(await openDossier(second.page, id)).toBe('done');
    const tabId = await tabIdOf(second.worker, second.page);
    await expect.poll(() => badgeOf(second.worker, tabId)).toBe('1');
    const popup = await openPopup(second.context, extensionIdOf(second.worker), tabId);
    await expect(popup.locator(`[data-rule="${RULE}"][data-severity="error"]`)).toHaveCount(1);
    const records = (await storedWarnings(second.worker)).filter((w) => w.dossierCode === code);
    expect(records.map((w) => w.id)).toEqual([before.id]); // re-seen, not re-created
    await second.context.close();
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
});
