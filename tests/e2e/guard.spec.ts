// The receive guard against the replica's own action log: a held "Tiếp nhận" never reaches the
// system (mouse or keyboard), cancel changes nothing, confirm needs a reason and then lets
// exactly one accept through and stores the override; a clean dossier is not held at all.
import type { Page, Request } from '@playwright/test';
import { test, expect } from './fixtures';
import { signInMotcua, inAssist } from './helpers';
import { actionLog, apiToken, dossierById, openDossier, resetReplica, scenario, storedWarnings, configure } from './checks-helpers';

/** Every status change the page asks the API for (a held click must produce none). */
function statusRequests(page: Page): Request[] {
  const seen: Request[] = [];
  page.on('request', (r) => r.method() === 'PUT' && r.url().includes('/status') && seen.push(r));
  return seen;
}

const guard = (page: Page) => inAssist(page, '[data-testid="receive-guard"]');
const REASON = 'Lãnh đạo phường đồng ý tiếp nhận thay bộ phận khác';

test('an error holds "Tiếp nhận" until an override with a reason; cancel and keyboard are held too', async ({ page, worker, sites, request }) => {
  await resetReplica(request, sites);
  await configure(worker, sites);
  const token = await apiToken(request, sites);
  const id = scenario(sites, 'wrong-field')[1]!;
  const code = dossierById(sites, id).code;
  const sent = statusRequests(page);
  await signInMotcua(page, 'hotich01');
  expect(await openDossier(page, id)).toBe('done');
  await expect(inAssist(page, '.finding[data-rule="routing/field-not-assigned"][data-severity="error"]')).toBeAttached();

  // Mouse click: held, the dialog opens, nothing reaches the system.
  await page.click('button.btn-accept');
  await expect(guard(page)).toBeVisible();
  expect(sent).toHaveLength(0);
  expect((await actionLog(request, sites, token, id)).count).toBe(0);

  // Cancel: the dialog closes, the dossier is untouched and still waiting to be received.
  await inAssist(page, '[data-testid="override-cancel"]').click();
  await expect(guard(page)).toHaveCount(0);
  await expect(page.locator('button.btn-accept')).toBeVisible();
  expect(sent).toHaveLength(0);
  expect((await actionLog(request, sites, token, id)).count).toBe(0);

  // Keyboard: Enter on the focused button is held the same way.
  await page.locator('button.btn-accept').focus();
  await page.keyboard.press('Enter');
  await expect(guard(page)).toBeVisible();
  expect(sent).toHaveLength(0);

  // A reason under 10 characters cannot confirm.
  await inAssist(page, '[data-testid="override-reason"]').fill('vì cần');
  await expect(inAssist(page, '[data-testid="override-confirm"]')).toBeDisabled();
  expect((await actionLog(request, sites, token, id)).count).toBe(0);

  // A proper reason: exactly one accept goes through, the status changes, the override is stored.
  await inAssist(page, '[data-testid="override-reason"]').fill(REASON);
  await inAssist(page, '[data-testid="override-confirm"]').click();
  await expect(guard(page)).toHaveCount(0);
  await expect.poll(async () => (await actionLog(request, sites, token, id)).count).toBe(1);
  const [action] = (await actionLog(request, sites, token, id)).actions;
  expect(action).toMatchObject({ action: 'accept', ok: true, fromStatus: 0, toStatus: 2 });
  await expect(page.locator('button.btn-accept')).toHaveCount(0); // the page shows it received
  expect(sent).toHaveLength(1);
  await expect
    .poll(async () => (await storedWarnings(worker)).filter((w) => w.dossierCode === code && w.ruleId === 'routing/field-not-assigned').map((w) => [w.status, w.override?.reason, w.override?.account]))
    .toEqual([['overridden', REASON, 'hotich01']]);
  // Nothing more is sent once the page settles (no double submit).
  await expect(inAssist(page, '.finding[data-rule="routing/field-not-assigned"][data-overridden="true"]')).toBeAttached();
  expect((await actionLog(request, sites, token, id)).count).toBe(1);
});

test('a clean dossier is received with one click and one action', async ({ page, worker, sites, request }) => {
  await resetReplica(request, sites);
  await configure(worker, sites);
  const token = await apiToken(request, sites);
  const id = scenario(sites, 'clean-ho-tich').filter((x) => dossierById(sites, x).applyMethod.name !== 'Trực tuyến').at(-1)!;
  await signInMotcua(page, 'hotich01');
  expect(await openDossier(page, id)).toBe('all-clear');
  await page.click('button.btn-accept');
  await expect(page.locator('button.btn-accept')).toHaveCount(0);
  await expect(guard(page)).toHaveCount(0);
  const log = await actionLog(request, sites, token, id);
  expect(log.actions.map((a) => [a.action, a.ok])).toEqual([['accept', true]]);
});
