import { describe, expect, it } from 'vitest';
import { ctx, findingsOf, snapshot, CONFIG } from '../__fixtures__/context';
import { birthDossier } from '../__fixtures__/context';

const ID = 'routing/account-not-configured';

describe(ID, () => {
  it('fires for an account with no assignment', async () => {
    const snap = snapshot(birthDossier(), { account: { username: 'nv.moi', fullName: 'Đỗ Hoài Nam' } });
    const [f] = await findingsOf(ID, ctx(snap));
    expect(f).toMatchObject({ severity: 'warning', messageArgs: ['nv.moi'], key: 'H29.123-250805-0001|routing/account-not-configured|nv.moi' });
  });
  it('fires when the configuration has no assignments at all', async () => {
    const config = { ...CONFIG, fieldAssignments: [] };
    expect(await findingsOf(ID, ctx(snapshot(), { config }))).toHaveLength(1);
  });
  it('treats an assignment with no fields as none', async () => {
    const config = { ...CONFIG, fieldAssignments: [{ account: 'tn.hotich.thuduc', fields: [] }] };
    expect(await findingsOf(ID, ctx(snapshot(), { config }))).toHaveLength(1);
  });
  it('does not fire for an assigned account', async () => {
    expect(await findingsOf(ID, ctx())).toEqual([]);
  });
  it('gives no verdict when part of the account could not be read', async () => {
    const snap = snapshot(birthDossier(), {
      account: { username: 'nv.moi' },
      unreadable: [{ value: 'account.fullName', tried: ['header user menu'] }],
    });
    expect(await findingsOf(ID, ctx(snap))).toEqual([]);
  });
});
