// Two tabs acting on the same dossier: both checks store one record per rule, an override made in
// one tab is not made again from the other (stale) tab, and the system receives the dossier once.
import { test, expect } from './fixtures';
import { inAssist, signInMotcua } from './helpers';
import { actionLog, apiToken, configure, dossierById, openDossier, resetReplica, scenario, storedWarnings } from './checks-helpers';

const RULE = 'routing/field-not-assigned';
const REASON = 'Lãnh đạo phường đồng ý tiếp nhận thay';

test('two tabs on one dossier: one record, one override, one reception', async ({ context, page, worker, sites, request }) => {
  await resetReplica(request, sites);
  await configure(worker, sites);
  const token = await apiToken(request, sites);
  const id = scenario(sites, 'wrong-field')[0]!;
  const code = dossierById(sites, id).code;
  await signInMotcua(page, 'hotich01');
  const second = await context.newPage();
  const [first, other] = await Promise.all([openDossier(page, id), openDossier(second, id)]);
  expect([first, other]).toEqual(['done', 'done']);
  const mine = async () => (await storedWarnings(worker)).filter((w) => w.dossierCode === code);
  expect((await mine()).map((w) => w.ruleId)).toEqual([RULE]); // checked twice, stored once

  // Tab 1 overrides and receives.
  await page.click('button.btn-accept');
  await inAssist(page, '[data-testid="override-reason"]').fill(REASON);
  await inAssist(page, '[data-testid="override-confirm"]').click();
  await expect.poll(async () => (await actionLog(request, sites, token, id)).actions.filter((a) => a.ok).length).toBe(1);

  // Tab 2 still shows the dossier as it was: its click is held, and confirming there changes nothing stored.
  await second.click('button.btn-accept');
  await inAssist(second, '[data-testid="override-reason"]').fill('Tab thứ hai xác nhận lại lần nữa');
  await inAssist(second, '[data-testid="override-confirm"]').click();
  await expect.poll(async () => (await actionLog(request, sites, token, id)).count).toBe(2);
  const log = await actionLog(request, sites, token, id);
  expect(log.actions.filter((a) => a.ok)).toHaveLength(1); // the system refused the second receive
  const records = await mine();
  expect(records).toHaveLength(1);
  expect(records[0]).toMatchObject({ status: 'overridden', override: { reason: REASON } });
  const overrides = await worker.evaluate(
    (c) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('motcua-assist');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('audit').objectStore('audit').getAll();
          all.onsuccess = () => resolve((all.result as { kind: string; dossierCode?: string }[]).filter((e) => e.kind === 'override' && e.dossierCode === c).length);
        };
      }),
    code,
  );
  expect(overrides).toBe(1);
});
