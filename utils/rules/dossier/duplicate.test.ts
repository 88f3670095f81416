import { describe, expect, it } from 'vitest';
import { ctx, findingsOf, snapshot, NOW } from '../__fixtures__/context';
import type { HistoryEntry } from '../context';

const ID = 'dossier/duplicate';
const DAY = 86_400_000;
const earlier = (over: Partial<HistoryEntry> = {}): HistoryEntry => ({
  dossierCode: 'H29.123-250725-0031',
  procedureCode: '1.001193',
  applicantIdNumber: '079190012345',
  applicantName: 'Nguyễn Thị Ngọc Lan',
  applicantBirthDate: '12/03/1990',
  seenAt: NOW.getTime() - 11 * DAY,
  ...over,
});
const run = (history: HistoryEntry[]) => findingsOf(ID, ctx(snapshot(), { history }));

describe(ID, () => {
  it('fires for the same identity number and procedure within 30 days', async () => {
    const [f] = await run([earlier()]);
    expect(f).toMatchObject({ severity: 'warning', messageArgs: ['Nguyễn Thị Ngọc Lan', 'H29.123-250725-0031', '1.001193', '25/07/2025'] });
  });
  it('matches a local procedure code and a folded name + birth date without id', async () => {
    const h = earlier({ applicantIdNumber: undefined, applicantName: 'NGUYEN THI NGOC LAN', procedureCode: '1.001193.000.00.00.H35' });
    expect(await run([h])).toHaveLength(1);
  });
  it('does not fire for another procedure, another person, the same dossier, or after 30 days', async () => {
    expect(await run([earlier({ procedureCode: '1.000894' })])).toEqual([]);
    expect(await run([earlier({ applicantIdNumber: '079190054321', applicantBirthDate: '12/03/1991' })])).toEqual([]);
    expect(await run([earlier({ dossierCode: 'H29.123-250805-0001' })])).toEqual([]);
    expect(await run([earlier({ seenAt: NOW.getTime() - 31 * DAY })])).toEqual([]);
  });
  it('reports the most recent earlier dossier once', async () => {
    const found = await run([earlier(), earlier({ dossierCode: 'H29.123-250801-0007', seenAt: NOW.getTime() - 4 * DAY })]);
    expect(found.map((f) => f.messageArgs[1])).toEqual(['H29.123-250801-0007']);
  });
});
