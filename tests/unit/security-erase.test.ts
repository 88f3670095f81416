// "Erase all citizen data": captures and fills gone, seen dossiers without personal keys, stored
// warnings masked as an export without personal data — and the work record (warnings, overrides,
// audit) kept. Only a confirmed message from the extension's own scripts reaches it.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { db } from '@/utils/db/database';
import { eraseCitizenData, handleEraseMessage } from '@/utils/db/erase-citizen-data';
import { saveCapture } from '@/utils/autofill/capture-store';
import { registrationSource } from '@/utils/autofill/test-source';
import { makeWarnings } from '@/utils/review/synthetic';
import type { WarningRecord } from '@/utils/db/types';

const NOW = Date.UTC(2026, 5, 1);
const ID = '079203001245';
const NAME = 'Nguyễn Thị Mai';

function personalWarning(): WarningRecord {
  const [base] = makeWarnings(1);
  return {
    ...base!, id: `HS-1|data/invalid-id-number|${ID}`, ruleId: 'data/invalid-id-number',
    messageArgs: [ID, NAME], facts: { idNumber: ID, fullName: NAME, reason: 'length' },
  };
}

async function seed(): Promise<void> {
  const database = db();
  await Promise.all(database.tables.map((t) => t.clear()));
  await saveCapture(registrationSource(), NOW);
  await database.seen.bulkPut([
    { dossierCode: 'HS-1', procedureCode: '1.001612', applicantIdNumber: ID, applicantName: NAME, applicantBirthDate: '01/02/2003', businessName: 'Hộ kinh doanh Mai', ward: 'Phường Thủ Đức', seenAt: NOW },
    { dossierCode: 'HS-2', procedureCode: '1.001612', seenAt: NOW },
  ]);
  await database.warnings.bulkPut([personalWarning(), ...makeWarnings(20)]);
  await fakeBrowser.storage.session.set({ 'autofill:tab:7': { status: 'running', owner: NAME }, unrelated: 1 });
}

describe('erase all citizen data', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await seed();
  });

  it('removes every personal value and keeps the work record', async () => {
    const before = await db().warnings.count();
    const report = await eraseCitizenData(NOW);
    expect(report).toMatchObject({ captures: 1, fills: 1, seen: 1 });
    expect(report.warnings).toBeGreaterThanOrEqual(1); // ours, and synthetic ones carrying names
    expect(await db().captures.count()).toBe(0);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ unrelated: 1 });
    const seen = await db().seen.get('HS-1');
    expect(seen).toMatchObject({ dossierCode: 'HS-1', businessName: 'Hộ kinh doanh Mai', ward: 'Phường Thủ Đức' });
    expect(seen).not.toHaveProperty('applicantIdNumber');
    expect(seen).not.toHaveProperty('applicantName');
    expect(await db().warnings.count()).toBe(before); // nothing lost
    const everything = JSON.stringify(await db().warnings.toArray()) + JSON.stringify(await db().seen.toArray());
    expect(everything).not.toContain(ID);
    expect(everything).not.toContain(NAME);
    const masked = (await db().warnings.where('ruleId').equals('data/invalid-id-number').toArray()).find((w) => w.dossierCode === makeWarnings(1)[0]!.dossierCode)!;
    expect(masked.facts).toMatchObject({ idNumber: '079*******45', reason: 'length' });
    const audit = await db().audit.where('kind').equals('erase').toArray();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(ID);
  });

  it('is idempotent: a second erase finds nothing left and changes nothing', async () => {
    await eraseCitizenData(NOW);
    const after = await db().warnings.toArray();
    expect(await eraseCitizenData(NOW + 1)).toEqual({ captures: 0, fills: 0, seen: 0, warnings: 0 });
    expect(await db().warnings.toArray()).toEqual(after);
  });

  it('the message needs an explicit confirmation, an extension page as sender, and ignores other messages', async () => {
    const page = { url: fakeBrowser.runtime.getURL('/options.html') };
    expect(handleEraseMessage({ type: 'check-detail' }, page)).toBeUndefined();
    await expect(handleEraseMessage({ type: 'erase-citizen-data' }, page)!).rejects.toThrow(/confirmation/);
    // A content script (sender.url = the host page) cannot erase, confirmed or not.
    await expect(handleEraseMessage({ type: 'erase-citizen-data', confirm: true }, { url: 'https://motcua.tphcm.gov.vn/vi/dossier/search/1' })!).rejects.toThrow(/extension page/);
    await expect(handleEraseMessage({ type: 'erase-citizen-data', confirm: true }, {})!).rejects.toThrow(/extension page/);
    expect(await db().captures.count()).toBe(1);
    await expect(handleEraseMessage({ type: 'erase-citizen-data', confirm: true }, page)!).resolves.toMatchObject({ captures: 1 });
  });
});
